import Papa from 'papaparse';

/** A table as read from a file: the header row and the data rows, all cells as text. */
export interface RawTable {
  header: string[];
  rows: string[][];
  /** Spreadsheet row number of `rows[0]`: 2 below a header row, 1 when the file has none. */
  firstRow?: number;
  /** The file had no header row (a VOSviewer network file): the header was supplied. */
  headerless?: boolean;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_CHARS = 64 * 1024;
const CHUNK_CHARS = 1024 * 1024;

/**
 * The delimiter of a CSV text among `,` `;` tab `|`: the one that splits the first lines
 * (quotes respected) into the same number of fields, more than one, most often.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 30, skipEmptyLines: 'greedy' }).data;
    const [first] = rows;
    if (!first || first.length < 2) continue;
    // Rows that agree with the header's width; a cut-off last sample row does not count against it.
    const agreeing = rows.filter((row) => row.length === first.length).length;
    const score = agreeing * 1000 + first.length;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Cells past the last non-empty header cell are dropped when the whole column is empty. */
function dropTrailingEmptyColumns(header: string[], rows: string[][]): number {
  let width = header.length;
  while (width > 0 && header[width - 1] === '' && rows.every((row) => (row[width - 1] ?? '').trim() === '')) width--;
  return width;
}

/** A headerless table: its first row is data (every cell a number), as in VOSviewer network files. */
const isDataRow = (row: readonly string[]) =>
  row.length >= 2 && row.length <= 3 && row.every((cell) => /^\s*-?\d+(\.\d+)?\s*$/.test(cell));

export interface ParseCsvOptions {
  delimiter?: Delimiter;
  /** Called after each chunk with the fraction of the text read. */
  onProgress?: (fraction: number) => void;
}

/** Parse CSV text into a header and rows; papaparse in chunks so that progress can be reported. */
export function parseCsv(text: string, options: ParseCsvOptions = {}): RawTable & { delimiter: Delimiter } {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const data: string[][] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    chunkSize: CHUNK_CHARS,
    worker: false, // never papaparse's own worker: it hangs in a minified Vite build (papaparse issue #1122); we run in our own worker
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const row of results.data) data.push(row);
      options.onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
    },
    // With a string and `chunk`, papaparse parses synchronously and calls this at the end.
    complete: () => undefined,
  });
  const [first = []] = data;
  if (isDataRow(first)) {
    const header = ['source', 'target', 'weight'].slice(0, first.length);
    return { header, rows: data, firstRow: 1, headerless: true, delimiter };
  }
  const rows = data.slice(1);
  const header = first.map((cell) => cell.trim());
  const width = dropTrailingEmptyColumns(header, rows);
  if (width < header.length) {
    header.length = width;
    for (const row of rows) if (row.length > width) row.length = width;
  }
  return { header, rows, firstRow: 2, delimiter };
}
