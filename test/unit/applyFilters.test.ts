import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/filters/applyFilters';
import { visibleElements } from '../../src/filters/visibleElements';
import type { Filter } from '../../src/filters/types';
import { exploreGraph } from './exploreFixture';

const graph = exploreGraph();
const sorted = (set: Set<string>) => [...set].sort();
const all9 = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

const cases: { name: string; filters: Filter[]; nodes: string; edges: string[] }[] = [
  { name: 'no filter keeps everything', filters: [], nodes: 'abcdefgh', edges: all9 },
  {
    name: 'cities keep organisations and the ties between them',
    filters: [{ type: 'category', field: 'city', values: ['Lyon', 'Munich'] }],
    nodes: 'abcd',
    edges: ['t1', 't2', 't3', 't4', 't6', 't9'],
  },
  {
    name: 'role reads the role derived from type',
    filters: [{ type: 'category', field: 'role', values: ['business'] }],
    nodes: 'acfh',
    edges: ['t6'],
  },
  {
    name: 'tie type keeps every organisation',
    filters: [{ type: 'tieType', values: ['Supply'] }],
    nodes: 'abcdefgh',
    edges: ['t3', 't6', 't7'],
  },
  {
    name: 'year range keeps ties without a year',
    filters: [{ type: 'yearRange', from: 2009, to: 2010 }],
    nodes: 'abcdefgh',
    edges: ['t2', 't4', 't5', 't7', 't8'],
  },
  {
    name: 'minimum weight',
    filters: [{ type: 'minWeight', value: 2 }],
    nodes: 'abcdefgh',
    edges: ['t2', 't3', 't7', 't9'],
  },
  {
    name: 'minimum degree 3',
    filters: [{ type: 'minDegree', value: 3 }],
    nodes: 'abcd',
    edges: ['t1', 't2', 't3', 't4', 't6', 't9'],
  },
  { name: 'minimum degree 4', filters: [{ type: 'minDegree', value: 4 }], nodes: 'cd', edges: ['t3', 't9'] },
  { name: 'hide isolated', filters: [{ type: 'hideIsolated' }], nodes: 'abcdegh', edges: all9 },
  {
    name: 'largest component',
    filters: [{ type: 'largestComponent' }],
    nodes: 'abcde',
    edges: ['t1', 't2', 't3', 't4', 't5', 't6', 't8', 't9'],
  },
  {
    name: 'tie type then hide isolated',
    filters: [{ type: 'tieType', values: ['Supply'] }, { type: 'hideIsolated' }],
    nodes: 'acdgh',
    edges: ['t3', 't6', 't7'],
  },
  {
    name: 'year 2008 then largest component of what is left',
    filters: [{ type: 'yearRange', from: 2008, to: 2008 }, { type: 'largestComponent' }],
    nodes: 'abd',
    edges: ['t1', 't4'],
  },
  {
    name: 'degree counts only the ties left by earlier filters',
    filters: [
      { type: 'tieType', values: ['R&D collaboration'] },
      { type: 'minDegree', value: 2 },
    ],
    nodes: 'a',
    edges: [],
  },
  {
    name: 'two filters on one field combine with AND',
    filters: [
      { type: 'category', field: 'city', values: ['Lyon', 'Munich'] },
      { type: 'category', field: 'city', values: ['Munich'] },
    ],
    nodes: 'cd',
    edges: ['t3', 't9'],
  },
];

describe('applyFilters', () => {
  it.each(cases)('$name', ({ filters, nodes, edges }) => {
    const visible = applyFilters(graph, filters, { analysis: null });
    expect(sorted(visible.nodes)).toEqual([...nodes]);
    expect(sorted(visible.edges)).toEqual(edges);
  });

  it('reads a category metric from the analysis results', () => {
    const analysis = {
      datasetId: 'explore-test',
      metrics: [],
      notes: [],
      nodeMetrics: { community: { a: 1, b: 1, c: 2, d: 2, e: 2, f: 3, g: 4, h: 4 } },
    };
    const visible = applyFilters(graph, [{ type: 'category', field: 'community', values: ['2'] }], { analysis });
    expect(sorted(visible.nodes)).toEqual(['c', 'd', 'e']);
    expect(sorted(visible.edges)).toEqual(['t3', 't5', 't9']);
  });
});

describe('visibleElements', () => {
  const inputs = { filters: [] as Filter[], focus: null, hiddenCategories: [] as string[], categoryField: 'role' };
  it('intersects filters, focus and hidden legend categories', () => {
    const visible = visibleElements(
      graph,
      {
        ...inputs,
        filters: [{ type: 'tieType', values: ['Supply', 'R&D collaboration', 'Funding'] }],
        focus: { id: 'a', depth: 1 },
        hiddenCategories: ['knowledge'],
      },
      { analysis: null },
    );
    // a's neighbourhood is a, b, c, d; b is knowledge (hidden); t5 is Membership and leaves the neighbourhood anyway.
    expect(sorted(visible.nodes)).toEqual(['a', 'c', 'd']);
    expect(sorted(visible.edges)).toEqual(['t3', 't4', 't6', 't9']);
  });

  it('ignores hidden categories when colours show a metric', () => {
    const visible = visibleElements(
      graph,
      { ...inputs, hiddenCategories: ['business'], categoryField: null },
      { analysis: null },
    );
    expect(visible.nodes.size).toBe(8);
  });

  it('hides by any categorical colour field', () => {
    const visible = visibleElements(
      graph,
      { ...inputs, hiddenCategories: ['Lyon', 'Helsinki'], categoryField: 'city' },
      { analysis: null },
    );
    expect(sorted(visible.nodes)).toEqual(['c', 'd', 'e', 'f']);
    expect(sorted(visible.edges)).toEqual(['t3', 't5', 't9']);
  });
});
