import { idRecord } from '../model/idRecord';
import type { MetricContext } from './metric';
import { isSampled } from './metric';
import { ANALYSIS_SEED, EXACT_PATHS_LIMIT, SAMPLED_SOURCES, type AnalysisParams } from './params';
import { pathSweep } from './pathSweep';
import { sampleIndices, seededRandom } from './random';
import { STRUCTURE_METRICS } from './registry';
import { modularityOf } from './metrics/community';
import { toAdjacency, type SimpleGraph } from './simpleGraph';
import type { MetricValue } from './types';

/** The part of the analysis that depends only on the network's structure (not on roles or grouping). */
export interface StructureResults {
  nodeMetrics: Record<string, Record<string, MetricValue>>;
  notes: string[];
  averagePathLength: number | null;
  diameter: number;
  pathsSampled: boolean;
  communities: number;
  modularity: number;
}

export type ProgressCallback = (fraction: number, label: string) => void;

/** Every node, or a seeded sample of SAMPLED_SOURCES above EXACT_PATHS_LIMIT organisations. */
export function pathSources(n: number): number[] {
  return sampleIndices(n, n > EXACT_PATHS_LIMIT ? SAMPLED_SOURCES : n, seededRandom(ANALYSIS_SEED));
}

/** Run every structure metric of the registry, reporting progress between them. */
export function analyseStructure(
  simple: SimpleGraph,
  params: AnalysisParams,
  onProgress: ProgressCallback = () => {},
): StructureResults {
  const adjacency = toAdjacency(simple);
  const context: MetricContext = { simple, adjacency, params, sources: pathSources(simple.order) };
  const nodeMetrics: StructureResults['nodeMetrics'] = idRecord();
  STRUCTURE_METRICS.forEach((metric, i) => {
    onProgress(i / STRUCTURE_METRICS.length, metric.label);
    nodeMetrics[metric.id] = metric.compute(context);
  });
  const sampled = isSampled(context);
  const notes = sampled
    ? [
        `Betweenness, closeness, average path length and diameter are estimated from ${context.sources.length} randomly sampled organisations (of ${simple.order}); the diameter is a lower bound.`,
      ]
    : [];
  if (simple.size > 0 && Object.keys(nodeMetrics['eigenvector'] ?? {}).length === 0)
    notes.push('Eigenvector centrality did not converge on this network and is left empty.');
  const sweep = pathSweep(adjacency, context.sources);
  const communities = nodeMetrics['community'] as Record<string, string>;
  return {
    nodeMetrics,
    notes,
    averagePathLength: sweep.reachablePairs === 0 ? null : sweep.distanceSum / sweep.reachablePairs,
    diameter: sweep.diameter,
    pathsSampled: sampled,
    communities: new Set(Object.values(communities)).size,
    modularity: modularityOf(simple, communities, params.resolution),
  };
}
