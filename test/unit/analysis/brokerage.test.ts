import { describe, expect, it } from 'vitest';
import { brokerageRole, brokerageRoles } from '../../../src/analysis/brokerage';
import { eiIndex } from '../../../src/analysis/eiIndex';
import { datasetOf, org, tie } from './factories';

/** A -> B -> C with the given groups; `directed` false makes both ties undirected. */
function path(groups: [string, string, string], { directed = true, closed = false } = {}) {
  const [a, b, c] = groups;
  const ties = [tie('A', 'B', { directed }), tie('B', 'C', { directed })];
  if (closed) ties.push(tie('A', 'C', { directed }));
  const dataset = datasetOf([org('A', { city: a }), org('B', { city: b }), org('C', { city: c })], ties);
  return brokerageRoles(['A', 'B', 'C'], dataset.ties, (id) => dataset.organisations.find((o) => o.id === id)!.city!);
}

const none = { coordinator: 0, gatekeeper: 0, representative: 0, consultant: 0, liaison: 0 };

describe('Gould & Fernandez brokerage, hand-worked from the definitions', () => {
  it.each([
    ['coordinator: all three in one group', ['x', 'x', 'x'], 'coordinator'],
    ['gatekeeper: A outside, B and C in one group', ['y', 'x', 'x'], 'gatekeeper'],
    ['representative: A and B in one group, C outside', ['x', 'x', 'y'], 'representative'],
    ['consultant: A and C in one group, B outside', ['y', 'x', 'y'], 'consultant'],
    ['liaison: three different groups', ['x', 'y', 'z'], 'liaison'],
  ] as const)('%s', (_name, groups, role) => {
    expect(brokerageRole(groups[0], groups[1], groups[2])).toBe(role);
    const result = path([...groups]);
    expect(result['B']).toEqual({ ...none, [role]: 1 });
    expect(result['A']).toEqual(none);
    expect(result['C']).toEqual(none);
  });

  it('does not count a path when A already has a tie to C', () => {
    expect(path(['x', 'x', 'x'], { closed: true })['B']).toEqual(none);
  });

  it('counts an undirected path in both directions', () => {
    expect(path(['x', 'x', 'x'], { directed: false })['B']).toEqual({ ...none, coordinator: 2 });
    // A -> B -> C is gatekeeping into B's group; C -> B -> A is representing it outwards.
    expect(path(['y', 'x', 'x'], { directed: false })['B']).toEqual({ ...none, gatekeeper: 1, representative: 1 });
  });

  it('does not broker against the direction of a directed tie', () => {
    const dataset = datasetOf(
      [org('A'), org('B'), org('C')],
      [tie('B', 'A', { directed: true }), tie('B', 'C', { directed: true })],
    );
    expect(brokerageRoles(['A', 'B', 'C'], dataset.ties, () => 'x')['B']).toEqual(none);
  });
});

describe('E-I index', () => {
  it.each([
    [0, 0, null],
    [4, 0, -1],
    [0, 3, 1],
    [1, 3, 0.5],
    [3, 1, -0.5],
  ])('internal %d, external %d -> %s', (internal, external, expected) => {
    expect(eiIndex(internal, external)).toBe(expected);
  });
});
