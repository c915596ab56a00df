import type { ElementDefinition } from 'cytoscape';

/** How long one batch of cy.add may take (ms): well under a 50 ms task, leaving room for the frame's drawing. */
export const BATCH_TARGET_MS = 25;
/** The first batch: small, so the first organisations appear at once on any machine. */
export const FIRST_BATCH = 250;
export const MIN_BATCH = 50;
export const MAX_BATCH = 4000;

/**
 * Size of the next batch from how long the last one took: scaled towards the target time,
 * growing at most twofold a step (one fast batch must not make the next one freeze the page)
 * and kept within [MIN_BATCH, MAX_BATCH].
 */
export function nextBatchSize(size: number, elapsedMs: number, targetMs = BATCH_TARGET_MS): number {
  const scaled = elapsedMs <= 0 ? size * 2 : (size * targetMs) / elapsedMs;
  return Math.round(Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.min(size * 2, scaled))));
}

/** Organisations before ties (a tie needs both ends), each in the order given. */
export function nodesFirst(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const nodes = elements.filter((element) => element.group === 'nodes');
  const edges = elements.filter((element) => element.group !== 'nodes');
  return [...nodes, ...edges];
}

/** Index ranges [start, end) of successive batches, their sizes from `sizeAfter(size, i)` (for tests and planning). */
export function batchRanges(total: number, first: number, sizeAfter: (size: number, index: number) => number) {
  const ranges: [number, number][] = [];
  let size = first;
  for (let start = 0; start < total; start += size) {
    if (ranges.length > 0) size = sizeAfter(size, ranges.length);
    ranges.push([start, Math.min(total, start + size)]);
  }
  return ranges;
}
