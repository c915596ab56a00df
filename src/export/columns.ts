import type { AnalysisResults, MetricValue } from '../analysis/types';
import type { AttributeValue, Dataset, FieldSchema, FieldType, Organisation, Tie } from '../model/types';
import { ORGANISATION_FIELDS, TIE_FIELDS, matchColumn } from '../import/columns';
import { ATTRIBUTE_SYNONYMS } from '../import/headerSynonyms';

/** How a column is typed in formats that carry types (GEXF, GraphML). */
export type ExportType = 'string' | 'number' | 'integer' | 'boolean' | 'url';

export type CellValue = AttributeValue | MetricValue | undefined;

/** One column of an export: its header, its type, and how to read it from a row. */
export interface ExportColumn<Row> {
  header: string;
  type: ExportType;
  read: (row: Row) => CellValue;
}

const TYPE_OF_FIELD: Record<FieldType, ExportType> = {
  number: 'number',
  year: 'integer',
  boolean: 'boolean',
  url: 'url',
  text: 'string',
  list: 'string',
};

type OrgCore = (typeof ORGANISATION_FIELDS)[number];
type TieCore = (typeof TIE_FIELDS)[number];

const ORG_CORE_TYPES: Record<OrgCore, ExportType> = {
  id: 'string',
  name: 'string',
  type: 'string',
  city: 'string',
  country: 'string',
  sector: 'string',
  cluster: 'string',
  lat: 'number',
  lon: 'number',
  x: 'number',
  y: 'number',
};
const TIE_CORE_TYPES: Record<TieCore, ExportType> = {
  source: 'string',
  target: 'string',
  type: 'string',
  weight: 'number',
  year: 'integer',
  directed: 'boolean',
};
const ALWAYS_ORG: ReadonlySet<string> = new Set(['id', 'name']);
const ALWAYS_TIE: ReadonlySet<string> = new Set(['source', 'target', 'weight', 'directed']);

/**
 * A core column is written when some row has a value, or when an attribute's header would be read
 * back as that core field if the core column were missing (the importer maps the first column
 * naming a field, and core columns come first).
 */
function neededCore<F extends OrgCore | TieCore>(
  fields: readonly F[],
  rows: readonly Partial<Record<F, unknown>>[],
  schema: FieldSchema[],
  always: ReadonlySet<string>,
): F[] {
  const shadowed = new Set(
    attributeHeaders(schema)
      .map((header) => matchColumn(header, fields))
      .filter((field) => field !== undefined),
  );
  return fields.filter(
    (field) => always.has(field) || shadowed.has(field) || rows.some((row) => row[field] !== undefined),
  );
}

/**
 * An attribute's column header: its key, except an attribute the import kept under a known key
 * (shortName for "sigle", founded for "Gründungsjahr") goes out under the header it came in with,
 * when no other column has that header; read back, the header maps to the same key.
 */
function attributeHeaders(schema: readonly FieldSchema[]): string[] {
  const keys = new Set(schema.map((field) => field.key));
  const renamed = schema.filter((field) => field.label !== field.key && Object.hasOwn(ATTRIBUTE_SYNONYMS, field.key));
  const labelCount = new Map<string, number>();
  for (const field of renamed) labelCount.set(field.label, (labelCount.get(field.label) ?? 0) + 1);
  return schema.map((field) =>
    renamed.includes(field) && !keys.has(field.label) && labelCount.get(field.label) === 1 && field.label !== ''
      ? field.label
      : field.key,
  );
}

const attributeColumns = <Row extends { attributes: Record<string, AttributeValue> }>(
  schema: FieldSchema[],
): ExportColumn<Row>[] => {
  const headers = attributeHeaders(schema);
  return schema.map((field, index) => ({
    header: headers[index] ?? field.key,
    type: TYPE_OF_FIELD[field.type],
    read: (row: Row) => (Object.hasOwn(row.attributes, field.key) ? row.attributes[field.key] : null),
  }));
};

/** Metric columns: headed by the metric id, suffixed when an attribute already has that name. */
function metricColumns(analysis: AnalysisResults | null, taken: Set<string>): ExportColumn<Organisation>[] {
  if (!analysis) return [];
  return analysis.metrics.map((metric) => {
    let header = metric.id;
    while (taken.has(header)) header = `${header} (metric)`;
    taken.add(header);
    const values = analysis.nodeMetrics[metric.id] ?? {};
    return {
      header,
      type: metric.kind === 'number' ? 'number' : 'string',
      read: (org: Organisation) => values[org.id],
    };
  });
}

/** Columns of the organisations export: core fields, attributes, then metrics. */
export function organisationColumns(
  dataset: Dataset,
  analysis: AnalysisResults | null = null,
): ExportColumn<Organisation>[] {
  const core = neededCore(ORGANISATION_FIELDS, dataset.organisations, dataset.schema.organisation, ALWAYS_ORG);
  const columns: ExportColumn<Organisation>[] = [
    ...core.map((field) => ({ header: field, type: ORG_CORE_TYPES[field], read: (org: Organisation) => org[field] })),
    ...attributeColumns<Organisation>(dataset.schema.organisation),
  ];
  // Metrics of another data set (stale cache) would be wrong: only export the matching ones.
  const matching = analysis && analysis.datasetId === dataset.id ? analysis : null;
  return [...columns, ...metricColumns(matching, new Set(columns.map((column) => column.header)))];
}

/** Columns of the ties export: core fields, then attributes. */
export function tieColumns(dataset: Dataset): ExportColumn<Tie>[] {
  const core = neededCore(TIE_FIELDS, dataset.ties, dataset.schema.tie, ALWAYS_TIE);
  return [
    ...core.map((field) => ({ header: field, type: TIE_CORE_TYPES[field], read: (tie: Tie) => tie[field] })),
    ...attributeColumns<Tie>(dataset.schema.tie),
  ];
}

/** A number as text that reads back as the same number (keeps -0). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Object.is(value, -0) ? '-0' : String(value);
}

/** A cell as text: missing values are empty, lists are joined with " | ". */
export function formatCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(' | ');
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** The column's type, widened to 'number' when an 'integer' column holds a fraction. */
export function effectiveType<Row>(column: ExportColumn<Row>, rows: readonly Row[]): ExportType {
  if (column.type !== 'integer') return column.type;
  return rows.every((row) => {
    const value = column.read(row);
    return typeof value !== 'number' || Number.isInteger(value);
  })
    ? 'integer'
    : 'number';
}
