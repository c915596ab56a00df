import { describe, expect, it } from 'vitest';
import { cycle, hubOf, jumpTarget } from '../../src/graph/keyboardJumps';
import { graphOf, org, tie } from './testGraph';

// Lyon: A–B, A–C (A is the hub); Munich: D–E, E–F (E is the hub); Oslo: G alone; H has no city and no tie.
const graph = graphOf(
  [
    org('a', { city: 'Lyon' }),
    org('b', { city: 'Lyon' }),
    org('c', { city: 'Lyon' }),
    org('d', { city: 'Munich' }),
    org('e', { city: 'Munich' }),
    org('f', { city: 'Munich' }),
    org('g', { city: 'Oslo' }),
    org('h'),
  ],
  [tie('t1', 'a', 'b'), tie('t2', 'a', 'c'), tie('t3', 'd', 'e'), tie('t4', 'e', 'f')],
);

describe('cycle', () => {
  it.each([
    [null, 1, 'x'],
    [null, -1, 'z'],
    ['x', 1, 'y'],
    ['z', 1, 'x'],
    ['x', -1, 'z'],
    ['gone', 1, 'x'],
  ] as const)('from %s by %i gives %s', (current, step, expected) => {
    expect(cycle(['x', 'y', 'z'], current, step)).toBe(expected);
  });
  it('gives null for an empty list', () => expect(cycle([], null, 1)).toBeNull());
});

describe('jumpTarget', () => {
  it('moves between cities (largest first, then by name) to each city’s hub', () => {
    // Lyon and Munich have 3 each (Lyon first by name), then Oslo.
    expect(jumpTarget(graph, 'city', null, 1)).toBe('a');
    expect(jumpTarget(graph, 'city', 'b', 1)).toBe('e');
    expect(jumpTarget(graph, 'city', 'e', 1)).toBe('g');
    expect(jumpTarget(graph, 'city', 'g', 1)).toBe('a');
    expect(jumpTarget(graph, 'city', 'a', -1)).toBe('g');
  });

  it('moves between communities', () => {
    const community = { a: 1, b: 1, c: 2, d: 2, e: 2, f: 3, g: 3, h: 3 };
    // Communities 2 (3 members: c, d, e; e has 2 ties) and 3 (f, g, h: f has the one tie), then 1.
    expect(jumpTarget(graph, 'community', null, 1, undefined, community)).toBe('e');
    expect(jumpTarget(graph, 'community', 'e', 1, undefined, community)).toBe('f');
    expect(jumpTarget(graph, 'community', 'f', 1, undefined, community)).toBe('a');
  });

  it('reaches the organisations without ties in turn, and every organisation by name', () => {
    expect(jumpTarget(graph, 'isolated', null, 1)).toBe('g');
    expect(jumpTarget(graph, 'isolated', 'g', 1)).toBe('h');
    expect(jumpTarget(graph, 'isolated', 'a', 1)).toBe('g');
    const reached = [];
    let current: string | null = null;
    for (let i = 0; i < graph.order; i++) reached.push((current = jumpTarget(graph, 'name', current, 1)));
    expect(reached).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('skips hidden organisations', () => {
    const shown = (id: string) => id !== 'g';
    expect(jumpTarget(graph, 'city', 'e', 1, shown)).toBe('a');
    expect(jumpTarget(graph, 'isolated', null, 1, shown)).toBe('h');
  });

  it('picks the hub by ties, then by name', () => {
    expect(hubOf(graph, ['b', 'c'])).toBe('b');
    expect(hubOf(graph, [])).toBeNull();
  });
});
