import type { ImportReport, ImportResult } from '../model/types';
import { decodeBytes, looksBinary } from './decodeBytes';
import { ImportError } from './ImportError';
import { parseCsv } from './parseCsv';
import type { GraphTables } from './graphTables';
import { parseJson } from './parseJson';
import { parseXml } from './parseXml';
import { headerKey as planKey } from './columns';
import { planTable, type TableMapping, type TablePlan, type TableRole } from './tableMapping';
import { toDataset, type DatasetOptions, type SourceTable } from './toDataset';
import { restoreNeutralisedCells } from './restoreNeutralisedCells';
import { positionsEntry } from './carriedPositions';
import { turnOverY } from './vosviewerJson';

/** A file handed to the importer: its name and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Files larger than this are refused with a message that says the limit. */
export const MAX_FILE_BYTES = 250 * 1024 * 1024;

export interface ImportOptions extends DatasetOptions {
  /** Name shown in the header; defaults to the file names. */
  name?: string;
  illustrative?: boolean;
  onProgress?: (fraction: number) => void;
  /** Confirmed or remembered column mappings, keyed by the folded header list (`TablePlan.key`). */
  mappings?: Record<string, TableMapping>;
  /** Stop and return the tables' plans when a mapping needs the user's confirmation ('always': in any case). */
  askForMapping?: boolean | 'always';
  /** Files loaded just before: read together with these when each holds what the other lacks. */
  companions?: SourceFile[];
}

export type ImportOutcome = { kind: 'done'; result: ImportResult } | { kind: 'needs-mapping'; plans: TablePlan[] };

/** One file, read: its tables with their plans, and the line of the report that describes it. */
interface ReadFile {
  tables: { source: SourceTable; plan?: TablePlan }[];
  report: ImportReport['files'][number];
  name?: string;
  /** The file's y axis pointed up and was turned over (VOSviewer). */
  yFlipped?: boolean;
}

type Format = 'json' | 'xml' | 'table';

/** The format of a file, from its content (the extension is not trusted). */
export function detectFormat(text: string): Format {
  const start = text.trimStart().slice(0, 1);
  if (start === '{' || start === '[') return 'json';
  if (start === '<') return 'xml';
  return 'table';
}

/** Refuse a file over the size limit, saying its size and the limit (called before reading it, too). */
export function checkFileSize(name: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new ImportError(
      `${name}: the file is ${(bytes / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB.`,
    );
  }
}

/** Bytes to text, refusing what is empty, binary or too large. */
function decodeFile(file: SourceFile) {
  checkFileSize(file.name, file.bytes.length);
  if (file.bytes.length === 0) throw new ImportError(`${file.name}: the file is empty.`);
  const decoded = decodeBytes(file.bytes);
  if (looksBinary(decoded.text))
    throw new ImportError(`${file.name}: this looks like binary data, not a CSV, JSON, GEXF or GraphML file.`);
  if (decoded.text.trim() === '') throw new ImportError(`${file.name}: the file is empty.`);
  return decoded;
}

/** A JSON or graph file: its organisation and tie tables, with their roles fixed by the format. */
function graphFile(file: string, encoding: string, graph: GraphTables): ReadFile {
  const tables: ReadFile['tables'] = [];
  if (graph.organisations) tables.push({ source: { file, role: 'organisations', table: graph.organisations } });
  if (graph.ties) tables.push({ source: { file, role: 'ties', table: graph.ties } });
  const rows = (graph.organisations?.rows.length ?? 0) + (graph.ties?.rows.length ?? 0);
  return {
    tables,
    report: { name: file, encoding, rows, format: graph.format },
    ...(graph.name ? { name: graph.name } : {}),
    ...(graph.yFlipped ? { yFlipped: true } : {}),
  };
}

/** VOSviewer's map file: tab-separated, with id, label, x and y columns. */
const isVosviewerMap = (header: string[], delimiter: string) =>
  delimiter === '\t' && ['id', 'label', 'x', 'y'].every((name) => header.includes(name));

const TABLE_FORMATS: Record<string, string> = { ',': 'CSV', ';': 'CSV (semicolons)', '\t': 'TSV', '|': 'CSV (pipes)' };

