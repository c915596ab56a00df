import Papa from 'papaparse';
import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import { formatCell, organisationColumns, tieColumns, type ExportColumn } from './columns';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel reads the file as UTF-8. */
  bom?: boolean;
}

/**
 * OWASP CSV-injection guidance: a cell a spreadsheet could run as a formula (= + - @ tab CR at the start) gets a
 * leading single quote. Plain numbers such as -5 are left alone: they cannot be formulas, and quoting them would turn
 * numbers into text. Text that already looks guarded ('=…) gets a quote too, so that the importer's undo
 * (restoreNeutralisedCells) is exact. Linear time: the number part never splits a digit run to retry.
 */
const FORMULA_RISK = /^(?:(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$)[=+\-@\t\r]|'+[=+\-@\t\r])/i;

/**
 * How every CSV of the app is written, by papaparse's unparse: RFC 4180 quoting (a field with a comma, a double
 * quote, a line break or an outer space is quoted, quotes doubled), CRLF line ends, formulas escaped with
 * FORMULA_RISK (an escaped field is also quoted), and a semicolon quoted too: Excel in German, French or Dutch
 * settings splits on it.
 */
const UNPARSE_CONFIG = {
  escapeFormulae: FORMULA_RISK,
  quotes: (value: unknown) => typeof value === 'string' && value.includes(';'),
  newline: '\r\n',
} satisfies Papa.UnparseConfig;

/** The text a spreadsheet will show for a cell after the formula guard: `'` before a risky cell. */
export function neutraliseCell(text: string): string {
  return FORMULA_RISK.test(text) ? `'${text}` : text;
}

/** Rows of cells to CSV text, each line ending in CRLF. Numbers are written as numbers, null and undefined empty. */
export function writeCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.length === 0 ? '' : `${Papa.unparse(rows as unknown[][], UNPARSE_CONFIG)}\r\n`;
}

/** One text cell as any CSV of the app writes it: guarded against formulas, then quoted if it needs to be. */
export const csvField = (text: string): string => writeCsv([[text]]).slice(0, -2);

/** Rows to CSV text: header first, CRLF line ends (RFC 4180), every cell neutralised and quoted. */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: readonly Row[], options: CsvOptions = {}): string {
  const cells = [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => formatCell(column.read(row)))),
  ];
  return `${options.bom ? '\uFEFF' : ''}${writeCsv(cells)}`;
}

/** The organisations table, with the analysis' metrics as extra columns when they are computed. */
export function organisationsCsv(dataset: Dataset, analysis: AnalysisResults | null, options: CsvOptions = {}): string {
  return toCsv(organisationColumns(dataset, analysis), dataset.organisations, options);
}

/** The ties table: source and target are organisation ids. */
export function tiesCsv(dataset: Dataset, options: CsvOptions = {}): string {
  return toCsv(tieColumns(dataset), dataset.ties, options);
}
