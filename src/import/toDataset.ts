import type { Dataset, FieldSchema, ImportReport, ImportResult, Organisation, ReportEntry } from '../model/types';
import type { RawTable } from './parseCsv';
import type { ColumnField } from './columns';
import type { GroupMode, TableRole } from './tableMapping';
import { FIELDS_BY_ROLE, proposeMapping } from './tableMapping';
import { ImportError } from './ImportError';
import { toOrganisations } from './toOrganisations';
import { toTies, type RawTie } from './toTies';
import { resolveTies } from './resolveTies';
import { fromMembership } from './membership';
import { applyMerges, mergeAliases, suggestMerges, type MergedOrganisation } from './nearDuplicates';
import { mergeDuplicateTies } from './mergeDuplicateTies';
import { attributeKeyOf, mapColumns } from './columns';
import { repairTable } from './repairMojibake';
import { inferColumnType, typeCell } from './typeCells';
import { nameCountries } from '../domain/countries';
import { mergeCitySpellings } from './cityNames';
import { linkListed, readLinkedLists, type LinkedList } from './linkedOrganisations';

/** A parsed input table, what it holds and (once known) which field each column fills. */
export interface SourceTable {
  file: string;
  role: TableRole;
  table: RawTable;
  /** Per column: the core field it fills; proposed from the headers when absent. */
  fields?: (ColumnField | null)[];
  groupMode?: GroupMode;
  /** What reading the file already found (repaired text, for one). */
  entries?: ReportEntry[];
}

/** Choices the user makes about references and duplicates. */
export interface DatasetOptions {
  dropUnknownTies?: boolean;
  mergeDuplicateTies?: boolean;
  /** Accepted near-duplicate merges: [organisation id that disappears, id it merges into]. */
  acceptedMerges?: [string, string][];
}

export interface DatasetMeta extends DatasetOptions {
  name: string;
  files: string[];
  illustrative?: boolean;
  report: ImportReport['files'];
  /** Called as the building goes (0..1): large files spend seconds here after parsing. */
  onProgress?: (fraction: number) => void;
}

/** Append many items: `push(...items)` overflows the call stack at a few hundred thousand. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Keep the first of each id; later rows with the same id are reported. */
function dropDuplicateIds(organisations: MergedOrganisation[], entries: ReportEntry[]): MergedOrganisation[] {
  const seen = new Set<string>();
  return organisations.filter(({ organisation, file, row }) => {
    if (!seen.has(organisation.id)) {
      seen.add(organisation.id);
      return true;
    }
    entries.push({
      severity: 'warning',
      kind: 'duplicate-id',
      file,
      row,
      column: 'id',
      problem: `Id "${organisation.id}" appears again.`,
      action: 'First row kept, this row left out.',
    });
    return false;
  });
}

const mergeSchema = (schemas: FieldSchema[][]): FieldSchema[] => {
  const byKey = new Map<string, FieldSchema>();
  for (const field of schemas.flat()) if (!byKey.has(field.key)) byKey.set(field.key, field);
  return [...byKey.values()];
};

/** The fields of a table: as confirmed, or as its headers propose for its role. */
const fieldsOf = ({ role, table, fields }: SourceTable): (ColumnField | null)[] => {
  if (fields) return fields;
  const proposed = proposeMapping(table).mapping;
  if (proposed.role === role) return proposed.fields;
  const mapping = mapColumns(table.header, FIELDS_BY_ROLE[role]);
  const byIndex = new Map([...mapping].map(([field, index]) => [index, field]));
  return table.header.map((_, index) => byIndex.get(index) ?? null);
};

/** Read every table into organisations (with their rows) and raw ties. */
function readTables(tables: SourceTable[]) {
  const entries: ReportEntry[] = [];
  const organisations: MergedOrganisation[] = [];
  const rawTies: RawTie[] = [];
  const orgSchemas: FieldSchema[][] = [];
  const tieSchemas: FieldSchema[][] = [];
  const lists: LinkedList[] = [];
  for (const source of tables) {
    const { file, role } = source;
    const fields = fieldsOf(source);
    if (source.entries) append(entries, source.entries);
    const repaired = repairTable(file, source.table);
    const table = repaired.table;
    append(entries, repaired.entries);
    if (role === 'ties') {
      const result = toTies(file, table, fields);
      append(rawTies, result.ties);
      tieSchemas.push(result.schema);
      append(entries, result.entries);
      continue;
    }
    const result =
      role === 'membership'
        ? fromMembership(file, table, fields, source.groupMode)
        : { ...toOrganisations(file, table, fields), ties: [] };
    result.organisations.forEach((organisation, index) =>
      organisations.push({ organisation, file, row: result.rows[index] ?? null }),
    );
    append(lists, readLinkedLists(file, table, fields, result.organisations, result.rows));
    for (const tie of result.ties) rawTies.push(tie);
    orgSchemas.push(result.schema);
    append(entries, result.entries);
  }
  return { entries, organisations, rawTies, orgSchemas, tieSchemas, lists };
}

