import type { Dataset, Tie } from '../../model/types';
import type { AnalysisParams } from '../params';
import type { MetricInfo, MetricValue } from '../metricTypes';
import { toAdjacency, type SimpleGraph } from '../simpleGraph';
import { clusterOrganisationWork, type ClusterOrganisationWork } from './clusterOrganisationWork';
import {
  firmPerformance,
  growthMix,
  performanceFieldsOf,
  type GrowthYear,
  type PerformanceAssociation,
} from './measures';
import { compareWaves, type WaveComparison } from './compareWaves';
import { governanceByGroup, type GovernanceReading } from './governance';
import { helixByGroup, type HelixMix } from './helix';
import { crossCityTies, findings, type Finding } from './findings';
import { NO_GROUP } from '../groupStats';

/** What the story views read: the comparison of two waves (and the readings built on the measures). */
export interface StoryResults {
  /** Null when the ties carry fewer than two years. */
  comparison: WaveComparison | null;
  /** Partnership or membership, per group of `governanceField`. */
  governanceField: string;
  governance: GovernanceReading[];
  /** Business / knowledge / government mix and T(uig), per city and per cluster (when the data names clusters). */
  helix: { byCity: HelixMix[]; byCluster: HelixMix[]; network: HelixMix | null };
  /** What to measure: growth of the cluster, performance of firms, the work of the cluster organisations. */
  growth: GrowthYear[];
  /** Numeric attributes of organisations that could describe performance (0: the firms panel has nothing to read). */
  performanceFields: number;
  performance: PerformanceAssociation[];
  clusterOrganisations: ClusterOrganisationWork[];
  /** Plain-word statements generated from the measures above, each with its evidence. */
  findings: Finding[];
}

/** Cluster organisations the what-if is computed for, the best connected first. */
export const WHAT_IF_ORGANISATIONS = 12;

export const WAVE_METRICS: MetricInfo[] = [
  {
    id: 'waveStatus',
    label: 'Between waves',
    description: 'Whether the organisation joined, left or stayed between the two compared waves.',
    kind: 'category',
  },
  {
    id: 'waveDegreeChange',
    label: 'Partners gained between waves',
    description: 'Partners in the later wave minus partners in the earlier wave.',
    kind: 'number',
  },
  {
    id: 'waveBrokerageChange',
    label: 'Brokerage change between waves',
    description: 'Brokerage (all roles) in the later wave minus the earlier wave.',
    kind: 'number',
  },
  {
    id: 'waveBetweennessChange',
    label: 'Betweenness change between waves',
    description: 'Betweenness within the later wave minus within the earlier wave.',
    kind: 'number',
  },
];

/** Per-organisation figures of the comparison, for the metrics table and CSV. */
function waveNodeMetrics(comparison: WaveComparison): Record<string, Record<string, MetricValue>> {
  const metrics: Record<string, Record<string, MetricValue>> = Object.fromEntries(
    WAVE_METRICS.map((metric) => [metric.id, {}]),
  );
  const joined = new Set(comparison.joined);
  const left = new Set(comparison.left);
  for (const change of comparison.changes) {
    metrics['waveStatus']![change.id] = joined.has(change.id) ? 'joined' : left.has(change.id) ? 'left' : 'stayed';
    metrics['waveDegreeChange']![change.id] = change.degreeB - change.degreeA;
    metrics['waveBrokerageChange']![change.id] = change.brokerageB - change.brokerageA;
    if (change.betweennessA !== null && change.betweennessB !== null)
      metrics['waveBetweennessChange']![change.id] = change.betweennessB - change.betweennessA;
  }
  return metrics;
}

export interface StoryContext {
  dataset: Dataset;
  ties: Tie[];
  params: AnalysisParams;
  groupOf: (id: string) => string;
  cityOf: (id: string) => string;
  simple: SimpleGraph;
  /** Metrics computed so far (structure, brokerage), for the firms panel. */
  nodeMetrics: Record<string, Record<string, MetricValue>>;
  /** Group of each organisation for another grouping field. */
  groupOfField: (field: string) => (id: string) => string;
}

/** The grouping governance is read for: the one asked for, else clusters when the data names them, else the analysis grouping. */
export function governanceFieldOf(dataset: Dataset, params: AnalysisParams): string {
  if (params.governanceBy) return params.governanceBy;
  return dataset.organisations.some((organisation) => organisation.cluster) ? 'cluster' : params.groupBy;
}

/** The story part of the analysis, with its per-organisation metrics. */
export function analyseStory(context: StoryContext): {
  story: StoryResults;
  metrics: MetricInfo[];
  nodeMetrics: Record<string, Record<string, MetricValue>>;
} {
  const { dataset, ties, params, groupOf, cityOf, simple } = context;
  const comparison = compareWaves(dataset, ties, groupOf, cityOf, params.waves);
  const governanceField = governanceFieldOf(dataset, params);
  const governance = governanceByGroup(
    simple,
    governanceField === params.groupBy ? groupOf : context.groupOfField(governanceField),
  );
  const hasClusters = dataset.organisations.some((organisation) => organisation.cluster);
  const helix = {
    byCity: helixByGroup(simple, cityOf, ''),
    byCluster: hasClusters ? helixByGroup(simple, context.groupOfField('cluster'), NO_GROUP) : [],
    network: helixByGroup(simple, () => 'All organisations', '')[0] ?? null,
  };
  const roleOf = (id: string) => simple.getNodeAttribute(id, 'role');
  const clusterOrganisationIds = simple
    .filterNodes((id, { role }) => role === 'intermediary' && simple.degree(id) > 0)
    .sort((x, y) => simple.degree(y) - simple.degree(x) || x.localeCompare(y))
    .slice(0, WHAT_IF_ORGANISATIONS);
  const measures = {
    growth: growthMix(ties, cityOf, roleOf),
    performanceFields: performanceFieldsOf(dataset).length,
    performance: firmPerformance(dataset, roleOf, context.nodeMetrics),
    clusterOrganisations: clusterOrganisationWork(toAdjacency(simple), clusterOrganisationIds, cityOf, roleOf),
  };
  const names = new Map(dataset.organisations.map((organisation) => [organisation.id, organisation.name]));
  const pairs: [string, string][] = simple.mapEdges((_edge, _attributes, source, target) => [source, target]);
  const stated = findings(
    {
      name: (id) => names.get(id) ?? id,
      crossCity: crossCityTies(pairs, cityOf),
      governance,
      governanceField,
      comparison,
      clusterOrganisations: measures.clusterOrganisations,
      helixByCity: helix.byCity,
    },
    (city) => simple.filterNodes((id) => cityOf(id) === city),
  );
  return {
    story: { comparison, governanceField, governance, helix, ...measures, findings: stated },
    metrics: comparison ? WAVE_METRICS : [],
    nodeMetrics: comparison ? waveNodeMetrics(comparison) : {},
  };
}
