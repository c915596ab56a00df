import { BROKERAGE_ROLES, type BrokerageCounts } from './brokerage';
import { brokerageMetricId } from './registry';
import type { AnalysisResults } from './types';

export interface BrokerRow {
  id: string;
  counts: BrokerageCounts;
  total: number;
}

/** The organisations with the most brokerage (open paths they broker), most first. */
export function topBrokers(analysis: AnalysisResults, limit: number): BrokerRow[] {
  const totals = analysis.nodeMetrics['brokerageTotal'] ?? {};
  return Object.entries(totals)
    .filter(([, total]) => typeof total === 'number' && total > 0)
    .sort(([a, x], [b, y]) => (y as number) - (x as number) || a.localeCompare(b))
    .slice(0, limit)
    .map(([id, total]) => ({
      id,
      total: total as number,
      counts: Object.fromEntries(
        BROKERAGE_ROLES.map((role) => [role, Number(analysis.nodeMetrics[brokerageMetricId(role)]?.[id] ?? 0)]),
      ) as BrokerageCounts,
    }));
}
