import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchOrganisations } from '../../src/graph/searchOrganisations';
import { neighboursByTieType } from '../../src/graph/neighboursByTieType';
import { neighbourInDirection } from '../../src/graph/neighbourInDirection';
import { neighboursOf } from '../../src/graph/buildGraph';
import { categoryCounts, maxTieWeight, tieTypeCounts, yearExtent } from '../../src/filters/filterOptions';
import { categoryValues, findFilter, withCategory, withFilter } from '../../src/filters/editFilters';
import { createAttributes } from '../../src/model/types';
import type { Filter } from '../../src/filters/types';
import { exploreGraph } from './exploreFixture';

const graph = exploreGraph();
const index = buildSearchIndex(graph);
const search = (query: string) =>
  searchOrganisations(index, query).map((hit) => [
    hit.name,
    hit.matched ? `${hit.matched.label}: ${hit.matched.value}` : null,
  ]);

describe('searchOrganisations', () => {
  it.each([
    ['universite', [['Université de Lyon', null]]],
    [
      'LYON',
      [
        ['Université de Lyon', null],
        ['Acme Robotics', 'City: Lyon'],
      ],
    ],
    [
      'mun',
      [
        ['Fraunhofer Munich', null],
        ['Bavaria Motors', 'City: Munich'],
      ],
    ],
    [
      'firm',
      [
        ['Nordic Firm', null],
        ['Solo Firm', null],
        ['Acme Robotics', 'Type: Firm'],
        ['Bavaria Motors', 'Type: Firm'],
      ],
    ],
    [
      'helsinki partner',
      [
        ['Helsinki Cluster', 'note: Helsinki partner'],
        ['Nordic Firm', 'note: Helsinki partner'],
      ],
    ],
    ['   ', []],
    ['zzz', []],
  ] as const)('%j', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it('keeps to the limit', () => {
    expect(searchOrganisations(index, 'partner', 3)).toHaveLength(3);
  });
});

describe('neighboursByTieType', () => {
  it('lists a neighbour under each kind of tie, larger groups first', () => {
    const groups = neighboursByTieType(neighboursOf(graph, 'c'));
    expect(groups.map((group) => [group.type, group.neighbours.map((n) => n.id)])).toEqual([
      // Neighbours keep their order by name: Fraunhofer Munich (d) before Université de Lyon (b).
      ['Funding', ['d', 'b']],
      ['Supply', ['a', 'd']],
    ]);
  });

  it('puts ties without a type last', () => {
    const organisation = (id: string) => ({ id, name: id, attributes: createAttributes() });
    const tie = (type?: string) => ({
      id: 'x',
      source: 'p',
      target: 'q',
      weight: 1,
      directed: false,
      attributes: createAttributes(),
      ...(type ? { type } : {}),
    });
    const groups = neighboursByTieType([
      { organisation: organisation('p'), ties: [tie()] },
      { organisation: organisation('q'), ties: [tie(), tie('Supply')] },
      { organisation: organisation('r'), ties: [tie('Funding')] },
    ]);
    expect(groups.map((group) => [group.type, group.neighbours.map((n) => n.id)])).toEqual([
      ['Funding', ['r']],
      ['Supply', ['q']],
      ['', ['p', 'q']],
    ]);
  });
});

describe('neighbourInDirection', () => {
  const candidates = [
    { id: 'right-near', x: 10, y: 1 },
    { id: 'right-far', x: 20, y: 0 },
    { id: 'up', x: 0, y: -5 },
    { id: 'down-left', x: -3, y: 3 },
  ];
  it.each([
    ['right', 'right-near'],
    ['up', 'up'],
    ['left', 'down-left'],
    ['down', 'down-left'],
  ] as const)('%s leads to %s', (direction, expected) => {
    expect(neighbourInDirection({ x: 0, y: 0 }, candidates, direction)).toBe(expected);
  });
  it('is null when nothing lies that way', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, [{ id: 'r', x: 5, y: 0 }], 'left')).toBeNull();
  });
});

describe('filter options', () => {
  it('counts categories, tie types, years and weights', () => {
    expect(categoryCounts(graph, 'city')).toEqual([
      { value: 'Barcelona', count: 2 },
      { value: 'Helsinki', count: 2 },
      { value: 'Lyon', count: 2 },
      { value: 'Munich', count: 2 },
    ]);
    expect(categoryCounts(graph, 'role')[0]).toEqual({ value: 'business', count: 4 });
    expect(tieTypeCounts(graph)).toEqual(
      [
        { value: 'Supply', count: 3 },
        { value: 'Funding', count: 3 },
        { value: 'R&D collaboration', count: 2 },
        { value: 'Membership', count: 1 },
      ].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    );
    expect(yearExtent(graph)).toEqual({ min: 2008, max: 2013 });
    expect(maxTieWeight(graph)).toBe(5);
  });
});

describe('editing filters', () => {
  const start: Filter[] = [{ type: 'hideIsolated' }, { type: 'category', field: 'city', values: ['Lyon'] }];
  it('replaces, adds and removes a filter by type, keeping the order of the rest', () => {
    expect(withFilter(start, 'minWeight', { type: 'minWeight', value: 2 })).toEqual([
      ...start,
      { type: 'minWeight', value: 2 },
    ]);
    expect(withFilter(start, 'hideIsolated', null)).toEqual([start[1]]);
    const withYears = withFilter(start, 'yearRange', { type: 'yearRange', from: 1, to: 2 });
    expect(withFilter(withYears, 'yearRange', { type: 'yearRange', from: 3, to: 4 })[2]).toEqual({
      type: 'yearRange',
      from: 3,
      to: 4,
    });
    expect(findFilter(withYears, 'yearRange')).toEqual({ type: 'yearRange', from: 1, to: 2 });
  });
  it('keeps one category filter per field; no values removes it', () => {
    expect(withCategory(start, 'city', ['Lyon', 'Munich'])).toEqual([
      start[0],
      { type: 'category', field: 'city', values: ['Lyon', 'Munich'] },
    ]);
    expect(withCategory(start, 'sector', ['ict'])).toHaveLength(3);
    expect(withCategory(start, 'city', [])).toEqual([start[0]]);
    expect(categoryValues(start, 'city')).toEqual(['Lyon']);
    expect(categoryValues(start, 'sector')).toEqual([]);
  });
});
