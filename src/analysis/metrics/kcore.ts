import type { MetricDescriptor } from '../metric';
import type { Adjacency } from '../simpleGraph';
import { byId } from '../simpleGraph';

/** Core numbers by Batagelj & Zaversnik's O(m) bucket algorithm (graphology-metrics has no k-core). */
export function coreNumbers({ starts, neighbours, ids }: Adjacency): Int32Array {
  const n = ids.length;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, (degree[v] = starts[v + 1]! - starts[v]!));
  const binStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) binStart[degree[v]! + 1]! += 1;
  for (let d = 1; d <= maxDegree + 1; d++) binStart[d]! += binStart[d - 1]!;
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v++) {
    position[v] = fill[degree[v]!]!++;
    order[position[v]!] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const u = neighbours[j]!;
      if (degree[u]! <= degree[v]!) continue;
      // Move u to the front of its bin, then shrink its degree by one.
      const du = degree[u]!;
      const first = binStart[du]!;
      const w = order[first]!;
      if (w !== u) {
        [order[position[u]!], order[first]] = [w, u];
        [position[u], position[w]] = [first, position[u]!];
      }
      binStart[du]! += 1;
      degree[u] = du - 1;
    }
  }
  return degree;
}

export const kcoreMetric: MetricDescriptor = {
  id: 'kcore',
  label: 'k-core',
  description:
    'The largest k such that it belongs to a group where everyone has at least k partners inside the group: how deep in the core it sits.',
  kind: 'number',
  compute: ({ adjacency }) => byId(adjacency, coreNumbers(adjacency)),
};
