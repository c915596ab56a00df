import { describe, expect, it } from 'vitest';
import { averageDistance, clusterOrganisationWork } from '../../../src/analysis/story/clusterOrganisationWork';
import { toAdjacency, toSimpleGraph } from '../../../src/analysis/simpleGraph';
import { datasetFromEdges } from '../analysis/factories';

describe('clusterOrganisationWork', () => {
  // C is tied to a, b, d; a–b tied; d–e a tail. Cities: a, b in X; d, e in Y; C in X.
  // Brokered pairs of C: a–d, b–d (a–b are tied): 2, both across cities; roles: a business, b knowledge,
  // d business -> a–d same role, b–d different: 1.
  // Without C: {a, b} and {d, e} (the larger part holds 2 and 2: the tie goes to the lower label, the
  // part of a and b) -> d and e are cut off. Components 1 -> 2.
  // Average distance before, ordered pairs over 5 nodes (all reachable): distances from
  // a: b1 C1 d2 e3 = 7; b: 7; C: a1 b1 d1 e2 = 5; d: C1 e1 a2 b2 = 6; e: d1 C2 a3 b3 = 9 -> 34 / 20 = 1.7.
  // After: a–b and d–e only: 4 ordered pairs at 1 -> 1.
  const adjacency = toAdjacency(
    toSimpleGraph(
      datasetFromEdges([
        ['C', 'a'],
        ['C', 'b'],
        ['a', 'b'],
        ['C', 'd'],
        ['d', 'e'],
      ]),
    ),
  );
  const city: Record<string, string> = { C: 'X', a: 'X', b: 'X', d: 'Y', e: 'Y' };
  const role: Record<string, string> = {
    C: 'intermediary',
    a: 'business',
    b: 'knowledge',
    d: 'business',
    e: 'business',
  };

  it('counts brokered pairs and the what-if of removing it', () => {
    const [work] = clusterOrganisationWork(
      adjacency,
      ['C'],
      (id) => city[id]!,
      (id) => role[id]!,
    );
    expect(work).toEqual({
      id: 'C',
      partners: 3,
      brokeredPairs: 2,
      crossCityPairs: 2,
      crossRolePairs: 1,
      cutOff: ['d', 'e'],
      componentsBefore: 1,
      componentsAfter: 2,
      averageDistanceBefore: 1.7,
      averageDistanceAfter: 1,
    });
  });

  it('averages distances over reachable ordered pairs', () => {
    expect(averageDistance(adjacency)).toBe(1.7);
  });
});
