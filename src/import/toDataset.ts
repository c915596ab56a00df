import type { Dataset, FieldSchema, ImportReport, ImportResult, Organisation, ReportEntry } from '../model/types';
import type { RawTable } from './parseCsv';
import { ImportError } from './ImportError';
import { toOrganisations } from './toOrganisations';
import { toTies, type RawTie } from './toTies';
import { resolveTies } from './resolveTies';

/** A parsed input table and what it holds. */
export interface SourceTable {
  file: string;
  role: 'organisations' | 'ties';
  table: RawTable;
}

export interface DatasetMeta {
  name: string;
  files: string[];
  illustrative?: boolean;
  report: ImportReport['files'];
}

/** Keep the first of each id; later rows with the same id are reported. */
function dropDuplicateIds(organisations: { org: Organisation; file: string; row: number }[], entries: ReportEntry[]): Organisation[] {
  const seen = new Set<string>();
  const kept: Organisation[] = [];
  for (const { org, file, row } of organisations) {
    if (seen.has(org.id)) {
      entries.push({ severity: 'warning', kind: 'duplicate-id', file, row, column: 'id', problem: `Id "${org.id}" appears again.`, action: 'First row kept, this row left out.' });
      continue;
    }
    seen.add(org.id);
    kept.push(org);
  }
  return kept;
}

const mergeSchema = (schemas: FieldSchema[][]): FieldSchema[] => {
  const byKey = new Map<string, FieldSchema>();
  for (const field of schemas.flat()) if (!byKey.has(field.key)) byKey.set(field.key, field);
  return [...byKey.values()];
};

/**
 * The one gate every input passes through: tables become a dataset and a report that accounts
 * for every row. Throws ImportError only when there is nothing usable at all.
 */
export function toDataset(tables: SourceTable[], meta: DatasetMeta): ImportResult {
  const entries: ReportEntry[] = [];
  const organisationRows: { org: Organisation; file: string; row: number }[] = [];
  const rawTies: RawTie[] = [];
  const orgSchemas: FieldSchema[][] = [];
  const tieSchemas: FieldSchema[][] = [];
  for (const { file, role, table } of tables) {
    if (role === 'organisations') {
      const result = toOrganisations(file, table);
      result.organisations.forEach((org, index) => organisationRows.push({ org, file, row: result.rows[index] ?? 0 }));
      orgSchemas.push(result.schema);
      for (const entry of result.entries) entries.push(entry);
    } else {
      const result = toTies(file, table);
      // A loop, not push(...spread): spreading 150k ties overflows the call stack.
      for (const tie of result.ties) rawTies.push(tie);
      tieSchemas.push(result.schema);
      for (const entry of result.entries) entries.push(entry);
    }
  }
  const organisations = dropDuplicateIds(organisationRows, entries);
  const resolved = resolveTies(organisations, rawTies);
  for (const entry of resolved.entries) entries.push(entry);
  const allOrganisations = [...organisations, ...resolved.placeholders];
  if (allOrganisations.length === 0) {
    throw new ImportError(`${meta.files.join(', ')}: no organisations or ties found.`);
  }
  const dataset: Dataset = {
    id: datasetIdFor(meta.files),
    name: meta.name,
    files: meta.files,
    ...(meta.illustrative ? { illustrative: true } : {}),
    organisations: allOrganisations,
    ties: resolved.ties,
    schema: { organisation: mergeSchema(orgSchemas), tie: mergeSchema(tieSchemas) },
  };
  return { dataset, report: { files: meta.report, entries } };
}

/** A stable, URL-safe name for a data set made from these files. */
export function datasetIdFor(files: string[]): string {
  const base = files.map((file) => file.replace(/\.[^.]+$/, '')).sort().join('+');
  return base.toLowerCase().replace(/[^a-z0-9+]+/g, '-').replace(/^-|-$/g, '') || 'dataset';
}
