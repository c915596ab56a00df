import type { Attributes, FieldSchema, ReportEntry } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTable } from './parseCsv';
import type { ColumnField } from './columns';
import { parseNumberCell, typeCell } from './typeCells';
import { attributeColumns, columnCells, columnMark, fieldIndexes, rowNumber } from './tableColumns';

/** A tie as written in the file: its ends are still names or ids, not yet resolved. */
export interface RawTie {
  file: string;
  row: number;
  sourceColumn: string;
  targetColumn: string;
  source: string;
  target: string;
  type?: string;
  weight: number;
  year?: number;
  directed: boolean;
  attributes: Attributes;
}

export interface TieTableResult {
  ties: RawTie[];
  schema: FieldSchema[];
  entries: ReportEntry[];
}

const DIRECTED = /^(true|yes|1|directed|gerichtet|dirige|dirigido|gericht|riktad|suunnattu|iranyitott|ja|oui|si)$/i;
const DIRECTEDNESS = /^(directed|undirected|mutual)$/i;

/** Gephi writes directedness in its edge "Type" column: such a column is read as `directed`. */
function typeIsDirectedness(table: RawTable, index: number | undefined): boolean {
  if (index === undefined) return false;
  const filled = columnCells(table, index).filter((cell) => cell.trim() !== '');
  return filled.length > 0 && filled.every((cell) => DIRECTEDNESS.test(cell.trim()));
}

/** A year cell: a number, or the year at the start of a date such as 2010-05-01. */
function readYear(text: string, mark: '.' | ','): number | undefined {
  const value = parseNumberCell(text, mark);
  if (value === undefined || !Number.isNaN(value)) return value;
  const dated = /^(\d{4})[-/.]\d{1,2}([-/.]\d{1,2})?$/.exec(text);
  return dated ? Number(dated[1]) : Number.NaN;
}

/** Turn a ties table into raw ties; numbers that are not numbers are reported, never read as 0. */
export function toTies(file: string, table: RawTable, fields: readonly (ColumnField | null)[]): TieTableResult {
  const indexes = fieldIndexes(fields);
  if (typeIsDirectedness(table, indexes.get('type')) && !indexes.has('directed')) {
    indexes.set('directed', indexes.get('type')!);
    indexes.delete('type');
  }
  const attributes = attributeColumns(table, fields);
  const weightMark = columnMark(table, indexes.get('weight'));
  const column = (field: ColumnField) => table.header[indexes.get(field) ?? -1] ?? field;
  // Column positions looked up once, not per row: this loop runs for every tie of the file.
  const [at, cell] = [
    (field: ColumnField) => indexes.get(field) ?? -1,
    (row: string[], index: number) => (index < 0 ? '' : (row[index] ?? '').trim()),
  ];
  const [sourceAt, targetAt, typeAt, weightAt, yearAt, directedAt] = [
    at('source'),
    at('target'),
    at('type'),
    at('weight'),
    at('year'),
    at('directed'),
  ];
  const entries: ReportEntry[] = [];
  const ties: RawTie[] = [];
  const sourceColumn = column('source');
  const targetColumn = column('target');
  const notANumber = (row: number, field: 'weight' | 'year', text: string, action: string) =>
    entries.push({
      severity: 'warning',
      kind: 'not-a-number',
      file,
      row,
      column: column(field),
      problem: `"${text}" is not a number.`,
      action,
    });
  table.rows.forEach((row, rowIndex) => {
    const spreadsheetRow = rowNumber(table, rowIndex);
    const source = cell(row, sourceAt);
    const target = cell(row, targetAt);
    if (source === '' || target === '') {
      const missing = source === '' ? 'source' : 'target';
      entries.push({
        severity: 'error',
        kind: 'missing-end',
        file,
        row: spreadsheetRow,
        column: column(missing),
        problem: `Tie has no ${missing}.`,
        action: 'Row left out.',
      });
      return;
    }
    const weightText = cell(row, weightAt);
    let weight = parseNumberCell(weightText, weightMark);
    if (weight !== undefined && Number.isNaN(weight)) {
      notANumber(spreadsheetRow, 'weight', weightText, 'Weight set to 1.');
      weight = undefined;
    }
    const yearText = cell(row, yearAt);
    const year = readYear(yearText, '.');
    if (year !== undefined && Number.isNaN(year)) notANumber(spreadsheetRow, 'year', yearText, 'Year left empty.');
    const tie: RawTie = {
      file,
      row: spreadsheetRow,
      sourceColumn,
      targetColumn,
      source,
      target,
      weight: weight ?? 1,
      directed: directedAt >= 0 && DIRECTED.test(cell(row, directedAt)),
      attributes:
        attributes.length === 0
          ? createAttributes()
          : createAttributes(
              attributes.map(({ index, field, mark }) => [field.key, typeCell(row[index], field.type, mark)] as const),
            ),
    };
    const type = cell(row, typeAt);
    if (type !== '') tie.type = type;
    if (year !== undefined && !Number.isNaN(year)) tie.year = year;
    ties.push(tie);
  });
  return { ties, schema: attributes.map(({ field }) => field), entries };
}
