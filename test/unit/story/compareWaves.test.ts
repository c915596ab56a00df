import { describe, expect, it } from 'vitest';
import { compareWaves } from '../../../src/analysis/story/compareWaves';
import { formatChange, formatWaveCounts } from '../../../src/analysis/story/format';
import { freemanCentralisation } from '../../../src/analysis/story/waveMeasures';
import { statusOfTie, type WaveParams } from '../../../src/analysis/story/waves';
import { datasetOf, org, tie } from '../analysis/factories';

/*
 * Hand-worked case. Cities: a, b, c in X; d, e, f in Y.
 * 2008: a-b a-c a-d b-c.  2009: c-f.  2011: a-b a-d d-e e-f b-e.
 * Observed waves 2008 vs 2011: persisted a-b a-d (2), dissolved a-c b-c (2), formed d-e e-f b-e (3);
 * joined e f, left c.
 * Wave A: n 4, 4 pairs, density 4/6, mean degree 2, degrees 3 2 2 1 -> Freeman (0+1+1+2)/(3·2) = 2/3;
 * cross-city a-d only: 1/4. Betweenness: a lies on d-b and d-c: 2 / C(3,2) = 2/3.
 * Wave B: n 5, 5 pairs, density 1/2, mean degree 2, degrees a2 b2 d2 e3 f1 -> (1+1+1+0+2)/(4·3) = 5/12;
 * cross-city a-d b-e: 2/5. Betweenness of e: f-a (1), f-b (1), f-d (1), b-d (1/2) = 3.5 / C(4,2) = 7/12;
 * a: b-d half = 1/12.
 * Brokerage by city (undirected paths count both ways): A: a brokers b-a-d and c-a-d = 4.
 * B: e brokers d-e-f, b-e-d, b-e-f = 6; a, b, d one open path each = 2.
 */
const cities: Record<string, string> = { a: 'X', b: 'X', c: 'X', d: 'Y', e: 'Y', f: 'Y' };
const dataset = datasetOf(
  Object.keys(cities).map((id) => org(id, { city: cities[id]! })),
  [
    ...[
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
    ].map(([s, t]) => tie(s!, t!, { year: 2008 })),
    tie('c', 'f', { year: 2009 }),
    ...[
      ['a', 'b'],
      ['a', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['b', 'e'],
    ].map(([s, t]) => tie(s!, t!, { year: 2011 })),
  ],
);
const cityOf = (id: string) => cities[id] ?? '';
const run = (params?: WaveParams) => compareWaves(dataset, dataset.ties, cityOf, cityOf, params)!;

describe('compareWaves', () => {
  it('counts ties formed, persisted and dissolved between the first and the last year', () => {
    const result = run();
    expect(result.params).toEqual({ a: { from: 2008, to: 2008 }, b: { from: 2011, to: 2011 }, reading: 'observed' });
    expect(result.counts).toEqual({ formed: 3, persisted: 2, dissolved: 2, joined: 2, left: 1 });
    expect(result.joined).toEqual(['e', 'f']);
    expect(result.left).toEqual(['c']);
  });

  it('measures each wave', () => {
    const { a, b } = run();
    expect(a).toEqual({
      organisations: 4,
      ties: 4,
      density: 4 / 6,
      meanDegree: 2,
      centralisation: 2 / 3,
      crossCityShare: 1 / 4,
    });
    expect(b).toEqual({
      organisations: 5,
      ties: 5,
      density: 0.5,
      meanDegree: 2,
      centralisation: 5 / 12,
      crossCityShare: 2 / 5,
    });
  });

  it('ranks organisations by change in betweenness and brokerage', () => {
    const result = run();
    const [first, second] = result.betweennessChanges;
    expect(first).toMatchObject({ id: 'a', betweennessA: 2 / 3 });
    expect(first!.betweennessB).toBeCloseTo(1 / 12, 12);
    expect(second).toMatchObject({ id: 'e', betweennessA: 0 });
    expect(second!.betweennessB).toBeCloseTo(7 / 12, 12);
    expect(result.brokerageChanges[0]).toMatchObject({ id: 'e', brokerageA: 0, brokerageB: 6 });
    expect(result.brokerageChanges.find((change) => change.id === 'a')).toMatchObject({ brokerageA: 4, brokerageB: 2 });
  });

  it('reads years as the start of a tie when asked: nothing dissolves', () => {
    const params: WaveParams = { a: { from: 2008, to: 2008 }, b: { from: 2011, to: 2011 }, reading: 'cumulative' };
    expect(run(params).counts).toEqual({ formed: 4, persisted: 4, dissolved: 0, joined: 2, left: 0 });
  });

  it('takes periods of several years', () => {
    const params: WaveParams = { a: { from: 2008, to: 2009 }, b: { from: 2011, to: 2011 }, reading: 'observed' };
    expect(run(params).counts).toEqual({ formed: 3, persisted: 2, dissolved: 3, joined: 1, left: 1 });
  });

  it('needs two years', () => {
    const single = datasetOf([org('a'), org('b')], [tie('a', 'b', { year: 2010 })]);
    expect(compareWaves(single, single.ties, cityOf, cityOf)).toBeNull();
  });

  it('gives each drawn tie the status of its pair when the tie lies in a wave', () => {
    const result = run();
    const status = (source: string, target: string, year: number) =>
      statusOfTie({ source, target, year }, result.pairs, result.params);
    expect(status('b', 'a', 2008)).toBe('persisted');
    expect(status('a', 'c', 2008)).toBe('dissolved');
    expect(status('e', 'f', 2011)).toBe('formed');
    expect(status('c', 'f', 2009)).toBeNull();
  });
});

describe('freemanCentralisation', () => {
  it.each([
    ['a star of five', [4, 1, 1, 1, 1], 1],
    ['a complete graph of four', [3, 3, 3, 3], 0],
    ['a path of four (degrees 1 2 2 1)', [1, 2, 2, 1], 2 / 6],
    ['two organisations', [1, 1], 0],
  ])('%s', (_name, degrees, expected) => {
    expect(freemanCentralisation(degrees)).toBeCloseTo(expected, 12);
  });
});

describe('formatWaveCounts', () => {
  it('writes the counts as the Comparison region states them', () => {
    expect(formatWaveCounts({ formed: 12, persisted: 14, dissolved: 10, joined: 2, left: 0 })).toEqual([
      '12 ties formed',
      '14 persisted',
      '10 dissolved',
      '2 organisations joined',
      '0 left',
    ]);
  });
  it('uses the singular for one', () => {
    expect(formatWaveCounts({ formed: 1, persisted: 1, dissolved: 0, joined: 1, left: 1 })).toEqual([
      '1 tie formed',
      '1 persisted',
      '0 dissolved',
      '1 organisation joined',
      '1 left',
    ]);
  });
  it('signs changes', () => {
    expect([formatChange(3), formatChange(-0.125, 2), formatChange(0.001, 2)]).toEqual(['+3', '−0.13', '0.00']);
  });
});
