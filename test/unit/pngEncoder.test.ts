import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, type RowBand } from '../../src/export/image/pngEncoder';

async function* bandsOf(rgba: Uint8Array, width: number, heights: number[]): AsyncGenerator<RowBand> {
  let row = 0;
  for (const height of heights) {
    yield { rgba: rgba.subarray(row * width * 4, (row + height) * width * 4), height };
    row += height;
  }
}

/** Chunks of a PNG: type, data, and whether the stored CRC is right (checked with Node's zlib). */
function chunks(bytes: Buffer) {
  const list: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    list.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
      crcOk: bytes.readUInt32BE(offset + 8 + length) === zlibCrc32(typeAndData),
    });
    offset += 12 + length;
  }
  return list;
}

describe('crc32', () => {
  it.each(['', 'a', '123456789', 'IEND'])('matches zlib for %j', (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
  it('is CBF43926 for "123456789" (the standard check value)', () =>
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926));
});

describe('encodePng', () => {
  it('writes a valid RGBA PNG from bands, with the pixels given', async () => {
    const width = 3;
    const height = 5;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const bytes = Buffer.from(await (await encodePng(width, height, bandsOf(rgba, width, [2, 2, 1]))).arrayBuffer());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const list = chunks(bytes);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', ...list.slice(1, -1).map(() => 'IDAT'), 'IEND']);
    expect(list.every((chunk) => chunk.crcOk)).toBe(true);
    const header = list[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([3, 5, 8, 6, 0, 0, 0]);
    const raw = inflateSync(Buffer.concat(list.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
    // Each row: filter byte 0, then the row's pixels unchanged.
    const expected = Buffer.concat(
      Array.from({ length: height }, (_, row) =>
        Buffer.concat([Buffer.from([0]), Buffer.from(rgba.subarray(row * 12, row * 12 + 12))]),
      ),
    );
    expect(raw.equals(expected)).toBe(true);
  });

  it('refuses bands that do not add up to the height', async () => {
    await expect(encodePng(1, 3, bandsOf(new Uint8Array(8), 1, [2]))).rejects.toThrow(
      '2 rows drawn for an image 3 rows high',
    );
  });
});
