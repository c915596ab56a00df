import { isRecord } from '../model/isRecord';
import type { RawTable } from './parseCsv';

/** Tables found in a JSON or graph file: organisations and/or ties, with a name and format label. */
export interface GraphTables {
  format: string;
  name?: string;
  organisations?: RawTable;
  ties?: RawTable;
  /** The file's y axis pointed up (VOSviewer, Gephi's GEXF) and was turned over to the screen's, which points down. */
  yFlipped?: boolean;
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

export { isRecord };

/** A number written as text with its sign changed ("0.31" -> "-0.31", "-2" -> "2"; empty and zero stay as they are). */
export const negatedNumberText = (cell: string): string => {
  const value = cell.trim();
  if (value === '' || /^[+-]?0*\.?0*$/.test(value)) return value;
  return value.startsWith('-') ? value.slice(1) : `-${value.replace(/^\+/, '')}`;
};

/** Records (objects) to a table whose header is the union of their keys, in first-seen order. */
export function recordsToTable(records: readonly unknown[]): RawTable {
  const header: string[] = [];
  const seen = new Set<string>();
  const objects = records.filter(isRecord);
  for (const record of objects) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const rows = objects.map((record) => header.map((key) => (Object.hasOwn(record, key) ? cellText(record[key]) : '')));
  return { header, rows, firstRow: 1 };
}
