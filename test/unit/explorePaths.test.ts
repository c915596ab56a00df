import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../src/graph/neighbourhood';
import { shortestPath, tieCost } from '../../src/graph/shortestPath';
import { bridgesBetween } from '../../src/graph/bridges';
import { exploreGraph } from './exploreFixture';

const graph = exploreGraph();

describe('neighbourhood', () => {
  it.each([
    ['a', 1, 'abcd'],
    ['a', 2, 'abcde'],
    ['a', 3, 'abcde'],
    ['e', 1, 'bde'],
    ['g', 3, 'gh'],
    ['f', 2, 'f'],
    ['nobody', 1, ''],
  ] as const)('%s, %i step(s) out', (id, depth, expected) => {
    expect([...neighbourhood(graph, id, depth)].sort()).toEqual([...expected]);
  });
});

describe('shortestPath', () => {
  it('takes the direct tie by number of ties', () => {
    expect(shortestPath(graph, 'a', 'c', false)).toEqual({ nodes: ['a', 'c'], edges: ['t6'], cost: 1 });
  });

  it('names the strongest of parallel ties', () => {
    expect(shortestPath(graph, 'c', 'd', false)?.edges).toEqual(['t9']);
  });

  it('counts ties: every b–d route has two', () => {
    const path = shortestPath(graph, 'b', 'd', false);
    expect(path?.cost).toBe(2);
    expect(path?.nodes).toHaveLength(3);
  });

  it('by weight prefers strong ties: b–c (5) then c–d (4) costs 1/5 + 1/4', () => {
    const path = shortestPath(graph, 'b', 'd', true);
    expect(path?.nodes).toEqual(['b', 'c', 'd']);
    expect(path?.edges).toEqual(['t2', 't9']);
    expect(path?.cost).toBeCloseTo(0.45, 10);
  });

  it('by weight sums 1 / weight along the route', () => {
    expect(shortestPath(graph, 'a', 'c', true)).toEqual({ nodes: ['a', 'c'], edges: ['t6'], cost: 1 });
    const path = shortestPath(graph, 'e', 'c', true);
    // e–b–c: 1 + 1/5 = 1.2; e–d–c: 1 + 1/4 = 1.25.
    expect(path?.nodes).toEqual(['e', 'b', 'c']);
    expect(path?.cost).toBeCloseTo(1.2, 10);
  });

  it('is null across components or for unknown organisations, trivial from a node to itself', () => {
    expect(shortestPath(graph, 'a', 'h', false)).toBeNull();
    expect(shortestPath(graph, 'a', 'f', true)).toBeNull();
    expect(shortestPath(graph, 'a', 'nobody', false)).toBeNull();
    expect(shortestPath(graph, 'a', 'a', false)).toEqual({ nodes: ['a'], edges: [], cost: 0 });
  });

  it('tie cost is 1 / weight and a non-positive weight cannot be crossed', () => {
    expect([tieCost(4), tieCost(0.5), tieCost(0), tieCost(-1)]).toEqual([0.25, 2, Infinity, Infinity]);
  });
});

describe('bridgesBetween', () => {
  it('finds the direct ties and the brokers between Lyon and Munich', () => {
    const bridges = bridgesBetween(graph, 'city', 'Lyon', 'Munich');
    expect(bridges.directTies.sort()).toEqual(['t2', 't4', 't6']);
    expect(bridges.brokers).toEqual(['e']);
    expect(bridges.brokerTies.sort()).toEqual(['t5', 't8']);
    expect(bridges.organisations.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('is symmetric in its groups', () => {
    const forward = bridgesBetween(graph, 'city', 'Lyon', 'Munich');
    const backward = bridgesBetween(graph, 'city', 'Munich', 'Lyon');
    expect(backward.directTies.sort()).toEqual(forward.directTies.sort());
    expect(backward.brokers).toEqual(forward.brokers);
  });

  it('finds nothing between unlinked groups, and works for any field', () => {
    expect(bridgesBetween(graph, 'city', 'Lyon', 'Helsinki')).toEqual({
      directTies: [],
      brokers: [],
      brokerTies: [],
      organisations: [],
    });
    // Government (e) and knowledge (b) are tied directly by t8; no third organisation touches both.
    expect(bridgesBetween(graph, 'role', 'government', 'knowledge')).toMatchObject({ directTies: ['t8'] });
    // Business (a, c, f, h) and research (d): b touches only business, e only research, so no broker.
    const bridges = bridgesBetween(graph, 'role', 'business', 'research');
    expect(bridges.directTies.sort()).toEqual(['t3', 't4', 't9']);
    expect(bridges.brokers).toEqual([]);
  });
});
