import type { AnalysisResults } from '../analysis/types';
import type { ClusterGraph } from '../graph/buildGraph';

/** The built-in numeric measure every data set has. */
export const DEGREE = 'degree';

/**
 * An organisation's value for a numeric measure: number of ties ('degree'), an analysis metric,
 * or a numeric attribute; null when it has none (a missing value is never zero).
 */
export function numericValueOf(
  graph: ClusterGraph,
  id: string,
  metric: string,
  analysis: AnalysisResults | null,
): number | null {
  const fromAnalysis = analysis?.nodeMetrics[metric]?.[id];
  if (typeof fromAnalysis === 'number') return Number.isFinite(fromAnalysis) ? fromAnalysis : null;
  if (metric === DEGREE) return graph.degree(id);
  const value = graph.getNodeAttribute(id, 'organisation').attributes[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
