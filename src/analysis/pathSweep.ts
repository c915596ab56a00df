import type { Adjacency } from './simpleGraph';

/** What breadth-first searches from a set of sources tell about distances (steps, not weights). */
export interface PathSweep {
  /** Per node: sum of 1 / distance from every source other than itself that reaches it. */
  harmonicSums: Float64Array;
  /** Per node: how many sources other than itself there were (the denominator of its estimate). */
  otherSources: Int32Array;
  /** Per node: Brandes' dependency sums over the sources (unnormalised betweenness, ordered pairs). */
  dependencies: Float64Array;
  /** Sum and count of distances over reachable (source, target) pairs. */
  distanceSum: number;
  reachablePairs: number;
  /** Longest shortest path found. */
  diameter: number;
}

const cache = new WeakMap<Adjacency, Map<string, PathSweep>>();

/**
 * One BFS per source, serving closeness, unweighted betweenness, average path length and diameter
 * at once; memoised per adjacency and source set. Brandes' accumulation walks the CSR adjacency
 * instead of keeping predecessor lists: graphology's routine allocates an array per node per
 * source, which made betweenness 4× slower at 5k organisations.
 */
export function pathSweep(adjacency: Adjacency, sources: number[]): PathSweep {
  const key = sources.length === adjacency.ids.length ? 'all' : sources.join(',');
  const perAdjacency = cache.get(adjacency) ?? new Map<string, PathSweep>();
  cache.set(adjacency, perAdjacency);
  const cached = perAdjacency.get(key);
  if (cached) return cached;
  const sweep = computeSweep(adjacency, sources);
  perAdjacency.set(key, sweep);
  return sweep;
}

function computeSweep({ starts, neighbours, ids }: Adjacency, sources: number[]): PathSweep {
  const n = ids.length;
  const sweep: PathSweep = {
    harmonicSums: new Float64Array(n),
    otherSources: new Int32Array(n).fill(sources.length),
    dependencies: new Float64Array(n),
    distanceSum: 0,
    reachablePairs: 0,
    diameter: 0,
  };
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  for (const source of sources) {
    sweep.otherSources[source]! -= 1;
    const reached = breadthFirst(source, starts, neighbours, distance, sigma, queue, sweep);
    // Brandes: dependencies flow back from the farthest nodes to the source.
    for (let i = reached - 1; i > 0; i--) {
      const w = queue[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let j = starts[w]!; j < starts[w + 1]!; j++) {
        const v = neighbours[j]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += sigma[v]! * share;
      }
      sweep.dependencies[w]! += delta[w]!;
    }
    for (let i = 0; i < reached; i++) {
      const v = queue[i]!;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return sweep;
}

/** BFS from `source` filling distance, path counts and the visit order; returns how many nodes it reached. */
function breadthFirst(
  source: number,
  starts: Int32Array,
  neighbours: Int32Array,
  distance: Int32Array,
  sigma: Float64Array,
  queue: Int32Array,
  sweep: PathSweep,
): number {
  distance[source] = 0;
  sigma[source] = 1;
  queue[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const next = distance[v]! + 1;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const w = neighbours[j]!;
      if (distance[w] === -1) {
        distance[w] = next;
        queue[tail++] = w;
        sweep.harmonicSums[w]! += 1 / next;
        sweep.distanceSum += next;
        sweep.reachablePairs += 1;
        if (next > sweep.diameter) sweep.diameter = next;
      }
      if (distance[w] === next) sigma[w]! += sigma[v]!;
    }
  }
  return tail;
}
