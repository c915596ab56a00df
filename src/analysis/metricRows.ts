import { ROLE_LABELS, roleFor, type Role, type RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';
import type { AnalysisResults, MetricValue } from './types';
import { compareSortValues, isMissing } from '../table/sortRows';

/** One organisation in the metrics table. */
export interface MetricRow {
  id: string;
  name: string;
  role: Role;
  city: string;
}

export interface MetricQuery {
  search: string;
  /** Only this role, or null for every role. */
  role: Role | null;
  /** 'name', 'role', 'city' or a metric id. */
  sortBy: string;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_METRIC_QUERY: MetricQuery = { search: '', role: null, sortBy: 'degree', direction: 'descending' };

/**
 * Rows of the metrics table: every organisation with its role and city. Metric values are read
 * from the analysis when needed (copying 20 values for 20,000 rows cost a long main-thread task).
 */
export function metricRows(dataset: Dataset, roleOverrides: RoleOverrides): MetricRow[] {
  return dataset.organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    role: roleFor(organisation.type, roleOverrides),
    city: organisation.city ?? '',
  }));
}

/** A row's value of a metric, or undefined when the analysis has none. */
export const metricValue = (
  analysis: AnalysisResults | null,
  metricId: string,
  row: MetricRow,
): MetricValue | undefined => analysis?.nodeMetrics[metricId]?.[row.id];

/** What the metrics table sorts a row by: its name, role or city, or a metric's value. */
export const metricSortValue = (
  analysis: AnalysisResults | null,
  key: string,
  row: MetricRow,
): MetricValue | undefined =>
  key === 'name'
    ? row.name
    : key === 'role'
      ? ROLE_LABELS[row.role]
      : key === 'city'
        ? row.city
        : metricValue(analysis, key, row);

/** Filter by role and search text (name, city or id), then sort (missing values last); ties keep the name order. */
export function queryMetricRows(rows: MetricRow[], query: MetricQuery, analysis: AnalysisResults | null): MetricRow[] {
  const needle = query.search.trim().toLocaleLowerCase();
  return rows
    .filter(
      (row) =>
        (query.role === null || row.role === query.role) &&
        (needle === '' || `${row.name}\n${row.city}\n${row.id}`.toLocaleLowerCase().includes(needle)),
    )
    .sort((x, y) => {
      const [a, b] = [metricSortValue(analysis, query.sortBy, x), metricSortValue(analysis, query.sortBy, y)];
      // Two missing values keep the data set's order.
      return compareSortValues(a, b, query.direction) || (isMissing(a) ? 0 : x.name.localeCompare(y.name));
    });
}

/** A metric value as the table shows it: integers plain, fractions to 4 significant digits. */
export function formatMetric(value: MetricValue | undefined): string {
  if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '—';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return value.toLocaleString('en');
  return Math.abs(value) >= 1000
    ? value.toLocaleString('en', { maximumFractionDigits: 1 })
    : Number(value.toPrecision(4)).toString();
}