/**
 * An attribute the importer wrote (the city or country code as written), typed as a column of
 * the file would be, so that an export of the data set reads back the same.
 */
function typedAttribute(organisations: Organisation[], key: string): FieldSchema {
  const cells = organisations.map((org) => {
    const value = org.attributes[key];
    return typeof value === 'string' ? value : '';
  });
  const { type, mark } = inferColumnType(cells);
  organisations.forEach((org, index) => {
    if (Object.hasOwn(org.attributes, key)) org.attributes[key] = typeCell(cells[index], type, mark);
  });
  return { key, label: key, type };
}

/** Countries written as codes are named, and spellings of one city that differ in case or accents are shown as one. */
function normalisePlaces(organisations: Organisation[], file: string) {
  const countries = nameCountries(organisations, file);
  const cities = mergeCitySpellings(countries.organisations, file);
  const schema: FieldSchema[] = [];
  for (const key of [countries.codeKey, cities.writtenKey])
    if (key) schema.push(typedAttribute(cities.organisations, key));
  return { organisations: cities.organisations, schema, entries: [...countries.entries, ...cities.entries] };
}

/**
 * The one gate every input passes through: tables become a dataset and a report that accounts
 * for every row. Throws ImportError only when there is nothing usable at all.
 */
export function toDataset(tables: SourceTable[], meta: DatasetMeta): ImportResult {
  const read = readTables(tables);
  meta.onProgress?.(0.5);
  const entries = read.entries;
  const unique = dropDuplicateIds(read.organisations, entries);
  const shortNameKeys = read.orgSchemas
    .flat()
    .filter((field) => attributeKeyOf(field.label) === 'shortName')
    .map((field) => field.key);
  const linked = linkListed(unique, read.lists, shortNameKeys);
  const described = [...unique, ...linked.added];
  append(read.rawTies, linked.ties);
  append(entries, linked.entries);
  const inferOrganisations = !tables.some(({ role }) => role !== 'ties');
  const resolved = resolveTies(
    described.map(({ organisation }) => organisation),
    read.rawTies,
    { dropUnknownTies: meta.dropUnknownTies, inferOrganisations },
  );
  append(entries, resolved.entries);
  meta.onProgress?.(0.8);
  if (inferOrganisations && resolved.placeholders.length > 0) {
    entries.push({
      severity: 'info',
      kind: 'inferred-organisations',
      file: tables.map(({ file }) => file).join(', '),
      row: null,
      column: null,
      problem: 'No organisations table.',
      action: `${resolved.placeholders.length} organisations taken from the names in the ties.`,
    });
  }
  const everyone: MergedOrganisation[] = [
    ...described,
    ...resolved.placeholders.map((organisation) => ({ organisation, file: '', row: null })),
  ];
  const aliases = mergeAliases(meta.acceptedMerges ?? [], new Set(everyone.map(({ organisation }) => organisation.id)));
  const merged =
    aliases.size > 0
      ? applyMerges(everyone, resolved.ties, resolved.origins, aliases)
      : { organisations: everyone, ties: resolved.ties, origins: resolved.origins, entries: [] };
  append(entries, merged.entries);
  let ties = merged.ties;
  if (meta.mergeDuplicateTies) {
    const deduplicated = mergeDuplicateTies(ties, merged.origins);
    ties = deduplicated.ties;
    append(entries, deduplicated.entries);
  }
  const places = normalisePlaces(
    merged.organisations.map(({ organisation }) => organisation),
    tables.map(({ file }) => file).join(', '),
  );
  append(entries, places.entries);
  const organisations = places.organisations;
  if (organisations.length === 0) throw new ImportError(`${meta.files.join(', ')}: no organisations or ties found.`);
  const dataset: Dataset = {
    id: datasetIdFor(meta.files),
    name: meta.name,
    files: meta.files,
    ...(meta.illustrative ? { illustrative: true } : {}),
    organisations,
    ties,
    schema: { organisation: mergeSchema([...read.orgSchemas, places.schema]), tie: mergeSchema(read.tieSchemas) },
  };
  const suggestions = suggestMerges(organisations);
  return { dataset, report: { files: meta.report, entries, ...(suggestions.length > 0 ? { suggestions } : {}) } };
}

/** A stable, URL-safe name for a data set made from these files. */
export function datasetIdFor(files: string[]): string {
  const base = files
    .map((file) => file.replace(/\.[^.]+$/, ''))
    .sort()
    .join('+');
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9+]+/g, '-')
      .replace(/^-|-$/g, '') || 'dataset'
  );
}
