import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGBA PNG (the kind the app writes), read independently of the app. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Width and height from the IHDR chunk, which the PNG format puts first. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decode an 8-bit RGBA, non-interlaced PNG (all five row filters). */
export function decodePng(bytes: Buffer): DecodedPng {
  const { width, height } = pngSize(bytes);
  if (bytes[24] !== 8 || bytes[25] !== 6 || bytes[28] !== 0) throw new Error('expected 8-bit RGBA, not interlaced');
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.subarray(offset + 4, offset + 8).toString('latin1') === 'IDAT')
      idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter!]!;
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** Pixels in a rectangle whose colour differs between two images of the same size (e.g. with and without a legend). */
export function countChanged(
  before: DecodedPng,
  after: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
): number {
  let changed = 0;
  for (let y = box.y; y < box.y + box.height; y += 1) {
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const i = (y * before.width + x) * 4;
      if ([0, 1, 2].some((k) => Math.abs(before.rgba[i + k]! - after.rgba[i + k]!) > 24)) changed += 1;
    }
  }
  return changed;
}

/** Opaque pixels in a rectangle within a small distance of an RGB colour. */
export function countColour(
  png: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
  rgb: number[],
): number {
  let hits = 0;
  for (let y = Math.max(0, box.y); y < Math.min(png.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, box.x); x < Math.min(png.width, box.x + box.width); x += 1) {
      const i = (y * png.width + x) * 4;
      if (png.rgba[i + 3]! > 200 && [0, 1, 2].every((k) => Math.abs(png.rgba[i + k]! - rgb[k]!) <= 24)) hits += 1;
    }
  }
  return hits;
}
