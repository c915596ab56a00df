import { describe, expect, it } from 'vitest';
import {
  describeGroup,
  describeNetwork,
  describeSelection,
  GROUP_LIMIT,
  LIST_LIMIT,
  listInWords,
} from '../../src/graph/describeNetwork';
import { graphOf, org, tie } from './testGraph';

// Lyon: A (government), B (university), C (company); Munich: D (company); E has no city and no tie.
// A–B twice (Funding 2, R&D 1), B–C R&D 1, A–D Funding 5.
const graph = graphOf(
  [
    org('a', { city: 'Lyon', type: 'Government' }),
    org('b', { city: 'Lyon', type: 'University' }),
    org('c', { city: 'Lyon', type: 'Company' }),
    org('d', { city: 'Munich', type: 'Company' }),
    org('e', { type: 'Company' }),
  ],
  [
    tie('t1', 'a', 'b', 2, 'Funding'),
    tie('t2', 'a', 'b', 1, 'R&D'),
    tie('t3', 'b', 'c', 1, 'R&D'),
    tie('t4', 'a', 'd', 5, 'Funding'),
  ],
);

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j reads %j', (items, words) => expect(listInWords(items)).toBe(words));
});

describe('describeNetwork', () => {
  it('sums up the network, then describes each city, largest first', () => {
    const text = describeNetwork(graph, { brokerage: { a: 4, b: 1, c: 0 } });
    expect(text.overview).toBe('5 organisations and 4 ties in 2 cities; 1 organisation without any tie.');
    expect(text.cities.map((city) => city.name)).toEqual(['Lyon', 'Munich']);
    expect(text.cities[0]).toEqual({
      name: 'Lyon',
      summary: 'Lyon: 3 organisations, 3 ties inside.',
      roles: 'Roles present: Business 1, Knowledge (universities) 1, Government 1.',
      // A–B's two ties add up to 3; the tie to D leaves Lyon and does not count here.
      strongest: 'Strongest ties: A with B (weight 3) and B with C (weight 1).',
      brokers: 'Brokers: A (4 open paths) and B (1 open path).',
      members: 'Organisations: A, B and C.',
    });
    expect(text.cities[1]?.strongest).toBe('No ties inside.');
    expect(text.cities[1]?.brokers).toBe('No organisation brokers between others here.');
    expect(text.communities).toBeNull();
  });

  it('describes communities once they are computed', () => {
    const text = describeNetwork(graph, { community: { a: 0, b: 0, c: 1, d: 0, e: 2 } });
    expect(text.overview).toBe(
      '5 organisations and 4 ties in 2 cities, 3 communities; 1 organisation without any tie.',
    );
    expect(text.communities?.map((group) => group.summary)).toEqual([
      'Community 0: 3 organisations, 3 ties inside.',
      'Community 1: 1 organisation, 0 ties inside.',
      'Community 2: 1 organisation, 0 ties inside.',
    ]);
    expect(text.communities?.[0]?.strongest).toBe('Strongest ties: A with D (weight 5) and A with B (weight 3).');
    expect(text.communities?.[0]?.brokers).toBe('Brokers: not computed yet.');
  });

  it('summarises instead of listing above the thresholds', () => {
    const many = Array.from({ length: LIST_LIMIT + 1 }, (_, i) => org(`big-${i}`, { city: 'Big' }));
    const small = Array.from({ length: GROUP_LIMIT + 2 }, (_, i) =>
      org(`s-${i}`, { city: `Town ${String(i).padStart(2, '0')}` }),
    );
    const text = describeNetwork(graphOf([...many, ...small], []));
    expect(text.cities).toHaveLength(GROUP_LIMIT);
    expect(text.cities[0]?.members).toMatch(/^Too many to list one by one/);
    // Big, then towns 00..28 are described; towns 29, 30 and 31 are summed up.
    expect(text.moreCities).toBe('And 3 more cities with 3 organisations.');
  });
});

describe('describeSelection', () => {
  it('names the organisation, then its ties grouped by type, the largest group first', () => {
    expect(describeSelection(graph, 'a')).toEqual({
      heading: 'A',
      sentences: [
        'A: Government (Government) in Lyon, with 3 ties to 2 organisations.',
        'Funding ties (2): with B and D.',
        'R&D ties (1): with B.',
      ],
    });
  });

  it('says so when an organisation has no tie', () => {
    expect(describeSelection(graph, 'e').sentences).toEqual(['E: Company (Business), with no ties.']);
  });

  it('groups a single organisation the same way describeGroup counts it', () => {
    expect(describeGroup(graph, 'Solo', ['e']).summary).toBe('Solo: 1 organisation, 0 ties inside.');
  });
});
