import { idRecord } from '../model/idRecord';
import type { RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';
import { categoryOf } from '../domain/categoryOf';
import { BROKERAGE_ROLES, brokerageRoles } from './brokerage';
import { groupMatrix } from './groupMatrix';
import { groupStats, NO_GROUP } from './groupStats';
import { growthByYear } from './growth';
import { exclusivePairs } from './intermediaries';
import { componentIndices } from './metrics/component';
import { networkStats } from './networkStats';
import type { AnalysisParams } from './params';
import { brokerageMetricId, brokerageMetricInfos, HELICES_METRIC, STRUCTURE_METRICS } from './registry';
import { clusterSystemCoverage, helicesReached } from './roleCoverage';
import { toAdjacency, toSimpleGraph, validTies, type SimpleGraph } from './simpleGraph';
import { analyseStructure, type ProgressCallback, type StructureResults } from './structure';
import type { AnalysisResults, MetricValue } from './types';
import { analyseStory } from './story/analyseStory';

export interface AnalyseOptions {
  onProgress?: ProgressCallback;
  /** Structure results already computed for this data set and these parameters: reused, not recomputed. */
  structure?: StructureResults;
}

/** A readable name for a grouping field. */
export function groupingLabel(field: string): string {
  const known: Record<string, string> = {
    city: 'city',
    cluster: 'cluster',
    sector: 'sector',
    role: 'role',
    community: 'community',
    type: 'type',
    country: 'country',
  };
  return known[field] ?? field;
}

/** Brokerage counts as per-organisation metrics (one per role, plus the total). */
function brokerageMetrics(
  dataset: Dataset,
  simple: SimpleGraph,
  groupOf: (id: string) => string,
): Record<string, Record<string, MetricValue>> {
  const counts = brokerageRoles(simple.nodes(), validTies(dataset), groupOf);
  const metrics: Record<string, Record<string, number>> = { brokerageTotal: idRecord() };
  for (const role of BROKERAGE_ROLES) metrics[brokerageMetricId(role)] = idRecord();
  for (const [id, perRole] of Object.entries(counts)) {
    let total = 0;
    for (const role of BROKERAGE_ROLES) {
      metrics[brokerageMetricId(role)]![id] = perRole[role];
      total += perRole[role];
    }
    metrics['brokerageTotal']![id] = total;
  }
  return metrics;
}

/** Group and city of each organisation, looked up once (categoryOf is the same rule colouring uses). */
function groupAccessors(dataset: Dataset, simple: SimpleGraph, field: string, structure: StructureResults) {
  const partial = {
    datasetId: '',
    metrics: [],
    notes: [],
    nodeMetrics: structure.nodeMetrics,
  } satisfies AnalysisResults;
  const groups = new Map<string, string>();
  const cities = new Map<string, string>();
  for (const organisation of dataset.organisations) {
    if (!simple.hasNode(organisation.id) || groups.has(organisation.id)) continue;
    const node = { organisation, role: simple.getNodeAttribute(organisation.id, 'role') };
    groups.set(organisation.id, categoryOf(node, field, partial) || NO_GROUP);
    cities.set(organisation.id, organisation.city ?? '');
  }
  return { groupOf: (id: string) => groups.get(id) ?? NO_GROUP, cityOf: (id: string) => cities.get(id) ?? '' };
}

/** The part that depends on roles and the grouping: helices, brokerage, groups, growth, intermediaries. */
function analyseSystem(
  dataset: Dataset,
  simple: SimpleGraph,
  params: AnalysisParams,
  structure: StructureResults,
): AnalysisResults {
  const { groupOf, cityOf } = groupAccessors(dataset, simple, params.groupBy, structure);
  const helices = helicesReached(simple);
  const stats = groupStats(simple, groupOf, cityOf);
  const bySize = stats.map((stat) => stat.group);
  const intermediaryIds = simple.filterNodes((_id, attributes) => attributes.role === 'intermediary');
  const adjacency = toAdjacency(simple);
  const label = groupingLabel(params.groupBy);
  const nodeMetrics = {
    ...structure.nodeMetrics,
    [HELICES_METRIC.id]: helices,
    ...brokerageMetrics(dataset, simple, groupOf),
  };
  const story = analyseStory({
    dataset,
    nodeMetrics,
    ties: validTies(dataset),
    params,
    groupOf,
    cityOf,
    simple,
    groupOfField: (field) => groupAccessors(dataset, simple, field, structure).groupOf,
  });
  return {
    datasetId: dataset.id,
    params,
    metrics: [
      ...STRUCTURE_METRICS.map(({ id, label: name, description, kind }) => ({ id, label: name, description, kind })),
      HELICES_METRIC,
      ...brokerageMetricInfos(label),
      ...story.metrics,
    ],
    nodeMetrics: { ...nodeMetrics, ...story.nodeMetrics },
    notes: structure.notes,
    network: networkStats({
      organisations: simple.order,
      ties: validTies(dataset).length,
      linkedPairs: simple.size,
      componentSizes: componentIndices(adjacency).sizes,
      averagePathLength: structure.averagePathLength,
      diameter: structure.diameter,
      pathsSampled: structure.pathsSampled,
      communities: structure.communities,
      modularity: structure.modularity,
      clusterSystemCoverage: clusterSystemCoverage(helices),
    }),
    groups: {
      field: params.groupBy,
      stats,
      matrix: groupMatrix(simple, groupOf, bySize),
      growth: growthByYear(dataset, groupOf, bySize),
    },
    intermediaries: exclusivePairs(adjacency, intermediaryIds),
    story: story.story,
  };
}

/**
 * The whole analysis of a data set: metrics per organisation, groups, network figures. Pure and
 * synchronous; the worker calls it, and so does the main thread when workers are unavailable.
 */
export function analyse(
  dataset: Dataset,
  roleOverrides: RoleOverrides,
  params: AnalysisParams,
  options: AnalyseOptions = {},
): { results: AnalysisResults; structure: StructureResults } {
  const onProgress = options.onProgress ?? (() => {});
  onProgress(0, 'Building the network');
  const simple = toSimpleGraph(dataset, roleOverrides);
  const structure =
    options.structure ??
    analyseStructure(simple, params, (fraction, label) => onProgress(0.05 + 0.85 * fraction, label));
  onProgress(0.9, 'Groups and brokerage');
  const results = analyseSystem(dataset, simple, params, structure);
  onProgress(1, 'Done');
  return { results, structure };
}
