/** Result of turning a file's bytes into text. */
export interface DecodedText {
  text: string;
  /** The encoding used, as the import report names it. */
  encoding: string;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * Decode bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252 when the bytes
 * are not valid UTF-8 (what Excel on Windows writes as "CSV"). Never yields U+FFFD for a file in
 * one of these encodings: invalid UTF-8 is detected with a fatal decoder, not replaced.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

// Windows-1252 bytes 0x80-0x9F (where it differs from Latin-1); undefined bytes stay as they are.
export const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252, with the 0x80-0x9F range mapped by hand: Node's TextDecoder decodes that range as
 * Latin-1 control characters (browsers do not), and the result must be the same in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/**
 * True when decoded text is not text at all: NUL characters, or many control characters that no
 * table, JSON or XML file holds.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control > Math.max(8, sample.length * 0.01);
}
