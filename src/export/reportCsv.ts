import type { ImportReport, ReportEntry } from '../model/types';
import { csvField, writeCsv } from './csv';

/**
 * A cell a spreadsheet would run as a formula (= + - @ tab CR at the start) gets a leading
 * apostrophe, as OWASP advises against CSV injection; then it is quoted if it needs to be.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : csvField(value);
}

const COLUMNS = ['severity', 'kind', 'file', 'row', 'column', 'problem', 'action'] as const;

/** The import report as CSV: one line per entry, with the file, spreadsheet row and column. */
export function reportToCsv(report: ImportReport): string {
  return writeCsv([COLUMNS, ...report.entries.map((entry) => COLUMNS.map((column) => entry[column]))]);
}

export const ENTRY_SORT_KEYS = ['kind', 'file', 'row', 'severity'] as const;
export type EntrySortKey = (typeof ENTRY_SORT_KEYS)[number];

/** Errors first, then warnings, then notes. */
export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Entries sorted by one key (file, then row, keep the order within a tie); the input is not changed. */
export function sortEntries(entries: readonly ReportEntry[], key: EntrySortKey): ReportEntry[] {
  const byPlace = (a: ReportEntry, b: ReportEntry) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0);
  const compare: Record<EntrySortKey, (a: ReportEntry, b: ReportEntry) => number> = {
    kind: (a, b) => a.kind.localeCompare(b.kind) || byPlace(a, b),
    file: byPlace,
    row: (a, b) => (a.row ?? 0) - (b.row ?? 0) || a.file.localeCompare(b.file),
    severity: (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.kind.localeCompare(b.kind) || byPlace(a, b),
  };
  return [...entries].sort(compare[key]);
}

/** Problems (errors and warnings) and notes (info) in a report. */
export function countEntries(report: ImportReport): { problems: number; notes: number } {
  const problems = report.entries.filter((entry) => entry.severity !== 'info').length;
  return { problems, notes: report.entries.length - problems };
}
