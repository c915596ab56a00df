import type { AttributeValue, FieldType } from '../model/types';

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Read a cell as a number; undefined for an empty cell, NaN for text that is not a number. */
export function parseNumberCell(cell: string | undefined): number | undefined {
  const trimmed = (cell ?? '').trim();
  if (trimmed === '') return undefined;
  return NUMBER_PATTERN.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The narrowest field type that fits every non-empty cell of a column. */
export function inferFieldType(cells: readonly string[]): FieldType {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length === 0) return 'text';
  if (filled.every((cell) => NUMBER_PATTERN.test(cell))) {
    const numbers = filled.map(Number);
    const looksLikeYears = numbers.every((n) => Number.isInteger(n) && n >= 1000 && n <= 2999);
    return looksLikeYears ? 'year' : 'number';
  }
  if (filled.every((cell) => /^(true|false)$/i.test(cell))) return 'boolean';
  if (filled.every((cell) => /^https?:\/\/\S+$/i.test(cell))) return 'url';
  return 'text';
}

/** Convert a cell to the column's type; empty cells are missing values (null), never zero. */
export function typeCell(cell: string | undefined, type: FieldType): AttributeValue {
  const trimmed = (cell ?? '').trim();
  if (trimmed === '') return null;
  switch (type) {
    case 'number':
    case 'year':
      return Number(trimmed);
    case 'boolean':
      return /^true$/i.test(trimmed);
    case 'list':
      return trimmed.split('|').map((part) => part.trim()).filter(Boolean);
    default:
      return trimmed;
  }
}
