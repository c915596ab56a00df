/**
 * Contract between the analysis (metrics computed in a worker) and everything that reads its
 * results: the metrics table, colour and size mappings, the inspector, exports.
 */
import type { MetricInfo, MetricValue } from './metricTypes';
import type { AnalysisParams } from './params';
import type { NetworkStats } from './networkStats';
import type { GroupStat } from './groupStats';
import type { GroupMatrix } from './groupMatrix';
import type { GrowthByYear } from './growth';
import type { IntermediaryReport } from './intermediaries';
import type { StoryResults } from './story/analyseStory';

export type { MetricInfo, MetricValue };

export interface AnalysisResults {
  /** Which data set these results belong to (cache key). */
  datasetId: string;
  metrics: MetricInfo[];
  /** metric id -> organisation id -> value. */
  nodeMetrics: Record<string, Record<string, MetricValue>>;
  /** Notes the UI must show, e.g. "Betweenness approximated from 500 sampled sources." */
  notes: string[];
  // Optional extensions (issue 4), so that results built elsewhere (tests, other views) stay valid.
  /** The parameters these results were computed with. */
  params?: AnalysisParams;
  network?: NetworkStats;
  /** Group statistics, matrix and growth for `params.groupBy`. */
  groups?: GroupAnalysis;
  /** Intermediaries and the pairs of partners linked only through them. */
  intermediaries?: IntermediaryReport[];
  /** Waves compared, governance read, measures for the three questions a cluster faces. */
  story?: StoryResults;
}

/** Everything computed per group for one grouping field. */
export interface GroupAnalysis {
  /** The grouping field: 'city', 'cluster', 'sector', 'role', 'community', 'type' or an attribute key. */
  field: string;
  stats: GroupStat[];
  matrix: GroupMatrix;
  growth: GrowthByYear;
}
