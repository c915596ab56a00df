/**
 * A streaming PNG encoder (8-bit RGBA, no interlace, filter 0), so an image larger than any
 * canvas the browser allows can still be written: rows arrive band by band and go through the
 * platform's zlib (CompressionStream 'deflate' writes the zlib format PNG's IDAT requires).
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as PNG and zlib use it) of the bytes, continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i += 1) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The IHDR chunk: width, height, 8 bits per channel, colour type 6 (RGBA). */
export function ihdr(width: number, height: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data.set([8, 6, 0, 0, 0], 8);
  return pngChunk('IHDR', data);
}

/** Rows of RGBA pixels (width×4 bytes each, unpremultiplied, as getImageData gives them). */
export interface RowBand {
  rgba: Uint8ClampedArray | Uint8Array;
  height: number;
}

/** Prefix each row with filter byte 0 (None). */
function filteredRows(band: RowBand, width: number): Uint8Array<ArrayBuffer> {
  const stride = width * 4;
  const out = new Uint8Array((stride + 1) * band.height);
  for (let row = 0; row < band.height; row += 1)
    out.set(band.rgba.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  return out;
}

/** Read a stream to the end as a list of byte chunks. */
async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

/** Encode an image given as bands of rows, top to bottom, into a PNG Blob. */
export async function encodePng(width: number, height: number, bands: AsyncIterable<RowBand>): Promise<Blob> {
  const compressor = new CompressionStream('deflate');
  const compressed = collect(compressor.readable as ReadableStream<Uint8Array>);
  const writer = compressor.writable.getWriter();
  let rows = 0;
  for await (const band of bands) {
    rows += band.height;
    await writer.write(filteredRows(band, width));
  }
  await writer.close();
  if (rows !== height) throw new Error(`Image export: ${rows} rows drawn for an image ${height} rows high`);
  const idat = (await compressed).map((chunk) => pngChunk('IDAT', chunk));
  return new Blob([PNG_SIGNATURE, ihdr(width, height), ...idat, pngChunk('IEND', new Uint8Array(0))], {
    type: 'image/png',
  });
}
