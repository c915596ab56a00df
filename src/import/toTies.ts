import type { FieldSchema, ReportEntry } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTable } from './parseCsv';
import { TIE_FIELDS, mapColumns, type TieField } from './columns';
import { inferFieldType, parseNumberCell, typeCell } from './typeCells';

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
  attributes: ReturnType<typeof createAttributes>;
}

export interface TieTableResult {
  ties: RawTie[];
  schema: FieldSchema[];
  entries: ReportEntry[];
}

/** Turn a ties table into raw ties; numbers that are not numbers are reported, never read as 0. */
export function toTies(file: string, table: RawTable): TieTableResult {
  const mapping = mapColumns(table.header, TIE_FIELDS);
  const mappedIndexes = new Set(mapping.values());
  const schema: FieldSchema[] = [];
  const attributeColumns: { index: number; field: FieldSchema }[] = [];
  table.header.forEach((label, index) => {
    if (mappedIndexes.has(index) || label === '') return;
    const field: FieldSchema = { key: label, label, type: inferFieldType(table.rows.map((row) => row[index] ?? '')) };
    schema.push(field);
    attributeColumns.push({ index, field });
  });
  const column = (field: TieField) => table.header[mapping.get(field) ?? -1] ?? field;
  const cell = (row: string[], field: TieField) => {
    const index = mapping.get(field);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const entries: ReportEntry[] = [];
  const ties: RawTie[] = [];
  table.rows.forEach((row, rowIndex) => {
    const spreadsheetRow = rowIndex + 2;
    const source = cell(row, 'source');
    const target = cell(row, 'target');
    if (source === '' || target === '') {
      const missing = source === '' ? 'source' : 'target';
      entries.push({ severity: 'error', kind: 'missing-end', file, row: spreadsheetRow, column: column(missing), problem: `Tie has no ${missing}.`, action: 'Row left out.' });
      return;
    }
    const number = (field: 'weight' | 'year') => {
      const value = parseNumberCell(cell(row, field));
      if (value !== undefined && Number.isNaN(value)) {
        entries.push({ severity: 'warning', kind: 'not-a-number', file, row: spreadsheetRow, column: column(field), problem: `"${cell(row, field)}" is not a number.`, action: field === 'weight' ? 'Weight set to 1.' : 'Year left empty.' });
        return undefined;
      }
      return value;
    };
    const type = cell(row, 'type');
    const year = number('year');
    ties.push({
      file,
      row: spreadsheetRow,
      sourceColumn: column('source'),
      targetColumn: column('target'),
      source,
      target,
      ...(type === '' ? {} : { type }),
      weight: number('weight') ?? 1,
      ...(year === undefined ? {} : { year }),
      directed: /^(true|yes|1|directed)$/i.test(cell(row, 'directed')),
      attributes: createAttributes(attributeColumns.map(({ index, field }) => [field.key, typeCell(row[index], field.type)] as const)),
    });
  });
  return { ties, schema, entries };
}
