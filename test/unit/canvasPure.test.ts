import { describe, expect, it } from 'vitest';
import { cappedCamera } from '../../src/canvas/fitCapped';
import { layoutKey } from '../../src/canvas/layoutKey';

// The pure parts of the canvas controllers: what they compute before they touch Cytoscape.
describe('cappedCamera', () => {
  const canvas = { width: 1000, height: 600, maxZoom: 4 };

  it('fits a large box: the tighter side decides, and the box is centred', () => {
    // Room 880 × 480 for a 1760 × 480 box: zoom 0.5 by width (by height it would be 1).
    const camera = cappedCamera({ x1: 0, y1: 0, w: 1760, h: 480 }, canvas);
    expect(camera.zoom).toBe(0.5);
    // Centre (880, 240) at zoom 0.5 lands on the canvas centre (500, 300).
    expect(camera.pan).toEqual({ x: 500 - 880 * 0.5, y: 300 - 240 * 0.5 });
  });

  it('never zooms closer than maxZoom on a small box (a path of a few organisations)', () => {
    const camera = cappedCamera({ x1: 100, y1: 100, w: 20, h: 10 }, canvas, 1.2);
    expect(camera.zoom).toBe(1.2);
    expect(camera.pan).toEqual({ x: 500 - 110 * 1.2, y: 300 - 105 * 1.2 });
  });

  it("stays within the canvas's own maximum zoom", () => {
    expect(cappedCamera({ x1: 0, y1: 0, w: 1, h: 1 }, { ...canvas, maxZoom: 0.8 }, 5).zoom).toBe(0.8);
  });

  it('survives a canvas smaller than its padding and an empty box', () => {
    const camera = cappedCamera({ x1: 0, y1: 0, w: 0, h: 0 }, { width: 50, height: 50, maxZoom: 4 }, 1.2, 60);
    // The room is clamped to 1 px and the box to 1 unit: zoom 1, never NaN or negative.
    expect(camera.zoom).toBe(1);
    expect(camera.pan).toEqual({ x: 25, y: 25 });
  });
});

describe('layoutKey', () => {
  it.each([
    [{ layout: 'force', size: { by: 'degree' } }, 'force'],
    [{ layout: 'geographic', size: { by: 'metric', metric: 'pagerank' } }, 'geographic'],
    [{ layout: 'concentric', size: { by: 'degree' } }, 'concentric:degree'],
    [{ layout: 'concentric', size: { by: 'uniform' } }, 'concentric:degree'],
    [{ layout: 'concentric', size: { by: 'metric', metric: 'pagerank' } }, 'concentric:pagerank'],
  ] as const)('%j -> %s', (view, key) => expect(layoutKey(view)).toBe(key));
});
