import type { AnalysisParams } from './params';
import type { Adjacency, SimpleGraph } from './simpleGraph';
import type { MetricInfo, MetricValue } from './types';

/** What every metric reads: the simple weighted undirected graph, its adjacency and the parameters. */
export interface MetricContext {
  simple: SimpleGraph;
  adjacency: Adjacency;
  params: AnalysisParams;
  /** Source indices for path-based measures: every node, or a seeded sample on large graphs. */
  sources: number[];
}

/** A metric: what the UI shows about it, and the pure function computing it (organisation id -> value). */
export interface MetricDescriptor extends MetricInfo {
  compute: (context: MetricContext) => Record<string, MetricValue>;
}

/** True when `sources` is a sample rather than every node. */
export const isSampled = (context: MetricContext): boolean => context.sources.length < context.adjacency.ids.length;
