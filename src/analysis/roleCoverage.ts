import { idRecord } from '../model/idRecord';
import type { Role } from '../model/roles';
import type { SimpleGraph } from './simpleGraph';

/** The three helices a cluster partnership needs; research counts as knowledge. */
export const HELICES = ['business', 'knowledge', 'government'] as const;
export type Helix = (typeof HELICES)[number];

const helixOf = (role: Role): Helix | null =>
  role === 'research' ? 'knowledge' : (HELICES as readonly string[]).includes(role) ? (role as Helix) : null;

/**
 * How many of business, knowledge and government each organisation reaches in its closed
 * neighbourhood (itself and its partners), 0–3.
 */
export function helicesReached(simple: SimpleGraph): Record<string, number> {
  const result = idRecord<number>();
  simple.forEachNode((id, { role }) => {
    const reached = new Set<Helix>();
    const own = helixOf(role);
    if (own) reached.add(own);
    simple.forEachNeighbor(id, (_neighbour, attributes) => {
      const helix = helixOf(attributes.role);
      if (helix) reached.add(helix);
    });
    result[id] = reached.size;
  });
  return result;
}

/** Cluster-system coverage: the share of organisations that reach all three helices (null when empty). */
export function clusterSystemCoverage(reached: Record<string, number>): number | null {
  const values = Object.values(reached);
  return values.length === 0 ? null : values.filter((count) => count === HELICES.length).length / values.length;
}
