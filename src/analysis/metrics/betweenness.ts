import { createDijkstraIndexedBrandes, createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type { MetricContext, MetricDescriptor } from '../metric';
import { byIdList } from '../simpleGraph';

/**
 * Normalised betweenness (Brandes), using graphology's indexed Brandes routine. We run the
 * accumulation ourselves only so that large graphs can use a sample of sources (scaled by n / k,
 * Brandes & Pich 2007); with every source it equals graphology-metrics' betweenness.
 */
function betweenness({ simple, params, sources }: MetricContext): Record<string, number> {
  const brandes = params.weightedBetweenness ? createDijkstraIndexedBrandes(simple, 'distance') : createUnweightedIndexedBrandes(simple);
  const n = simple.order;
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  // The routine indexes nodes in the graph's iteration order.
  return byIdList(simple.nodes(), centrality);
}

export const betweennessMetric: MetricDescriptor = {
  id: 'betweenness',
  label: 'Betweenness',
  description: 'How often it lies on the shortest paths between other organisations (0–1): a bridge between parts of the network.',
  kind: 'number',
  compute: betweenness,
};
