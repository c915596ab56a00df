/** Result of turning a file's bytes into text. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decode bytes as UTF-8, dropping a byte-order mark. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8').decode(hasBom ? bytes.subarray(3) : bytes);
  return { text, encoding: hasBom ? 'UTF-8 (BOM)' : 'UTF-8' };
}
