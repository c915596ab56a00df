/**
 * Performance marks the benchmark reads (`npm run bench`). Marks cost microseconds and are
 * visible in the browser's performance panel, which helps when a user reports a slow file.
 */
export type PerfMark =
  | 'import-start'
  | 'import-end'
  | 'first-drawing'
  | 'canvas-ready'
  | 'layout-end'
  | 'filter-change'
  | 'filter-computed'
  | 'filter-applied'
  | 'save-start'
  | 'save-end'
  | 'analysis-start'
  | 'analysis-end';

export function markPerf(name: PerfMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`clusnet:${name}`);
}
