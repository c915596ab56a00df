import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import {
  BATCH_TARGET_MS,
  MAX_BATCH,
  MIN_BATCH,
  batchRanges,
  nextBatchSize,
  nodesFirst,
} from '../../src/canvas/elementBatches';

describe('nextBatchSize', () => {
  it.each([
    // size, elapsed, expected: scaled to the target (25 ms), at most doubled, within [50, 4000]
    [1000, 25, 1000],
    [1000, 50, 500],
    [1000, 100, 250],
    [1000, 12.5, 2000],
    [1000, 1, 2000], // a very fast batch only doubles
    [1000, 0, 2000],
    [3000, 5, MAX_BATCH],
    [100, 1000, MIN_BATCH],
  ])('after %i elements in %f ms: %i', (size, elapsed, expected) => {
    expect(nextBatchSize(size, elapsed)).toBe(expected);
  });

  it('uses the given target', () => {
    expect(nextBatchSize(1000, 40, 10)).toBe(250);
    expect(BATCH_TARGET_MS).toBeLessThan(50);
  });
});

describe('batchRanges', () => {
  it('covers every index once, in order', () => {
    expect(batchRanges(10, 3, (size) => size + 1)).toEqual([
      [0, 3],
      [3, 7],
      [7, 10],
    ]);
    expect(batchRanges(0, 3, (size) => size)).toEqual([]);
  });

  it('at 25,000 elements costing 0.05 ms each, settles at the target and stays under it', () => {
    const costOf = (size: number) => size * 0.05;
    const ranges = batchRanges(25_000, 250, (size) => nextBatchSize(size, costOf(size)));
    const sizes = ranges.map(([start, end]) => end - start);
    expect(Math.max(...sizes.map(costOf))).toBeLessThanOrEqual(BATCH_TARGET_MS);
    expect(sizes.slice(0, 3)).toEqual([250, 500, 500]);
    expect(ranges.at(-1)?.[1]).toBe(25_000);
  });
});

describe('nodesFirst', () => {
  it('puts organisations before ties, keeping each order', () => {
    const elements: ElementDefinition[] = [
      { group: 'nodes', data: { id: 'a' } },
      { group: 'edges', data: { id: 't1', source: 'a', target: 'b' } },
      { group: 'nodes', data: { id: 'b' } },
      { group: 'edges', data: { id: 't2', source: 'b', target: 'a' } },
    ];
    expect(nodesFirst(elements).map((element) => element.data.id)).toEqual(['a', 'b', 't1', 't2']);
  });
});
