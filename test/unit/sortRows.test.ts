import { describe, expect, it } from 'vitest';
import {
  compareSortValues,
  nextSort,
  sortRows,
  type SortDirection,
  type SortState,
  type SortValue,
} from '../../src/table/sortRows';

interface Row {
  id: string;
  value: SortValue;
}
/** Rows a, b, c, … holding the values in order; the sort returns their ids. */
const rowsOf = (...values: SortValue[]): Row[] =>
  values.map((value, index) => ({ id: String.fromCharCode(97 + index), value }));
const order = (rows: Row[], direction: SortDirection) =>
  sortRows(rows, (row) => row.value, direction).map((row) => row.id);

describe('sortRows', () => {
  it.each<[string, SortValue[], SortDirection, string[]]>([
    // Numbers by size, not as text (as text "10" would come before "2").
    ['numbers ascending', [3, -1, 10, 2], 'ascending', ['b', 'd', 'a', 'c']],
    ['numbers descending', [3, -1, 10, 2], 'descending', ['c', 'a', 'd', 'b']],
    ['decimals', [0.5, 0.25, 0.125], 'ascending', ['c', 'b', 'a']],
    // Text in the reader's locale: case aside and "é" beside "e" (code points would give Banana, apple, fig, école).
    ['text ascending', ['fig', 'école', 'Banana', 'apple'], 'ascending', ['d', 'c', 'b', 'a']],
    ['text descending', ['fig', 'école', 'Banana', 'apple'], 'descending', ['a', 'b', 'c', 'd']],
    // Digits inside text by their number: Row 1, Row 9, Row 10.
    ['numbers inside text', ['Row 10', 'Row 9', 'Row 1'], 'ascending', ['c', 'b', 'a']],
    // null, undefined, '' and NaN go last in both directions, in their input order.
    [
      'missing last, ascending',
      [2, null, 1, '', undefined, Number.NaN, 3],
      'ascending',
      ['c', 'a', 'g', 'b', 'd', 'e', 'f'],
    ],
    [
      'missing last, descending',
      [2, null, 1, '', undefined, Number.NaN, 3],
      'descending',
      ['g', 'a', 'c', 'b', 'd', 'e', 'f'],
    ],
    ['missing text last, descending', ['', 'Lyon', 'Munich', null], 'descending', ['c', 'b', 'a', 'd']],
    // Equal values keep their input order whichever the direction.
    ['ties ascending', [2, 1, 2, 1], 'ascending', ['b', 'd', 'a', 'c']],
    ['ties descending', [2, 1, 2, 1], 'descending', ['a', 'c', 'b', 'd']],
    ['text equal but for case', ['lyon', 'Barcelona', 'Lyon'], 'descending', ['a', 'c', 'b']],
    ['all missing', [undefined, null, ''], 'descending', ['a', 'b', 'c']],
    ['no rows', [], 'ascending', []],
  ])('%s', (_name, values, direction, expected) => {
    expect(order(rowsOf(...values), direction)).toEqual(expected);
  });

  it('returns a copy and leaves the rows as they were', () => {
    const rows = rowsOf(2, 1);
    const sorted = sortRows(rows, (row) => row.value, 'ascending');
    expect(sorted).not.toBe(rows);
    expect(rows.map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('reads each row’s value once', () => {
    let reads = 0;
    sortRows(rowsOf(5, 4, 3, 2, 1), (row) => (reads++, row.value), 'ascending');
    expect(reads).toBe(5);
  });
});

describe('compareSortValues', () => {
  it.each<[SortValue, SortValue, SortDirection, number]>([
    [1, 2, 'ascending', -1],
    [1, 2, 'descending', 1],
    [2, 2, 'descending', 0],
    ['a', 'B', 'ascending', -1],
    ['Rhodia', 'rhodia', 'ascending', 0],
    [undefined, 1, 'ascending', 1],
    [undefined, 1, 'descending', 1],
    [1, '', 'descending', -1],
    [null, Number.NaN, 'ascending', 0],
  ])('%j vs %j, %s -> sign %d', (a, b, direction, sign) => {
    expect(Math.sign(compareSortValues(a, b, direction))).toBe(sign);
  });
});

describe('nextSort', () => {
  it.each<[SortState | null, string, SortDirection | undefined, SortState]>([
    [null, 'name', undefined, { key: 'name', direction: 'ascending' }],
    [null, 'degree', 'descending', { key: 'degree', direction: 'descending' }],
    [{ key: 'name', direction: 'ascending' }, 'name', undefined, { key: 'name', direction: 'descending' }],
    [{ key: 'name', direction: 'descending' }, 'name', undefined, { key: 'name', direction: 'ascending' }],
    // The first direction only applies to a column not yet sorted by.
    [{ key: 'degree', direction: 'descending' }, 'degree', 'descending', { key: 'degree', direction: 'ascending' }],
    [{ key: 'name', direction: 'descending' }, 'city', undefined, { key: 'city', direction: 'ascending' }],
    [{ key: 'name', direction: 'ascending' }, 'degree', 'descending', { key: 'degree', direction: 'descending' }],
  ])('from %j, a click on %s (first %s) -> %j', (current, key, first, expected) => {
    expect(nextSort(current, key, first)).toEqual(expected);
  });
});
