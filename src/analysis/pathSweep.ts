import type { Adjacency } from './simpleGraph';

/** What breadth-first searches from a set of sources tell about distances (steps, not weights). */
export interface PathSweep {
  /** Per node: sum of 1 / distance from every source other than itself that reaches it. */
  harmonicSums: Float64Array;
  /** Per node: how many sources other than itself there were (the denominator of its estimate). */
  otherSources: Int32Array;
  /** Sum and count of distances over reachable (source, target) pairs. */
  distanceSum: number;
  reachablePairs: number;
  /** Longest shortest path found. */
  diameter: number;
}

const cache = new WeakMap<Adjacency, Map<string, PathSweep>>();

/** BFS from each source; memoised per adjacency and source set, since closeness and network stats share it. */
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
  const harmonicSums = new Float64Array(n);
  const otherSources = new Int32Array(n).fill(sources.length);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  let distanceSum = 0;
  let reachablePairs = 0;
  let diameter = 0;
  for (const source of sources) {
    otherSources[source]! -= 1;
    distance.fill(-1);
    distance[source] = 0;
    queue[0] = source;
    for (let head = 0, tail = 1; head < tail; head++) {
      const v = queue[head]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (distance[w] !== -1) continue;
        distance[w] = next;
        queue[tail++] = w;
        harmonicSums[w]! += 1 / next;
        distanceSum += next;
        reachablePairs += 1;
        if (next > diameter) diameter = next;
      }
    }
  }
  return { harmonicSums, otherSources, distanceSum, reachablePairs, diameter };
}
