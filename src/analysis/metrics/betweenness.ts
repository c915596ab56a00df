import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type { MetricContext, MetricDescriptor } from '../metric';
import { pathSweep } from '../pathSweep';
import { byIdList } from '../simpleGraph';

/** Brandes' dependency sums along the strongest ties (distance = 1 / weight), with graphology's Dijkstra routine. */
function weightedDependencies({ simple, sources }: MetricContext): Float64Array {
  const brandes = createDijkstraIndexedBrandes(simple, 'distance');
  const delta = new Float64Array(simple.order);
  const dependencies = new Float64Array(simple.order);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) dependencies[w]! += delta[w]!;
    }
  }
  return dependencies;
}

/**
 * Normalised betweenness, as networkx and graphology-metrics define it. With a sample of k sources
 * (large graphs) the sums are scaled by n / k (Brandes & Pich 2007).
 */
function betweenness(context: MetricContext): Record<string, number> {
  const { simple, sources, adjacency } = context;
  const n = simple.order;
  const dependencies = context.params.weightedBetweenness
    ? weightedDependencies(context)
    : pathSweep(adjacency, sources).dependencies;
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  // graphology's routine indexes nodes in the graph's iteration order, as the adjacency does.
  return byIdList(
    adjacency.ids,
    Array.from(dependencies, (value) => value * scale),
  );
}

export const betweennessMetric: MetricDescriptor = {
  id: 'betweenness',
  label: 'Betweenness',
  description:
    'How often it lies on the shortest paths between other organisations (0–1): a bridge between parts of the network.',
  kind: 'number',
  compute: betweenness,
};
