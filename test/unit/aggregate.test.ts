import { describe, expect, it } from 'vitest';
import { aggregateGraph } from '../../src/graph/aggregate';
import { groupElements, groupSizeFor, linkWidthFor } from '../../src/appearance/groupElements';
import { graphOf, org, tie } from './testGraph';

// Lyon: a, b, c; Munich: m1, m2; no city: x.
const graph = graphOf(
  [
    org('a', { city: 'Lyon' }),
    org('b', { city: 'Lyon' }),
    org('c', { city: 'Lyon' }),
    org('m1', { city: 'Munich' }),
    org('m2', { city: 'Munich' }),
    org('x'),
  ],
  [
    tie('t1', 'a', 'b', 2),
    tie('t2', 'a', 'm1', 3),
    tie('t3', 'b', 'm2', 4),
    tie('t4', 'c', 'm1', 1),
    tie('t5', 'm1', 'm2', 5),
    tie('t6', 'x', 'a', 1),
  ],
);
const cityOf = (id: string) => graph.getNodeAttribute(id, 'organisation').city ?? '';

describe('aggregateGraph (city view)', () => {
  const { groups, links } = aggregateGraph(graph, cityOf);
  it('makes one group per city, largest first, with members and inside ties', () => {
    expect(groups.map((g) => [g.id, g.members, g.internalTies, g.internalWeight])).toEqual([
      ['group:Lyon', ['a', 'b', 'c'], 1, 2],
      ['group:Munich', ['m1', 'm2'], 1, 5],
      ['group:', ['x'], 0, 0],
    ]);
  });
  it('joins each pair of cities with one link carrying the count and total weight of their ties', () => {
    const summary = links.map((l) => [l.source, l.target, l.count, l.weight]).sort();
    // Lyon–Munich: t2 (3) + t3 (4) + t4 (1) = 3 ties, weight 8; ''–Lyon: t6.
    expect(summary).toEqual([
      ['group:', 'group:Lyon', 1, 1],
      ['group:Lyon', 'group:Munich', 3, 8],
    ]);
  });
  it('loses no tie: every tie is inside a group or in one link', () => {
    const inside = groups.reduce((n, g) => n + g.internalTies, 0);
    expect(inside + links.reduce((n, l) => n + l.count, 0)).toBe(graph.size);
  });
});

describe('groupElements', () => {
  it('labels groups with their organisation count and sizes them by it', () => {
    const { elements } = groupElements(graph, 'city', null);
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data['label'])).toEqual(['Lyon (3)', 'Munich (2)', '(none) (1)']);
    expect(nodes[0]?.data['size']).toBe(groupSizeFor(3, 3));
    expect(groupSizeFor(3, 3)).toBeGreaterThan(groupSizeFor(1, 3));
    expect(linkWidthFor(8, 8)).toBeGreaterThan(linkWidthFor(1, 8));
  });
});
