import type { ClusterGraph } from '../graph/buildGraph';
import type { Positions } from '../layout/types';

/**
 * Positions per layout, per graph: switching back to a layout restores its positions without
 * running it again, also when the canvas is re-created (e.g. to switch the WebGL renderer on).
 * Held outside the store: positions are derived, large, and not part of the shareable view.
 */
const cache = new WeakMap<ClusterGraph, Map<string, Positions>>();

export function cachedPositions(graph: ClusterGraph, key: string): Positions | undefined {
  return cache.get(graph)?.get(key);
}

export function cachePositions(graph: ClusterGraph, key: string, positions: Positions): void {
  const byKey = cache.get(graph) ?? new Map<string, Positions>();
  byKey.set(key, positions);
  cache.set(graph, byKey);
}
