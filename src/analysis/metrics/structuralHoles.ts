import { idRecord } from '../../model/idRecord';
import type { MetricContext, MetricDescriptor } from '../metric';
import type { Adjacency } from '../simpleGraph';

/**
 * Burt's constraint and effective size on tie weights, as networkx computes them (graphology has
 * neither): p(i,j) = w(i,j) / strength(i); m(j,q) = w(j,q) / strongest tie of j. Isolated
 * organisations get no value (both are undefined without partners).
 */
function structuralHoles({ starts, neighbours, weights, ids }: Adjacency, measure: 'constraint' | 'effectiveSize') {
  const n = ids.length;
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  for (let v = 0; v < n; v++)
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      strength[v]! += weights[j]!;
      strongest[v] = Math.max(strongest[v]!, weights[j]!);
    }
  const share = new Float64Array(n); // p(i, q) for the current i, 0 for non-partners
  const result = idRecord<number>();
  for (let i = 0; i < n; i++) {
    if (starts[i] === starts[i + 1]) continue;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) share[neighbours[j]!] = weights[j]! / strength[i]!;
    let total = 0;
    for (let s = starts[i]!; s < starts[i + 1]!; s++) {
      const j = neighbours[s]!;
      let indirect = 0;
      for (let k = starts[j]!; k < starts[j + 1]!; k++) {
        const q = neighbours[k]!;
        if (q === i || share[q] === 0) continue;
        indirect += (share[q]! * weights[k]!) / (measure === 'constraint' ? strength[q]! : strongest[j]!);
      }
      total += measure === 'constraint' ? (share[j]! + indirect) ** 2 : 1 - indirect;
    }
    for (let j = starts[i]!; j < starts[i + 1]!; j++) share[neighbours[j]!] = 0;
    result[ids[i]!] = total;
  }
  return result;
}

export const constraintMetric: MetricDescriptor = {
  id: 'constraint',
  label: 'Constraint',
  description:
    "Burt's constraint: high when its partners are tied to each other, so it has few structural holes to broker.",
  kind: 'number',
  compute: ({ adjacency }: MetricContext) => structuralHoles(adjacency, 'constraint'),
};

export const effectiveSizeMetric: MetricDescriptor = {
  id: 'effectiveSize',
  label: 'Effective size',
  description:
    "Burt's effective size: its number of partners minus their redundancy, i.e. how many non-overlapping contacts it has.",
  kind: 'number',
  compute: ({ adjacency }: MetricContext) => structuralHoles(adjacency, 'effectiveSize'),
};
