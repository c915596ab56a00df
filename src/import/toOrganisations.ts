import type { FieldSchema, Organisation, ReportEntry } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTable } from './parseCsv';
import type { ColumnField } from './columns';
import { parseNumberCell, typeCell } from './typeCells';
import { parseLatLon } from './latLon';
import { attributeColumns, columnMark, fieldIndexes, rowNumber } from './tableColumns';

const TEXT_FIELDS = ['type', 'city', 'country', 'sector', 'cluster'] as const;
const NUMERIC_FIELDS = ['lat', 'lon', 'x', 'y'] as const;

export interface OrganisationTableResult {
  organisations: Organisation[];
  /** Spreadsheet row of each organisation (header = row 1), parallel to `organisations`. */
  rows: number[];
  schema: FieldSchema[];
  entries: ReportEntry[];
}

/** Turn an organisations table into organisations; rows without id or name are reported. */
export function toOrganisations(
  file: string,
  table: RawTable,
  fields: readonly (ColumnField | null)[],
): OrganisationTableResult {
  const indexes = fieldIndexes(fields);
  const attributes = attributeColumns(table, fields);
  const marks = new Map(NUMERIC_FIELDS.map((field) => [field, columnMark(table, indexes.get(field))]));
  const header = (field: ColumnField) => table.header[indexes.get(field) ?? -1] ?? field;
  const cell = (row: string[], field: ColumnField) => {
    const index = indexes.get(field);
    const value = index === undefined ? '' : (row[index] ?? '').trim();
    return value === '' ? undefined : value;
  };
  const entries: ReportEntry[] = [];
  const organisations: Organisation[] = [];
  const rows: number[] = [];
  table.rows.forEach((row, rowIndex) => {
    const spreadsheetRow = rowNumber(table, rowIndex);
    const id = cell(row, 'id') ?? cell(row, 'name');
    if (id === undefined) {
      entries.push({
        severity: 'error',
        kind: 'missing-id',
        file,
        row: spreadsheetRow,
        column: indexes.has('id') ? header('id') : indexes.has('name') ? header('name') : null,
        problem: 'Row has neither an id nor a name.',
        action: 'Row left out.',
      });
      return;
    }
    const organisation: Organisation = {
      id,
      name: cell(row, 'name') ?? id,
      attributes: createAttributes(
        attributes.map(({ index, field, mark }) => [field.key, typeCell(row[index], field.type, mark)] as const),
      ),
    };
    for (const field of TEXT_FIELDS) {
      const value = cell(row, field);
      if (value !== undefined) organisation[field] = value;
    }
    for (const field of NUMERIC_FIELDS) {
      const value = parseNumberCell(cell(row, field), marks.get(field));
      if (value === undefined) continue;
      if (Number.isNaN(value)) {
        entries.push({
          severity: 'warning',
          kind: 'not-a-number',
          file,
          row: spreadsheetRow,
          column: header(field),
          problem: `"${cell(row, field)}" is not a number.`,
          action: `${field} left empty.`,
        });
      } else {
        organisation[field] = value;
      }
    }
    const point = parseLatLon(cell(row, 'latlon'));
    if (point && organisation.lat === undefined && organisation.lon === undefined) {
      organisation.lat = point.lat;
      organisation.lon = point.lon;
    } else if (cell(row, 'latlon') !== undefined && !point) {
      entries.push({
        severity: 'warning',
        kind: 'not-a-position',
        file,
        row: spreadsheetRow,
        column: header('latlon'),
        problem: `"${cell(row, 'latlon')}" is not a "latitude, longitude" pair.`,
        action: 'Position left empty.',
      });
    }
    organisations.push(organisation);
    rows.push(spreadsheetRow);
  });
  return { organisations, rows, schema: attributes.map(({ field }) => field), entries };
}
