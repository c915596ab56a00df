import { describe, expect, it } from 'vitest';
import { evaluateSuggestions } from '../../../src/analysis/story/evaluateSuggestions';
import { auc, suggestPartners, type SuggestGraph, type SuggestNode } from '../../../src/analysis/story/suggest';
import type { Role } from '../../../src/model/roles';

function graphOf(edges: [string, string][], nodes: Record<string, [Role, string, string]>): SuggestGraph {
  const neighbours = new Map<string, Set<string>>(Object.keys(nodes).map((id) => [id, new Set<string>()]));
  for (const [a, b] of edges) {
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const described = new Map<string, SuggestNode>(
    Object.entries(nodes).map(([id, [role, city, sector]]) => [id, { role, city, sector }]),
  );
  return { neighbours, nodes: described };
}

describe('suggestPartners', () => {
  // s (firm, Lyon, chem) tied to hub h and to m. Candidates: u (university) shares h and m; f (firm)
  // shares h only; o (firm, Munich, chem) shares nobody but the sector in another city.
  // Degrees: h 4 (s, u, f, x), m 2 (s, u).
  // u: 1/ln 4 + 1/ln 2 + 0.3 (firm–university) = 0.7213 + 1.4427 + 0.3 = 2.4640
  // f: 1/ln 4 = 0.7213; o: 0.3 (same sector, other city); x: shares h = 0.7213 (a government: +0.3 -> 1.0213).
  const graph = graphOf(
    [
      ['s', 'h'],
      ['s', 'm'],
      ['u', 'h'],
      ['u', 'm'],
      ['f', 'h'],
      ['x', 'h'],
    ],
    {
      s: ['business', 'Lyon', 'chem'],
      h: ['intermediary', 'Lyon', ''],
      m: ['business', 'Lyon', ''],
      u: ['knowledge', 'Lyon', ''],
      f: ['business', 'Lyon', 'media'],
      x: ['government', 'Lyon', ''],
      o: ['business', 'Munich', 'chem'],
      lone: ['business', 'Lyon', 'media'],
    },
  );

  it('ranks untied organisations with their reasons', () => {
    const suggestions = suggestPartners(graph, 's');
    expect(suggestions.map((s) => s.id)).toEqual(['u', 'x', 'f', 'o']);
    expect(suggestions[0]!.score).toBeCloseTo(1 / Math.log(4) + 1 / Math.log(2) + 0.3, 12);
    expect(suggestions[0]).toMatchObject({ sharedPartners: ['h', 'm'], complementaryRole: true, introducer: 'h' });
    expect(suggestions[3]).toMatchObject({ id: 'o', sharedPartners: [], sameSectorOtherCity: true, introducer: null });
  });

  it('never suggests a partner it already has, nor itself', () => {
    const ids = suggestPartners(graph, 's').map((s) => s.id);
    expect(ids).not.toContain('h');
    expect(ids).not.toContain('s');
  });
});

describe('auc', () => {
  it.each([
    [[3, 4], [1, 2], 1],
    [[1, 2], [3, 4], 0],
    // 2 vs {1, 2}: 1 + 0.5; 3 vs {1, 2}: 2 -> 3.5 / 4.
    [[2, 3], [1, 2], 0.875],
  ])('%j against %j is %s', (positives, negatives, expected) => expect(auc(positives, negatives)).toBe(expected));
});

describe('evaluateSuggestions', () => {
  it('hides a seeded share of pairs and scores them against as many unlinked pairs', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const edges: [string, string][] = [];
    // Three cliques of ten: a hidden pair inside a clique keeps 8 shared partners, random unlinked pairs mostly none.
    for (let c = 0; c < 3; c++)
      for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) edges.push([ids[c * 10 + i]!, ids[c * 10 + j]!]);
    const nodes = Object.fromEntries(ids.map((id) => [id, ['business', 'X', ''] as [Role, string, string]]));
    const result = evaluateSuggestions(graphOf(edges, nodes));
    expect(result.pairs).toBe(135);
    expect(result.hidden).toBeGreaterThan(0);
    expect(result.negatives).toBe(result.hidden);
    expect(result.auc).toBeGreaterThan(0.95);
    expect(result).toEqual(evaluateSuggestions(graphOf(edges, nodes)));
  });
});
