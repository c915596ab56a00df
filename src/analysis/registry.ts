import type { MetricDescriptor } from './metric';
import type { MetricInfo } from './types';
import type { BrokerageRole } from './brokerage';
import { degreeMetric, weightedDegreeMetric } from './metrics/degree';
import { betweennessMetric } from './metrics/betweenness';
import { closenessMetric } from './metrics/closeness';
import { eigenvectorMetric, pagerankMetric } from './metrics/spectral';
import { clusteringMetric } from './metrics/clustering';
import { kcoreMetric } from './metrics/kcore';
import { componentMetric } from './metrics/component';
import { communityMetric } from './metrics/community';
import { constraintMetric, effectiveSizeMetric } from './metrics/structuralHoles';

/** Metrics of the network's structure, in the order the metrics table shows them. */
export const STRUCTURE_METRICS: MetricDescriptor[] = [
  degreeMetric,
  weightedDegreeMetric,
  betweennessMetric,
  closenessMetric,
  pagerankMetric,
  eigenvectorMetric,
  clusteringMetric,
  kcoreMetric,
  constraintMetric,
  effectiveSizeMetric,
  componentMetric,
  communityMetric,
];

/** Reach across the cluster system (roles of partners), computed with the groups. */
export const HELICES_METRIC: MetricInfo = {
  id: 'helices',
  label: 'Helices reached',
  description:
    'How many of business, knowledge (universities and research) and government it reaches among itself and its partners (0–3).',
  kind: 'number',
};

const BROKERAGE_DESCRIPTIONS: Record<BrokerageRole, [string, string]> = {
  coordinator: ['Coordinator', 'Times it links two organisations of its own group that have no tie of their own.'],
  gatekeeper: ['Gatekeeper', 'Times it passes a tie from another group into its own group.'],
  representative: ['Representative', 'Times it passes a tie from its own group out to another group.'],
  consultant: ['Consultant', 'Times it links two organisations of one other group (itinerant broker).'],
  liaison: ['Liaison', 'Times it links organisations of two different groups, neither its own.'],
};

/** Metric id of a brokerage role's count, e.g. 'brokerageGatekeeper'. */
export const brokerageMetricId = (role: BrokerageRole): string => `brokerage${role[0]!.toUpperCase()}${role.slice(1)}`;

/** Brokerage role counts relative to the chosen grouping (named in the description). */
export function brokerageMetricInfos(groupingLabel: string): MetricInfo[] {
  const roles = Object.entries(BROKERAGE_DESCRIPTIONS) as [BrokerageRole, [string, string]][];
  return [
    ...roles.map(([role, [label, description]]) => ({
      id: brokerageMetricId(role),
      label,
      description: `${description} Groups: ${groupingLabel}.`,
      kind: 'number' as const,
    })),
    {
      id: 'brokerageTotal',
      label: 'Brokerage',
      description: `All five brokerage roles together: open paths A → it → C it brokers. Groups: ${groupingLabel}.`,
      kind: 'number',
    },
  ];
}
