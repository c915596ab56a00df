import type { FieldSchema, Organisation, ReportEntry } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTable } from './parseCsv';
import { ORGANISATION_FIELDS, mapColumns, type OrganisationField } from './columns';
import { inferFieldType, parseNumberCell, typeCell } from './typeCells';

const NUMERIC_FIELDS: ReadonlySet<OrganisationField> = new Set(['lat', 'lon', 'x', 'y']);

export interface OrganisationTableResult {
  organisations: Organisation[];
  /** Spreadsheet row of each organisation (header = row 1), parallel to `organisations`. */
  rows: number[];
  schema: FieldSchema[];
  entries: ReportEntry[];
}

/** Turn an organisations table into organisations; rows without id or name are reported. */
export function toOrganisations(file: string, table: RawTable): OrganisationTableResult {
  const mapping = mapColumns(table.header, ORGANISATION_FIELDS);
  const mappedIndexes = new Set(mapping.values());
  const schema: FieldSchema[] = [];
  const attributeColumns: { index: number; field: FieldSchema }[] = [];
  table.header.forEach((label, index) => {
    if (mappedIndexes.has(index) || label === '') return;
    const field: FieldSchema = { key: label, label, type: inferFieldType(table.rows.map((row) => row[index] ?? '')) };
    schema.push(field);
    attributeColumns.push({ index, field });
  });
  const entries: ReportEntry[] = [];
  const organisations: Organisation[] = [];
  const rows: number[] = [];
  const cell = (row: string[], field: OrganisationField) => {
    const index = mapping.get(field);
    const value = index === undefined ? '' : (row[index] ?? '').trim();
    return value === '' ? undefined : value;
  };
  table.rows.forEach((row, rowIndex) => {
    const spreadsheetRow = rowIndex + 2;
    const id = cell(row, 'id') ?? cell(row, 'name');
    if (id === undefined) {
      entries.push({ severity: 'error', kind: 'missing-id', file, row: spreadsheetRow, column: table.header[mapping.get('id') ?? mapping.get('name') ?? 0] ?? null, problem: 'Row has neither an id nor a name.', action: 'Row left out.' });
      return;
    }
    const organisation: Organisation = {
      id,
      name: cell(row, 'name') ?? id,
      attributes: createAttributes(attributeColumns.map(({ index, field }) => [field.key, typeCell(row[index], field.type)] as const)),
    };
    for (const field of ['type', 'city', 'country', 'sector', 'cluster'] as const) {
      const value = cell(row, field);
      if (value !== undefined) organisation[field] = value;
    }
    for (const field of NUMERIC_FIELDS) {
      const value = parseNumberCell(cell(row, field));
      if (value === undefined) continue;
      if (Number.isNaN(value)) {
        entries.push({ severity: 'warning', kind: 'not-a-number', file, row: spreadsheetRow, column: table.header[mapping.get(field) ?? 0] ?? field, problem: `"${cell(row, field)}" is not a number.`, action: `${field} left empty.` });
      } else {
        organisation[field as 'lat' | 'lon' | 'x' | 'y'] = value;
      }
    }
    organisations.push(organisation);
    rows.push(spreadsheetRow);
  });
  return { organisations, rows, schema, entries };
}
