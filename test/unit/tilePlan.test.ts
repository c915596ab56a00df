import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planTiles, tileSizeFor } from '../../src/export/image/tilePlan';

describe('planTiles', () => {
  it('cuts 5120×2880 into 2048×2048 tiles: 3 columns, 2 bands, edges take the rest', () => {
    const bands = planTiles(5120, 2880, { width: 2048, height: 2048 });
    expect(bands.map((band) => [band.y, band.height])).toEqual([
      [0, 2048],
      [2048, 832],
    ]);
    expect(bands[0]!.tiles.map((tile) => [tile.x, tile.width])).toEqual([
      [0, 2048],
      [2048, 2048],
      [4096, 1024],
    ]);
    expect(bands[1]!.tiles.every((tile) => tile.height === 832 && tile.y === 2048)).toBe(true);
  });

  it('is one tile when the image fits', () => {
    expect(planTiles(800, 600, { width: 1000, height: 1000 })).toEqual([
      { y: 0, height: 600, tiles: [{ x: 0, y: 0, width: 800, height: 600 }] },
    ]);
  });

  it('is empty for an empty image', () => {
    expect(planTiles(0, 600, { width: 100, height: 100 })).toEqual([]);
  });

  it('covers every pixel exactly once, with no tile over the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (width, height, maxWidth, maxHeight) => {
          const cover = new Uint8Array(width * height);
          for (const band of planTiles(width, height, { width: maxWidth, height: maxHeight })) {
            for (const tile of band.tiles) {
              if (tile.width > maxWidth || tile.height > maxHeight) return false;
              if (tile.y !== band.y || tile.height !== band.height) return false;
              for (let y = tile.y; y < tile.y + tile.height; y += 1)
                for (let x = tile.x; x < tile.x + tile.width; x += 1) cover[y * width + x]! += 1;
            }
          }
          return cover.every((count) => count === 1);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('tileSizeFor', () => {
  it.each([
    // 1280×720 under 4096² (area): scale √(16777216 / 921600) = 4.267; by side 4096/1280 = 3.2 → 4096×2304.
    [
      { width: 1280, height: 720 },
      { maxSide: 4096, maxArea: 4096 * 4096 },
      { width: 4096, height: 2304 },
    ],
    // Area binds: 1000×1000 under 2048 side and 1,000,000 area → 1000×1000.
    [
      { width: 1000, height: 1000 },
      { maxSide: 2048, maxArea: 1_000_000 },
      { width: 1000, height: 1000 },
    ],
    // A retina screen halves the side: 940×640 under 2048 → scale 2048/940 → 2048×1394.
    [
      { width: 940, height: 640 },
      { maxSide: 2048, maxArea: 2048 * 2048 },
      { width: 2048, height: 1394 },
    ],
  ])('%j within %j → %j', (canvas, limits, expected) => expect(tileSizeFor(canvas, limits)).toEqual(expected));
});
