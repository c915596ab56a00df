import type { FieldSchema } from '../model/types';
import type { RawTable } from './parseCsv';
import { attributeKeyOf, type ColumnField } from './columns';
import { inferColumnType } from './typeCells';
import { detectDecimalMark, type DecimalMark } from './numbers';

/** A column kept as a typed attribute. */
export interface AttributeColumn {
  index: number;
  field: FieldSchema;
  mark: DecimalMark;
}

/** Spreadsheet row number of the table's row at `index` (header = row 1). */
export const rowNumber = (table: RawTable, index: number): number => (table.firstRow ?? 2) + index;

/** Column index of each mapped core field. */
export function fieldIndexes(fields: readonly (ColumnField | null)[]): Map<ColumnField, number> {
  const indexes = new Map<ColumnField, number>();
  fields.forEach((field, index) => {
    if (field && !indexes.has(field)) indexes.set(field, index);
  });
  return indexes;
}

/** The cells of one column, as written. */
export const columnCells = (table: RawTable, index: number): string[] => table.rows.map((row) => row[index] ?? '');

const tableMarks = new WeakMap<RawTable, DecimalMark>();
const SAMPLE_ROWS = 2000;

/** The decimal mark a whole table uses, from a sample of its rows (remembered per table). */
export function tableMark(table: RawTable): DecimalMark {
  let mark = tableMarks.get(table);
  if (mark === undefined) {
    mark = detectDecimalMark(table.rows.slice(0, SAMPLE_ROWS).flat());
    tableMarks.set(table, mark);
  }
  return mark;
}

/** The decimal mark one column uses; the table's when the column's cells do not tell. */
export const columnMark = (table: RawTable, index: number | undefined): DecimalMark =>
  index === undefined ? tableMark(table) : detectDecimalMark(columnCells(table, index), tableMark(table));

/**
 * Every column not mapped to a core field becomes a typed attribute. A header that names a field the
 * app knows by another word ("sigle", "Gründungsjahr", "site web") is kept under that field's key
 * (shortName, founded, url), its header as the label. Headers that are empty or repeated get a
 * unique key ("column 4", "name (2)") so that no column overwrites another.
 */
export function attributeColumns(table: RawTable, fields: readonly (ColumnField | null)[]): AttributeColumn[] {
  const used = new Set<string>();
  const columns: AttributeColumn[] = [];
  table.header.forEach((label, index) => {
    if (fields[index]) return;
    const known = attributeKeyOf(label);
    let key = label === '' ? `column ${index + 1}` : known && !used.has(known) ? known : label;
    for (let copy = 2; used.has(key); copy++) key = `${label} (${copy})`;
    used.add(key);
    const { type, mark } = inferColumnType(columnCells(table, index), tableMark(table));
    columns.push({ index, field: { key, label: label === '' ? key : label, type }, mark });
  });
  return columns;
}
