import { describe, expect, it } from 'vitest';
import { fitCamera, refitCamera } from '../../src/presentation/refitCamera';

describe('refitCamera', () => {
  it('keeps the graph point at the centre and scales by the smaller ratio', () => {
    // 800×600 canvas, zoom 2, pan (100, 50): the centre (400, 300) shows graph point (150, 125).
    const camera = refitCamera(
      { zoom: 2, pan: { x: 100, y: 50 } },
      { width: 800, height: 600 },
      { width: 1600, height: 900 },
    );
    // Ratios 2 and 1.5: zoom 2 × 1.5 = 3; pan puts (150, 125) at (800, 450): 800 − 450 = 350, 450 − 375 = 75.
    expect(camera).toEqual({ zoom: 3, pan: { x: 350, y: 75 } });
  });

  it('is the identity for the same size', () => {
    const camera = { zoom: 0.7, pan: { x: -12, y: 40 } };
    expect(refitCamera(camera, { width: 640, height: 480 }, { width: 640, height: 480 })).toEqual(camera);
  });
});

describe('fitCamera', () => {
  it('fits the bounding box of the positions inside the margins, centred', () => {
    // Box 0..200 × 0..100 into 500×300 with margin 50: zoom min(400/200, 200/100) = 2; centre (100, 50) → (250, 150).
    const camera = fitCamera({ a: { x: 0, y: 0 }, b: { x: 200, y: 100 } }, { width: 500, height: 300 }, 50);
    expect(camera).toEqual({ zoom: 2, pan: { x: 50, y: 50 } });
  });

  it('caps the zoom for a single organisation', () => {
    expect(fitCamera({ a: { x: 10, y: 10 } }, { width: 500, height: 300 }, 50).zoom).toBe(4);
  });
});
