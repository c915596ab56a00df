import type { Role } from '../../model/roles';
import type { Dataset, Tie } from '../../model/types';
import type { MetricValue } from '../metricTypes';
import { spearman } from './spearman';

/** One year of the cluster's growth. */
export interface GrowthYear {
  year: number;
  /** Ties dated this year, and organisations whose first dated tie is this year. */
  ties: number;
  entrants: number;
  /** Organisations with a tie dated this year or earlier, and linked pairs so far. */
  organisationsSoFar: number;
  /** Of this year's ties, the share between two cities (both known) and between two roles. */
  crossCityShare: number | null;
  crossRoleShare: number | null;
}

/** Organisations and ties by year, entrants, and how many of the new ties cross cities or roles. */
export function growthMix(ties: Tie[], cityOf: (id: string) => string, roleOf: (id: string) => Role): GrowthYear[] {
  const dated = ties.filter((tie) => tie.year !== undefined && Number.isFinite(tie.year));
  const years = [...new Set(dated.map((tie) => tie.year!))].sort((a, b) => a - b);
  const seen = new Set<string>();
  return years.map((year) => {
    const ofYear = dated.filter((tie) => tie.year === year);
    const before = seen.size;
    for (const tie of ofYear) [tie.source, tie.target].forEach((id) => seen.add(id));
    const withCities = ofYear.filter((tie) => cityOf(tie.source) && cityOf(tie.target));
    const crossCity = withCities.filter((tie) => cityOf(tie.source) !== cityOf(tie.target)).length;
    const crossRole = ofYear.filter((tie) => roleOf(tie.source) !== roleOf(tie.target)).length;
    return {
      year,
      ties: ofYear.length,
      entrants: seen.size - before,
      organisationsSoFar: seen.size,
      crossCityShare: withCities.length === 0 ? null : crossCity / withCities.length,
      crossRoleShare: ofYear.length === 0 ? null : crossRole / ofYear.length,
    };
  });
}

/** Association between a numeric attribute of firms and one network measure. */
export interface PerformanceAssociation {
  attribute: string;
  label: string;
  metric: string;
  /** Firms with both values. */
  n: number;
  rho: number | null;
}

export const PERFORMANCE_METRICS = ['degree', 'betweenness', 'brokerageTotal', 'constraint'];
/** Below this many firms a correlation is not reported. */
export const MIN_PERFORMANCE_N = 5;
/** Numeric fields that describe a place or a date, not performance. */
const NOT_PERFORMANCE = new Set(['lat', 'lon', 'x', 'y', 'founded', 'year', 'latitude', 'longitude']);

/**
 * Spearman correlations between each numeric attribute of firms (employees, turnover...) and their
 * network position. Association, not effect: a large firm may have many partners because it is
 * large, or grow because of them, or neither.
 */
/** The numeric organisation fields that can describe performance (not coordinates or dates). */
export const performanceFieldsOf = (dataset: Dataset) =>
  dataset.schema.organisation.filter(
    (field) => field.type === 'number' && !NOT_PERFORMANCE.has(field.key.toLowerCase()),
  );

export function firmPerformance(
  dataset: Dataset,
  roleOf: (id: string) => Role,
  nodeMetrics: Record<string, Record<string, MetricValue>>,
): PerformanceAssociation[] {
  const fields = performanceFieldsOf(dataset);
  const firms = dataset.organisations.filter((organisation) => roleOf(organisation.id) === 'business');
  const results: PerformanceAssociation[] = [];
  for (const field of fields)
    for (const metric of PERFORMANCE_METRICS) {
      const x: number[] = [];
      const y: number[] = [];
      for (const firm of firms) {
        const value = firm.attributes[field.key];
        const position = nodeMetrics[metric]?.[firm.id];
        if (typeof value !== 'number' || !Number.isFinite(value) || typeof position !== 'number') continue;
        x.push(value);
        y.push(position);
      }
      if (x.length < MIN_PERFORMANCE_N) continue;
      results.push({ attribute: field.key, label: field.label, metric, n: x.length, rho: spearman(x, y) });
    }
  return results;
}
