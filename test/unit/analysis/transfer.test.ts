import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import { DEFAULT_ANALYSIS_PARAMS } from '../../../src/analysis/params';
import { compactDataset, expandDataset, pack, unpack } from '../../../src/analysis/transfer';
import { datasetOf, org, tie } from './factories';

const dataset = datasetOf(
  [org('a', { city: 'Lyon', type: 'Firm' }), org('b', { city: 'Munich' }), org('c'), org('lonely')],
  [tie('a', 'b', { weight: 2, year: 2010 }), tie('b', 'c', { directed: true }), tie('c', 'ghost')],
);

describe('worker transfer forms', () => {
  it('keeps what the analysis reads when ties travel as columns', () => {
    const expanded = expandDataset(structuredClone(compactDataset(dataset)));
    expect(
      expanded.ties.map(({ source, target, weight, year, directed }) => ({ source, target, weight, year, directed })),
    ).toEqual([
      { source: 'a', target: 'b', weight: 2, year: 2010, directed: false },
      { source: 'b', target: 'c', weight: 1, year: undefined, directed: true },
    ]);
    const direct = analyse(dataset, {}, DEFAULT_ANALYSIS_PARAMS).results;
    const viaColumns = analyse(expanded, {}, DEFAULT_ANALYSIS_PARAMS).results;
    expect(viaColumns.nodeMetrics).toEqual(direct.nodeMetrics);
    expect(viaColumns.groups).toEqual(direct.groups);
  });

  it('packs metrics into columns and back, missing values staying missing', () => {
    const { results } = analyse(dataset, {}, DEFAULT_ANALYSIS_PARAMS);
    const kinds = new Map(results.metrics.map((metric) => [metric.id, metric.kind]));
    const roundTrip = unpack(structuredClone(pack(results, ['a', 'b', 'c', 'lonely'], kinds)));
    expect(roundTrip).toEqual(results);
    expect(roundTrip.nodeMetrics['constraint']).not.toHaveProperty('lonely');
    expect(roundTrip.nodeMetrics['community']!['a']).toBe(results.nodeMetrics['community']!['a']);
  });
});
