import type { ClusterGraph } from './buildGraph';

/** One node of an aggregated view: all organisations sharing a value (a city, a cluster...). */
export interface AggregateGroup {
  /** Element id, distinct from any organisation id. */
  id: string;
  /** The shared value ('' for organisations without one). */
  key: string;
  members: string[];
  /** Ties inside the group: how many, and their total weight. */
  internalTies: number;
  internalWeight: number;
}

/** All ties between two groups, as one link. */
export interface AggregateLink {
  id: string;
  source: string;
  target: string;
  /** Number of ties it stands for. */
  count: number;
  /** Their total weight. */
  weight: number;
}

export const groupId = (key: string): string => `group:${key}`;

/**
 * Collapse a graph into one node per group (city view and any other grouping): ties between
 * groups become one link each with their count and total weight; ties inside a group are
 * counted on the group. Groups are ordered by size (largest first), then key. Pure.
 */
export function aggregateGraph(
  graph: ClusterGraph,
  keyOf: (id: string) => string,
): { groups: AggregateGroup[]; links: AggregateLink[] } {
  const groups = new Map<string, AggregateGroup>();
  const keyById = new Map<string, string>();
  graph.forEachNode((id) => {
    const key = keyOf(id);
    keyById.set(id, key);
    const group = groups.get(key) ?? { id: groupId(key), key, members: [], internalTies: 0, internalWeight: 0 };
    group.members.push(id);
    groups.set(key, group);
  });
  const links = new Map<string, AggregateLink>();
  graph.forEachEdge((_edge, { tie }, source, target) => {
    const [a, b] = [keyById.get(source) ?? '', keyById.get(target) ?? ''];
    const weight = Number.isFinite(tie.weight) ? tie.weight : 0;
    if (a === b) {
      const group = groups.get(a);
      if (group) [group.internalTies, group.internalWeight] = [group.internalTies + 1, group.internalWeight + weight];
      return;
    }
    const [first, second] = a < b ? [a, b] : [b, a];
    const id = `link:${first}\u0000${second}`;
    const link = links.get(id) ?? { id, source: groupId(first), target: groupId(second), count: 0, weight: 0 };
    link.count += 1;
    link.weight += weight;
    links.set(id, link);
  });
  const ordered = [...groups.values()].sort(
    (x, y) => y.members.length - x.members.length || x.key.localeCompare(y.key),
  );
  return { groups: ordered, links: [...links.values()] };
}
