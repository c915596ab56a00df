/**
 * Contract between the analysis (metrics computed in a worker) and everything that reads its
 * results: the metrics table, colour and size mappings, the inspector, exports.
 */

/** A per-organisation value: numbers for centralities, strings for categories (community, component). */
export type MetricValue = number | string;

export interface MetricInfo {
  /** Stable id, used in the URL, scenes and exports (e.g. 'degree', 'betweenness', 'community'). */
  id: string;
  label: string;
  /** One plain-language sentence shown in the UI. */
  description: string;
  kind: 'number' | 'category';
}

export interface AnalysisResults {
  /** Which data set these results belong to (cache key). */
  datasetId: string;
  metrics: MetricInfo[];
  /** metric id -> organisation id -> value. */
  nodeMetrics: Record<string, Record<string, MetricValue>>;
  /** Notes the UI must show, e.g. "Betweenness approximated from 500 sampled sources." */
  notes: string[];
}
