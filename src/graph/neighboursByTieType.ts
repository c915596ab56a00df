import type { Organisation } from '../model/types';
import type { Neighbour } from './buildGraph';

export interface TieTypeGroup {
  /** The tie type as written in the data, or '' for ties without a type. */
  type: string;
  neighbours: Organisation[];
}

/**
 * Neighbours grouped by the type of tie that joins them: a neighbour joined by two kinds of tie
 * appears in both groups. Groups by size (largest first, then by name), untyped ties last;
 * neighbours keep their order (by name).
 */
export function neighboursByTieType(neighbours: readonly Neighbour[]): TieTypeGroup[] {
  const groups = new Map<string, Organisation[]>();
  for (const { organisation, ties } of neighbours) {
    for (const type of new Set(ties.map((tie) => tie.type ?? ''))) {
      const group = groups.get(type) ?? [];
      group.push(organisation);
      groups.set(type, group);
    }
  }
  return [...groups.entries()]
    .map(([type, members]) => ({ type, neighbours: members }))
    .sort(
      (a, b) =>
        Number(a.type === '') - Number(b.type === '') ||
        b.neighbours.length - a.neighbours.length ||
        a.type.localeCompare(b.type),
    );
}
