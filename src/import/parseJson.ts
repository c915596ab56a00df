import { ImportError } from './ImportError';
import type { RawTable } from './parseCsv';

/** Tables found in one of our own JSON files: `{ name?, organisations: [...], ties: [...] }`. */
export interface JsonTables {
  name?: string;
  organisations?: RawTable;
  ties?: RawTable;
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** Records (objects) to a table whose header is the union of their keys, in first-seen order. */
export function recordsToTable(records: unknown[]): RawTable {
  const header: string[] = [];
  const seen = new Set<string>();
  const objects = records.filter((record): record is Record<string, unknown> => typeof record === 'object' && record !== null);
  for (const record of objects) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const rows = objects.map((record) => header.map((key) => (Object.hasOwn(record, key) ? cellText(record[key]) : '')));
  return { header, rows };
}

/** Parse our own JSON format; anything else is reported as unsupported. */
export function parseJson(file: string, text: string): JsonTables {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${file}: this is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError(`${file}: expected a JSON object with "organisations" and "ties" arrays.`);
  }
  const object = value as Record<string, unknown>;
  const organisations = object['organisations'];
  const ties = object['ties'];
  if (!Array.isArray(organisations) && !Array.isArray(ties)) {
    throw new ImportError(`${file}: expected a JSON object with "organisations" and "ties" arrays.`);
  }
  return {
    ...(typeof object['name'] === 'string' ? { name: object['name'] } : {}),
    ...(Array.isArray(organisations) ? { organisations: recordsToTable(organisations) } : {}),
    ...(Array.isArray(ties) ? { ties: recordsToTable(ties) } : {}),
  };
}
