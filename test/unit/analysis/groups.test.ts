import { describe, expect, it } from 'vitest';
import { groupStats } from '../../../src/analysis/groupStats';
import { groupMatrix } from '../../../src/analysis/groupMatrix';
import { growthByYear, ALL_GROUPS } from '../../../src/analysis/growth';
import { exclusivePairs } from '../../../src/analysis/intermediaries';
import { clusterSystemCoverage, helicesReached } from '../../../src/analysis/roleCoverage';
import { toAdjacency, toSimpleGraph } from '../../../src/analysis/simpleGraph';
import { datasetOf, org, tie } from './factories';

// Lyon: a, b, c; Munich: d, e. Ties: a-b twice (weights 2 and 1), b-c, c-d, d-e, c-e.
const dataset = datasetOf(
  [
    org('a', { city: 'Lyon', type: 'Firm' }),
    org('b', { city: 'Lyon', type: 'University' }),
    org('c', { city: 'Lyon', type: 'Cluster organisation' }),
    org('d', { city: 'Munich', type: 'Government' }),
    org('e', { city: 'Munich', type: 'Firm' }),
  ],
  [
    tie('a', 'b', { weight: 2, year: 2008 }),
    tie('a', 'b', { weight: 1, year: 2010, type: 'other' }),
    tie('b', 'c', { year: 2009 }),
    tie('c', 'd', { year: 2010 }),
    tie('d', 'e', { year: 2010 }),
    tie('c', 'e'),
  ],
);
const simple = toSimpleGraph(dataset);
const cityOf = (id: string) => dataset.organisations.find((o) => o.id === id)?.city ?? '';

describe('simple graph', () => {
  it('sums parallel ties into one weighted pair', () => {
    expect(simple.size).toBe(5);
    expect(simple.getEdgeAttributes(simple.edge('a', 'b')!)).toMatchObject({ weight: 3, ties: 2 });
  });
});

describe('group statistics by city (hand-worked)', () => {
  const [lyon, munich] = groupStats(simple, cityOf, cityOf);
  it('counts internal and external pairs, density, E-I and crossing share', () => {
    // Lyon: internal a-b, b-c (2 pairs of 3 possible, weight 3 + 1); external c-d, c-e (weight 2).
    expect(lyon).toEqual({
      group: 'Lyon',
      organisations: 3,
      internalTies: 2,
      internalWeight: 4,
      externalTies: 2,
      externalWeight: 2,
      density: 2 / 3,
      eiIndex: 0,
      crossCityShare: 0.5,
    });
    // Munich: internal d-e; external c-d, c-e.
    expect(munich).toEqual({
      group: 'Munich',
      organisations: 2,
      internalTies: 1,
      internalWeight: 1,
      externalTies: 2,
      externalWeight: 2,
      density: 1,
      eiIndex: 1 / 3,
      crossCityShare: 2 / 3,
    });
  });
  it('builds the symmetric city × city matrix', () => {
    const matrix = groupMatrix(simple, cityOf, ['Lyon', 'Munich']);
    expect(matrix.counts).toEqual([
      [2, 2],
      [2, 1],
    ]);
    expect(matrix.weights).toEqual([
      [4, 2],
      [2, 1],
    ]);
    expect(matrix.merged).toBeNull();
  });
  it('merges small groups beyond the limit into one row', () => {
    const matrix = groupMatrix(simple, (id) => id, ['a', 'b', 'c', 'd', 'e'], 3);
    expect(matrix.groups).toEqual(['a', 'b', 'Other groups']);
    expect(matrix.counts[0]).toEqual([0, 1, 0]);
    expect(matrix.counts[2]).toEqual([0, 1, 3]);
    expect(matrix.merged).toEqual({ into: 'Other groups', groups: 3 });
  });
});

describe('growth by year', () => {
  it('counts ties per year and organisations in the year of their first tie', () => {
    const growth = growthByYear(dataset, cityOf, ['Lyon', 'Munich']);
    expect(growth.years).toEqual([2008, 2009, 2010]);
    expect(growth.tiesWithoutYear).toBe(1);
    const series = Object.fromEntries(growth.series.map((s) => [s.group, s]));
    expect(series[ALL_GROUPS]).toMatchObject({ ties: [1, 1, 3], newOrganisations: [2, 1, 2] });
    // c-d crosses: it counts for Lyon and for Munich.
    expect(series['Lyon']).toMatchObject({ ties: [1, 1, 2], newOrganisations: [2, 1, 0] });
    expect(series['Munich']).toMatchObject({ ties: [0, 0, 2], newOrganisations: [0, 0, 2] });
  });
});

describe('cluster-system coverage', () => {
  it('counts business, knowledge and government in each closed neighbourhood', () => {
    const reached = helicesReached(simple);
    // b (knowledge) touches a (business) and c (intermediary): 2. c touches b, d (government), e (business): 3.
    expect(reached).toEqual({ a: 2, b: 2, c: 3, d: 2, e: 2 });
    expect(clusterSystemCoverage(reached)).toBe(1 / 5);
    expect(clusterSystemCoverage({})).toBeNull();
  });
});

describe('intermediaries', () => {
  it('lists pairs of partners linked only through the intermediary', () => {
    // c's partners: b, d, e. d-e are tied; b-d and b-e have only c in common.
    const [report] = exclusivePairs(toAdjacency(simple), ['c']);
    expect(report).toEqual({
      id: 'c',
      partners: 3,
      exclusivePairs: 2,
      examples: [
        ['b', 'd'],
        ['b', 'e'],
      ],
    });
  });
  it('does not count a pair with another partner in common', () => {
    const square = toSimpleGraph(
      datasetOf([org('v'), org('x'), org('y'), org('w')], [tie('v', 'x'), tie('v', 'y'), tie('w', 'x'), tie('w', 'y')]),
    );
    expect(exclusivePairs(toAdjacency(square), ['v'])[0]!.exclusivePairs).toBe(0);
  });
});
