/**
 * The data model: plain, serialisable data (no class instances, no graph objects), so that it
 * crosses worker boundaries, IndexedDB and project files unchanged.
 */

/** A cell value after typing. `null` is a missing value, never zero. */
export type AttributeValue = string | number | boolean | string[] | null;

/**
 * Extra columns of a row. Built with `createAttributes()` (null prototype) so that a header such
 * as `__proto__` is an ordinary key, never a prototype.
 */
export type Attributes = Record<string, AttributeValue>;

export type FieldType = 'number' | 'year' | 'boolean' | 'url' | 'text' | 'list';

export interface FieldSchema {
  /** Key in `attributes` (or a core field name). */
  key: string;
  /** Header as written in the file. */
  label: string;
  type: FieldType;
}

export interface Organisation {
  id: string;
  name: string;
  /** As written in the data, e.g. "University", "Cluster organisation", "Hochschule". */
  type?: string;
  city?: string;
  country?: string;
  sector?: string;
  cluster?: string;
  lat?: number;
  lon?: number;
  x?: number;
  y?: number;
  /** True for an organisation created because a tie named it but no row described it. */
  placeholder?: boolean;
  attributes: Attributes;
}

export interface Tie {
  id: string;
  /** Organisation id. */
  source: string;
  /** Organisation id. */
  target: string;
  type?: string;
  /** Defaults to 1 when the data has no weight. */
  weight: number;
  year?: number;
  directed: boolean;
  /** Number of input rows merged into this tie (set when duplicate ties are merged). */
  count?: number;
  attributes: Attributes;
}

export interface Dataset {
  /** Stable name of the data set, derived from its file names (used in URLs and storage). */
  id: string;
  /** Shown in the header. */
  name: string;
  /** Names of the files it came from. */
  files: string[];
  /** Set for the embedded demo, which the UI must label as illustrative. */
  illustrative?: boolean;
  organisations: Organisation[];
  ties: Tie[];
  schema: { organisation: FieldSchema[]; tie: FieldSchema[] };
}

export type ReportSeverity = 'error' | 'warning' | 'info';

/** One line of the import report: where, what is wrong, what was done. */
export interface ReportEntry {
  severity: ReportSeverity;
  /** Short machine-readable kind, e.g. 'duplicate-id', 'unknown-reference', 'self-tie'. */
  kind: string;
  file: string;
  /** Row as a spreadsheet shows it (header = row 1); null for file-level entries. */
  row: number | null;
  column: string | null;
  problem: string;
  action: string;
}

/** A suggested merge of two organisations whose names differ only in case, accents or abbreviation. */
export interface MergeSuggestion {
  /** The organisation that would disappear... */
  from: string;
  fromName: string;
  /** ...into this one, which keeps its row. */
  into: string;
  intoName: string;
}

export interface ImportReport {
  files: { name: string; encoding?: string; rows: number; format: string }[];
  entries: ReportEntry[];
  /** Near-duplicate organisations the user may merge (absent when there are none). */
  suggestions?: MergeSuggestion[];
}

export interface ImportResult {
  dataset: Dataset;
  report: ImportReport;
}

/** A null-prototype attribute bag: keys like `__proto__` stay plain data. */
export function createAttributes(entries: Iterable<readonly [string, AttributeValue]> = []): Attributes {
  const attributes = Object.create(null) as Attributes;
  for (const [key, value] of entries) attributes[key] = value;
  return attributes;
}
