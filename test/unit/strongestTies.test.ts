import { describe, expect, it } from 'vitest';
import { strongestTies } from '../../src/graph/strongestTies';

const ties = [
  { id: 'a', weight: 1 },
  { id: 'b', weight: 5 },
  { id: 'c', weight: 3 },
  { id: 'd', weight: 5 },
  { id: 'e', weight: Number.NaN },
];

describe('strongestTies', () => {
  it.each([
    [2, ['b', 'd']],
    // equal weights keep their order in the data: b before d, then c
    [3, ['b', 'c', 'd']],
    [4, ['a', 'b', 'c', 'd']],
    [0, []],
  ])('keeps the %d heaviest', (limit, expected) => {
    expect([...(strongestTies(ties, limit) ?? [])].sort()).toEqual(expected);
  });
  it('returns null (nothing left out) when every tie fits or there is no limit', () => {
    expect(strongestTies(ties, 5)).toBeNull();
    expect(strongestTies(ties, 100)).toBeNull();
    expect(strongestTies(ties, null)).toBeNull();
  });
  it('breaks ties of equal weight by order in the data', () => {
    expect([
      ...(strongestTies(
        [
          { id: 'x', weight: 2 },
          { id: 'y', weight: 2 },
          { id: 'z', weight: 2 },
        ],
        2,
      ) ?? []),
    ]).toEqual(['x', 'y']);
  });
});
