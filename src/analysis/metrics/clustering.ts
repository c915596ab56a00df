import type { MetricDescriptor } from '../metric';
import { byId } from '../simpleGraph';

/**
 * Local clustering coefficient (unweighted, as networkx's `clustering`): the share of pairs of an
 * organisation's partners that are partners themselves. graphology-metrics has no node clustering.
 */
export const clusteringMetric: MetricDescriptor = {
  id: 'clustering',
  label: 'Clustering',
  description: 'The share of its partners that also work with each other (0–1): a closed circle rather than a hub.',
  kind: 'number',
  compute: ({ adjacency }) => {
    const { starts, neighbours, ids } = adjacency;
    const marked = new Int32Array(ids.length).fill(-1);
    const values = ids.map((_, v) => {
      const degree = starts[v + 1]! - starts[v]!;
      if (degree < 2) return 0;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) marked[neighbours[j]!] = v;
      let links = 0;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const u = neighbours[j]!;
        for (let k = starts[u]!; k < starts[u + 1]!; k++) if (marked[neighbours[k]!] === v) links++;
      }
      // Each link between two partners was seen from both ends.
      return links / (degree * (degree - 1));
    });
    return byId(adjacency, values);
  },
};
