import Papa from 'papaparse';

/** A table as read from a file: the header row and the data rows, all cells as text. */
export interface RawTable {
  header: string[];
  rows: string[][];
}

/** Parse CSV text into a header and rows (papaparse; delimiter auto-detected). */
export function parseCsv(text: string): RawTable {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = result.data;
  return { header: header.map((cell) => cell.trim()), rows };
}