/** Read one file into tables; CSV tables get a plan (proposed or remembered mapping). */
function readFile(file: SourceFile, options: ImportOptions, onProgress: (fraction: number) => void): ReadFile {
  const { text, encoding } = decodeFile(file);
  const format = detectFormat(text);
  if (format === 'json') return graphFile(file.name, encoding, parseJson(file.name, text));
  if (format === 'xml') return graphFile(file.name, encoding, parseXml(file.name, text));
  // Cells our own CSV export neutralised against formula injection read back as written.
  const parsed = parseCsv(text, { onProgress });
  const restored = { ...parsed, ...restoreNeutralisedCells(parsed) };
  const vosviewerMap = !restored.headerless && isVosviewerMap(restored.header, restored.delimiter);
  const table = vosviewerMap ? { ...restored, ...turnOverY(restored) } : restored;
  if (table.header.length === 0) throw new ImportError(`${file.name}: the file is empty.`);
  if (table.rows.length === 0) throw new ImportError(`${file.name}: the file has a header row but no data rows.`);
  const plan = planTable(file.name, table, options.mappings?.[planKey(table.header)]);
  const source: SourceTable = {
    file: file.name,
    role: plan.mapping.role,
    table,
    fields: plan.mapping.fields,
    ...(plan.mapping.groupMode ? { groupMode: plan.mapping.groupMode } : {}),
  };
  const kind = table.headerless
    ? 'VOSviewer network'
    : vosviewerMap
      ? 'VOSviewer map'
      : (TABLE_FORMATS[table.delimiter] ?? 'CSV');
  return {
    tables: [{ source, plan }],
    report: { name: file.name, encoding, rows: table.rows.length, format: `${kind} (${plan.mapping.role})` },
    ...(vosviewerMap ? { yFlipped: true } : {}),
  };
}

/** The one role every table of these files has, if they share one. */
function soleRole(files: ReadFile[]): TableRole | undefined {
  const roles = new Set(files.flatMap((file) => file.tables.map(({ source }) => source.role)));
  return roles.size === 1 ? [...roles][0] : undefined;
}

/** Read files (and companions that complete them) with progress by bytes. */
function readAll(files: SourceFile[], options: ImportOptions): ReadFile[] {
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0) || 1;
  let done = 0;
  const read = files.map((file) => {
    const result = readFile(file, options, (fraction) =>
      options.onProgress?.((0.9 * (done + fraction * file.bytes.length)) / total),
    );
    done += file.bytes.length;
    return result;
  });
  // Companions are read only when these files could use them: a data set that stands on its own
  // (a graph file, a membership list, mixed tables) does not pay for reading the last one again.
  const mine = soleRole(read);
  if (!options.companions?.length || (mine !== 'ties' && mine !== 'organisations')) return read;
  const companions = options.companions.map((file) => readFile(file, options, () => undefined));
  const theirs = soleRole(companions);
  const complete = (mine === 'ties' && theirs === 'organisations') || (mine === 'organisations' && theirs === 'ties');
  return complete ? [...companions, ...read] : read;
}

/** Bytes to dataset, or to the plans the user must confirm first (when `askForMapping`). */
export function importOrAsk(files: SourceFile[], options: ImportOptions = {}): ImportOutcome {
  if (files.length === 0) throw new ImportError('No file was given.');
  const read = readAll(files, options);
  const plans = read.flatMap((file) => file.tables.flatMap(({ plan }) => (plan ? [plan] : [])));
  const ask =
    options.askForMapping === 'always'
      ? plans.length > 0
      : options.askForMapping && plans.some((plan) => plan.questions.length > 0);
  if (ask) return { kind: 'needs-mapping', plans };
  const names = read.map((file) => file.report.name);
  const result = toDataset(
    read.flatMap((file) => file.tables.map(({ source }) => source)),
    {
      name: options.name ?? read.find((file) => file.name)?.name ?? names.join(' + '),
      files: names,
      ...(options.illustrative ? { illustrative: true } : {}),
      report: read.map((file) => file.report),
      dropUnknownTies: options.dropUnknownTies,
      mergeDuplicateTies: options.mergeDuplicateTies,
      acceptedMerges: options.acceptedMerges,
      onProgress: (fraction) => options.onProgress?.(0.9 + 0.1 * fraction),
    },
  );
  const positions = positionsEntry(
    result.dataset.organisations,
    names.join(', '),
    read.some((file) => file.yFlipped),
  );
  if (positions) result.report.entries.push(positions);
  options.onProgress?.(1);
  return { kind: 'done', result };
}

/** Bytes to dataset: decode, recognise the format from the content, parse, and pass the gate. */
export function importSources(files: SourceFile[], options: ImportOptions = {}): ImportResult {
  const outcome = importOrAsk(files, { ...options, askForMapping: false });
  if (outcome.kind !== 'done') throw new ImportError('Column mapping needed.');
  return outcome.result;
}
