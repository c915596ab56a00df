import type { AnalysisResults } from '../analysis/types';
import { categoryOf } from '../domain/categoryOf';
import type { ClusterGraph } from '../graph/buildGraph';

export interface ValueCount {
  value: string;
  count: number;
}

const byCountThenValue = (a: ValueCount, b: ValueCount) => b.count - a.count || a.value.localeCompare(b.value);

/** The values a categorical field takes across organisations, with counts, most common first. */
export function categoryCounts(
  graph: ClusterGraph,
  field: string,
  analysis: AnalysisResults | null = null,
): ValueCount[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_id, attributes) => {
    const value = categoryOf(attributes, field, analysis);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  return [...counts.entries()].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
}

/** Tie types with counts ('' for ties without a type), most common first. */
export function tieTypeCounts(graph: ClusterGraph): ValueCount[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, { tie }) => counts.set(tie.type ?? '', (counts.get(tie.type ?? '') ?? 0) + 1));
  return [...counts.entries()].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
}

/** First and last year of the ties that have one; null when none has. */
export function yearExtent(graph: ClusterGraph): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_edge, { tie }) => {
    if (tie.year === undefined) return;
    min = Math.min(min, tie.year);
    max = Math.max(max, tie.year);
  });
  return Number.isFinite(min) ? { min, max } : null;
}

/** The largest tie weight (1 for a graph without ties). */
export function maxTieWeight(graph: ClusterGraph): number {
  let max = 1;
  graph.forEachEdge((_edge, { tie }) => {
    max = Math.max(max, tie.weight);
  });
  return max;
}
