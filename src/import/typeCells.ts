import type { AttributeValue, FieldType } from '../model/types';
import { detectDecimalMark, isNumberText, parseNumber, type DecimalMark } from './numbers';

const TRUE_WORDS = new Set([
  'true',
  'yes',
  'ja',
  'oui',
  'si',
  'sí',
  'kyllä',
  'igen',
  'wahr',
  'vrai',
  'verdadero',
  'waar',
]);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'nein',
  'non',
  'nej',
  'nee',
  'ei',
  'nem',
  'falsch',
  'faux',
  'falso',
  'onwaar',
]);
const isBooleanWord = (cell: string) => TRUE_WORDS.has(cell.toLowerCase()) || FALSE_WORDS.has(cell.toLowerCase());

/** Kumu and others write several values in one cell: `a | b`. */
export const LIST_SEPARATOR = '|';

/** Read a cell as a number; undefined for an empty cell, NaN for text that is not a number. */
export function parseNumberCell(cell: string | undefined, mark: DecimalMark = '.'): number | undefined {
  const trimmed = (cell ?? '').trim();
  if (trimmed === '') return undefined;
  return parseNumber(trimmed, mark);
}

/** A column's type and, for numbers, the decimal mark its cells use. */
export interface ColumnType {
  type: FieldType;
  mark: DecimalMark;
}

/**
 * The narrowest field type that fits every non-empty cell of a column. `fileMark` is the decimal
 * mark of the whole file, used when the column's own cells do not tell ("11.000" alone).
 */
export function inferColumnType(cells: readonly string[], fileMark: DecimalMark = '.'): ColumnType {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length === 0) return { type: 'text', mark: fileMark };
  const mark = detectDecimalMark(filled, fileMark);
  if (filled.every((cell) => isNumberText(cell, mark))) {
    const numbers = filled.map((cell) => parseNumber(cell, mark));
    const looksLikeYears = numbers.every((n) => Number.isInteger(n) && n >= 1000 && n <= 2999);
    return { type: looksLikeYears ? 'year' : 'number', mark };
  }
  if (filled.every(isBooleanWord)) return { type: 'boolean', mark };
  if (filled.every((cell) => /^https?:\/\/\S+$/i.test(cell))) return { type: 'url', mark };
  // A list column needs a cell with two or more items: "a |" alone is text, so that a list
  // survives an export (written "a | b") and a re-import with the same type.
  if (filled.some((cell) => splitList(cell).length > 1)) return { type: 'list', mark };
  return { type: 'text', mark };
}

/** Convert a cell to the column's type; empty cells are missing values (null), never zero. */
export function typeCell(cell: string | undefined, type: FieldType, mark: DecimalMark = '.'): AttributeValue {
  const trimmed = (cell ?? '').trim();
  if (trimmed === '') return null;
  switch (type) {
    case 'number':
    case 'year':
      return parseNumber(trimmed, mark);
    case 'boolean':
      return TRUE_WORDS.has(trimmed.toLowerCase());
    case 'list': {
      const items = splitList(trimmed);
      return items.length === 0 ? null : items;
    }
    default:
      return trimmed;
  }
}

/** `a | b` to `['a', 'b']`: parts trimmed, empty parts dropped. */
export const splitList = (cell: string): string[] =>
  cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
