import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import { formatCell, organisationColumns, tieColumns, type ExportColumn } from './columns';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel reads the file as UTF-8. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that already looks guarded gets a quote too, so that the importer's undo is exact. */
const LOOKS_NEUTRALISED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(e[+-]?\d+)?$/i; // linear: no split of a digit run to retry

/**
 * OWASP CSV-injection guidance: a cell a spreadsheet could run as a formula gets a leading single
 * quote. Plain numbers such as -5 are left alone: they cannot be formulas, and quoting them would
 * turn numbers into text. The importer removes exactly this quote again (restoreNeutralisedCells).
 */
export function neutraliseCell(text: string): string {
  const risky = (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) || LOOKS_NEUTRALISED.test(text);
  return risky ? `'${text}` : text;
}

/**
 * RFC 4180: a field holding a comma, a double quote or a line break is quoted, quotes doubled.
 * A semicolon too: Excel in German, French or Dutch settings splits on it.
 */
export function quoteCell(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One text cell of any CSV the app writes: guarded against formulas, then quoted if needed. */
export const csvField = (text: string): string => quoteCell(neutraliseCell(text));

/** Rows to CSV text: header first, CRLF line ends (RFC 4180), every cell neutralised and quoted. */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: readonly Row[], options: CsvOptions = {}): string {
  const line = (cells: string[]) => cells.map(csvField).join(',');
  const lines = [
    line(columns.map((column) => column.header)),
    ...rows.map((row) => line(columns.map((column) => formatCell(column.read(row))))),
  ];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** The organisations table, with the analysis' metrics as extra columns when they are computed. */
export function organisationsCsv(dataset: Dataset, analysis: AnalysisResults | null, options: CsvOptions = {}): string {
  return toCsv(organisationColumns(dataset, analysis), dataset.organisations, options);
}

/** The ties table: source and target are organisation ids. */
export function tiesCsv(dataset: Dataset, options: CsvOptions = {}): string {
  return toCsv(tieColumns(dataset), dataset.ties, options);
}
