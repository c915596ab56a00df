import { idRecord } from '../../model/idRecord';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import type { MetricDescriptor } from '../metric';
import { ANALYSIS_SEED } from '../params';
import { seededRandom } from '../random';
import { assignedById, type SimpleGraph } from '../simpleGraph';

/** Louvain communities (graphology), seeded, labelled "1", "2"... from the largest community. */
export function louvainCommunities(simple: SimpleGraph, resolution: number): Record<string, string> {
  const labels = idRecord<string>();
  if (simple.size === 0) {
    simple.forEachNode((id, _attributes) => (labels[id] = String(Object.keys(labels).length + 1)));
    return labels;
  }
  const raw = assignedById<number>(simple, (attribute) =>
    louvain.assign(simple, {
      getEdgeWeight: 'weight',
      resolution,
      rng: seededRandom(ANALYSIS_SEED),
      nodeCommunityAttribute: attribute,
    }),
  );
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const rank = new Map(order.map((community, i) => [community, String(i + 1)]));
  for (const [id, community] of Object.entries(raw)) labels[id] = rank.get(community)!;
  return labels;
}

/** Weighted modularity of a partition (graphology-metrics); 0 for a graph without ties. */
export function modularityOf(simple: SimpleGraph, communities: Record<string, string>, resolution: number): number {
  if (simple.size === 0) return 0;
  return modularity(simple, {
    getNodeCommunity: (node) => communities[node] ?? '',
    getEdgeWeight: 'weight',
    resolution,
  });
}

export const communityMetric: MetricDescriptor = {
  id: 'community',
  label: 'Community',
  description:
    'A group of organisations more tied to each other than to the rest (Louvain, seeded so the same data gives the same communities).',
  kind: 'category',
  compute: ({ simple, params }) => louvainCommunities(simple, params.resolution),
};
