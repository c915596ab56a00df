import { ROLE_LABELS } from '../model/roles';
import { metricValue, type MetricRow } from '../analysis/metricRows';
import type { AnalysisResults, MetricValue } from '../analysis/types';
import { csvField, writeCsv } from './csv';

/**
 * One CSV cell, quoted when needed. Text starting with = + - @ tab or CR is prefixed with a quote
 * mark so a spreadsheet shows it as text instead of running it as a formula (CSV injection).
 * Numbers are written as numbers (a negative number is not a formula).
 */
export function csvCell(value: MetricValue | undefined | null): string {
  const cell = cellValue(value);
  return typeof cell === 'string' ? csvField(cell) : String(cell ?? '');
}

/** What writeCsv gets for a metric: a finite number, text, or nothing (NaN and infinities are left empty). */
const cellValue = (value: MetricValue | undefined | null): MetricValue | null =>
  value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;

/** The metrics table as CSV: id, name, role, city, then one column per metric (full precision). */
export function metricsCsv(rows: MetricRow[], analysis: AnalysisResults): string {
  const { metrics } = analysis;
  const header = ['id', 'name', 'role', 'city', ...metrics.map((metric) => metric.id)];
  const lines = rows.map((row) =>
    [
      row.id,
      row.name,
      ROLE_LABELS[row.role],
      row.city,
      ...metrics.map((metric) => metricValue(analysis, metric.id, row)),
    ].map(cellValue),
  );
  return writeCsv([header, ...lines]);
}
