import type { RawTable } from './parseCsv';

const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Undo one cell's CSV-injection guard: `'=SUM(1)` reads back as `=SUM(1)`. */
export function restoreNeutralisedCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/**
 * Our CSV export prefixes cells a spreadsheet could run as formulas with a single quote (OWASP
 * guidance, src/export/csv.ts); reading such a file gives the original text back.
 */
export function restoreNeutralisedCells(table: RawTable): RawTable {
  return {
    header: table.header.map(restoreNeutralisedCell),
    rows: table.rows.map((row) => row.map(restoreNeutralisedCell)),
  };
}
