import { describe, expect, it } from 'vitest';
import { categoryItems, nodeAppearance } from '../../src/appearance/nodeAppearance';
import { numericValueOf } from '../../src/appearance/numericValue';
import { colourOptions, sizeOptions } from '../../src/appearance/appearanceOptions';
import { tieTypeItems } from '../../src/appearance/tieAppearance';
import { NO_VALUE_COLOUR, MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../src/appearance/scales';
import type { AnalysisResults } from '../../src/analysis/types';
import { dataset, graphOf, org, tie } from './testGraph';

const organisations = [
  org('a', { type: 'Firm', city: 'Lyon' }, { founded: 2000 }),
  org('b', { type: 'University', city: 'Lyon' }, { founded: 1900 }),
  org('c', { type: 'Firm', city: 'Munich' }, { founded: null }),
  org('d', { type: 'Government' }),
];
const ties = [tie('t1', 'a', 'b', 2, 'R&D'), tie('t2', 'a', 'c', 1, 'Supply'), tie('t3', 'b', 'c', 3, 'R&D')];
const graph = graphOf(organisations, ties);
const analysis: AnalysisResults = {
  datasetId: 'test',
  metrics: [
    { id: 'betweenness', label: 'Betweenness', description: '', kind: 'number' },
    { id: 'community', label: 'Community', description: '', kind: 'category' },
  ],
  nodeMetrics: { betweenness: { a: 0.5, b: 0, c: 0, d: 0 }, community: { a: '1', b: '1', c: '2', d: '3' } },
  notes: [],
};

describe('categoryItems', () => {
  it('lists cities by count with palette colours, and organisations without one last in grey', () => {
    expect(categoryItems(graph, 'city', null)).toEqual([
      { key: 'Lyon', label: 'Lyon', colour: '#0072B2', count: 2 },
      { key: 'Munich', label: 'Munich', colour: '#E69F00', count: 1 },
      { key: '', label: '(none)', colour: NO_VALUE_COLOUR, count: 1 },
    ]);
  });
  it('keeps roles in their fixed order with their own colours', () => {
    expect(categoryItems(graph, 'role', null).map((item) => [item.key, item.count, item.colour])).toEqual([
      ['business', 2, '#0072B2'],
      ['knowledge', 1, '#E69F00'],
      ['government', 1, '#D55E00'],
    ]);
  });
  it('reads category metrics from the analysis', () => {
    expect(categoryItems(graph, 'community', analysis).map((item) => [item.key, item.count])).toEqual([
      ['1', 2],
      ['2', 1],
      ['3', 1],
    ]);
  });
});

describe('nodeAppearance', () => {
  it('colours by a numeric attribute along viridis, grey where there is no value', () => {
    const { colour, colourLegend } = nodeAppearance(graph, { by: 'metric', metric: 'founded' }, { by: 'degree' }, null);
    expect([colour.get('a'), colour.get('b'), colour.get('c'), colour.get('d')]).toEqual([
      '#fde725',
      '#440154',
      NO_VALUE_COLOUR,
      NO_VALUE_COLOUR,
    ]);
    expect(colourLegend).toMatchObject({ kind: 'metric', range: { min: 1900, max: 2000 }, missing: 2 });
  });
  it('sizes by degree, by a metric, or uniformly', () => {
    const byDegree = nodeAppearance(graph, { by: 'role' }, { by: 'degree' }, null).size;
    expect([byDegree.get('a'), byDegree.get('d')]).toEqual([MAX_NODE_SIZE, MIN_NODE_SIZE]);
    const byBetweenness = nodeAppearance(graph, { by: 'role' }, { by: 'metric', metric: 'betweenness' }, analysis).size;
    expect([byBetweenness.get('a'), byBetweenness.get('b')]).toEqual([MAX_NODE_SIZE, MIN_NODE_SIZE]);
    const uniform = nodeAppearance(graph, { by: 'role' }, { by: 'uniform' }, null);
    expect(new Set(uniform.size.values()).size).toBe(1);
    expect(uniform.sizeLegend).toEqual({ kind: 'uniform' });
  });
  it('colours by category exactly as the legend lists it', () => {
    const { colour, colourLegend } = nodeAppearance(graph, { by: 'category', field: 'city' }, { by: 'degree' }, null);
    expect(colourLegend.kind === 'category' && colourLegend.items.map((item) => item.colour)).toEqual([
      ...new Set(colour.values()),
    ]);
  });
});

describe('numericValueOf', () => {
  it.each([
    ['a', 'betweenness', 0.5],
    ['a', 'degree', 2],
    ['d', 'degree', 0],
    ['a', 'founded', 2000],
    ['c', 'founded', null],
    ['a', 'unknown', null],
  ])('%s %s = %s', (id, metric, expected) => {
    expect(numericValueOf(graph, id, metric, analysis)).toBe(expected);
  });
});

describe('appearance options', () => {
  const data = dataset(organisations, ties, {
    organisation: [
      { key: 'founded', label: 'Founded', type: 'year' },
      { key: 'city', label: 'City', type: 'text' },
      { key: 'description', label: 'Description', type: 'text' },
    ],
    tie: [],
  });
  it('offers categories, degree and numeric attributes before the analysis lands', () => {
    expect(colourOptions(data, null).map((o) => o.value)).toEqual([
      'role',
      'category:type',
      'category:city',
      'metric:degree',
      'metric:founded',
    ]);
    expect(sizeOptions(data, null).map((o) => o.value)).toEqual(['degree', 'metric:founded', 'uniform']);
  });
  it('lists analysis metrics when present', () => {
    expect(colourOptions(data, analysis).map((o) => o.value)).toEqual([
      'role',
      'category:type',
      'category:city',
      'category:community',
      'metric:degree',
      'metric:betweenness',
      'metric:founded',
    ]);
  });
});

describe('tieTypeItems', () => {
  it('orders tie types by count with the tie palette', () => {
    expect(tieTypeItems(graph)).toEqual([
      { key: 'R&D', label: 'R&D', colour: '#4477AA', count: 2 },
      { key: 'Supply', label: 'Supply', colour: '#E06070', count: 1 },
    ]);
  });
});
