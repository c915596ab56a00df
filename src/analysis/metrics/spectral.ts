import pagerank from 'graphology-metrics/centrality/pagerank';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import type { MetricDescriptor } from '../metric';
import { assignedById } from '../simpleGraph';

// Tight tolerances: the defaults (1e-6) stop too early to agree with networkx to 1e-6.
const ITERATIONS = { maxIterations: 1000, tolerance: 1e-10 };

export const pagerankMetric: MetricDescriptor = {
  id: 'pagerank',
  label: 'PageRank',
  description:
    'Importance from being tied to important organisations, weighted by tie strength (the scores add up to 1).',
  kind: 'number',
  compute: ({ simple }) =>
    assignedById<number>(simple, (attribute) =>
      pagerank.assign(simple, {
        getEdgeWeight: 'weight',
        alpha: 0.85,
        ...ITERATIONS,
        nodePagerankAttribute: attribute,
      }),
    ),
};

/** Eigenvector centrality; graphology throws when power iteration does not converge, then we report nothing. */
export const eigenvectorMetric: MetricDescriptor = {
  id: 'eigenvector',
  label: 'Eigenvector',
  description:
    'Like PageRank without the random jumps: high when its partners are themselves central, weighted by tie strength.',
  kind: 'number',
  compute: ({ simple }) => {
    if (simple.size === 0) return {};
    try {
      return assignedById<number>(simple, (attribute) =>
        eigenvectorCentrality.assign(simple, {
          getEdgeWeight: 'weight',
          ...ITERATIONS,
          nodeCentralityAttribute: attribute,
        }),
      );
    } catch {
      return {};
    }
  },
};
