import { idRecord } from '../model/idRecord';
import type { Tie } from '../model/types';

/** Gould & Fernandez (1989) brokerage roles of a broker B in a path A -> B -> C with no tie A -> C. */
export const BROKERAGE_ROLES = ['coordinator', 'gatekeeper', 'representative', 'consultant', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole, number>;

/** Which role B plays between A and C, from the groups of A, B and C. */
export function brokerageRole(groupA: string, groupB: string, groupC: string): BrokerageRole {
  if (groupA === groupB) return groupB === groupC ? 'coordinator' : 'representative';
  if (groupB === groupC) return 'gatekeeper';
  return groupA === groupC ? 'consultant' : 'liaison';
}

const emptyCounts = (): BrokerageCounts => ({
  coordinator: 0,
  gatekeeper: 0,
  representative: 0,
  consultant: 0,
  liaison: 0,
});

/** Who each organisation sends ties to: a directed tie one way, an undirected tie both ways. */
function outNeighbours(ids: string[], ties: Pick<Tie, 'source' | 'target' | 'directed'>[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const { source, target, directed } of ties) {
    if (source === target || !out.has(source) || !out.has(target)) continue;
    out.get(source)!.add(target);
    if (!directed) out.get(target)!.add(source);
  }
  return out;
}

/**
 * Brokerage role counts for every organisation relative to a grouping. Undirected ties count in
 * both directions, so in an undirected network each open path is counted twice (A->B->C and
 * C->B->A) and gatekeeper equals representative.
 */
export function brokerageRoles(
  ids: string[],
  ties: Pick<Tie, 'source' | 'target' | 'directed'>[],
  groupOf: (id: string) => string,
): Record<string, BrokerageCounts> {
  const out = outNeighbours(ids, ties);
  const into = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [source, targets] of out) for (const target of targets) into.get(target)!.push(source);
  const result = idRecord<BrokerageCounts>();
  for (const [broker, targets] of out) {
    const counts = emptyCounts();
    const groupB = groupOf(broker);
    for (const a of into.get(broker)!) {
      const fromA = out.get(a)!;
      const groupA = groupOf(a);
      for (const c of targets) {
        if (c === a || fromA.has(c)) continue;
        counts[brokerageRole(groupA, groupB, groupOf(c))] += 1;
      }
    }
    result[broker] = counts;
  }
  return result;
}
