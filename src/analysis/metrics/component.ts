import type { MetricDescriptor } from '../metric';
import type { Adjacency } from '../simpleGraph';
import { byId } from '../simpleGraph';

/** Component index per node, components numbered 0, 1, ... from the largest (ties by first node). */
export function componentIndices({ starts, neighbours, ids }: Adjacency): { component: Int32Array; sizes: number[] } {
  const n = ids.length;
  const raw = new Int32Array(n).fill(-1);
  const rawSizes: number[] = [];
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (raw[root] !== -1) continue;
    const label = rawSizes.length;
    raw[root] = label;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (raw[w] === -1) {
          raw[w] = label;
          queue[tail++] = w;
        }
      }
    }
    rawSizes.push(tail);
  }
  const bySize = rawSizes.map((_, i) => i).sort((a, b) => rawSizes[b]! - rawSizes[a]! || a - b);
  const rank = new Int32Array(rawSizes.length);
  bySize.forEach((label, position) => (rank[label] = position));
  return { component: raw.map((label) => rank[label]!), sizes: bySize.map((label) => rawSizes[label]!) };
}

export const componentMetric: MetricDescriptor = {
  id: 'component',
  label: 'Component',
  description:
    'Which connected part of the network it belongs to (1 is the largest); organisations in different components have no path between them.',
  kind: 'category',
  compute: ({ adjacency }) =>
    byId(
      adjacency,
      Array.from(componentIndices(adjacency).component, (index) => String(index + 1)),
    ),
};
