import type { Adjacency } from '../simpleGraph';

/** What one cluster organisation does for the network, and what would happen without it. */
export interface ClusterOrganisationWork {
  id: string;
  partners: number;
  /** Pairs of its partners not tied to each other: the pairs it brokers, in all, across cities and across roles. */
  brokeredPairs: number;
  crossCityPairs: number;
  crossRolePairs: number;
  /** Organisations that would lose every path to the largest part of what is now their component. */
  cutOff: string[];
  componentsBefore: number;
  componentsAfter: number;
  /** Mean steps between organisations that can reach each other, before and after (null above the limit). */
  averageDistanceBefore: number | null;
  averageDistanceAfter: number | null;
}

/** Above this many organisations the what-if leaves out average distance (one search per organisation). */
export const WHAT_IF_DISTANCE_LIMIT = 2000;

/** Component label of every node, skipping `removed` (label −1). */
function components(adjacency: Adjacency, removed: number): { labels: Int32Array; count: number } {
  const { starts, neighbours } = adjacency;
  const n = adjacency.ids.length;
  const labels = new Int32Array(n).fill(-1);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (s === removed || labels[s] !== -1) continue;
    labels[s] = count;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      for (let j = starts[u]!; j < starts[u + 1]!; j++) {
        const v = neighbours[j]!;
        if (v !== removed && labels[v] === -1) {
          labels[v] = count;
          queue.push(v);
        }
      }
    }
    count += 1;
  }
  return { labels, count };
}

/** Mean BFS distance over reachable ordered pairs, skipping `removed`. */
export function averageDistance(adjacency: Adjacency, removed = -1): number | null {
  const { starts, neighbours } = adjacency;
  const n = adjacency.ids.length;
  const dist = new Int32Array(n);
  let sum = 0;
  let pairs = 0;
  for (let s = 0; s < n; s++) {
    if (s === removed) continue;
    dist.fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      for (let j = starts[u]!; j < starts[u + 1]!; j++) {
        const v = neighbours[j]!;
        if (v === removed || dist[v] !== -1) continue;
        dist[v] = dist[u]! + 1;
        sum += dist[v]!;
        pairs += 1;
        queue.push(v);
      }
    }
  }
  return pairs === 0 ? null : sum / pairs;
}

/** Pairs of `v`'s partners not tied to each other, in all and across the two given attributes. */
function brokered(adjacency: Adjacency, v: number, cityOf: (id: string) => string, roleOf: (id: string) => string) {
  const { starts, neighbours, ids } = adjacency;
  const partners = Array.from(neighbours.subarray(starts[v]!, starts[v + 1]!));
  const tied = (a: number, b: number) => neighbours.subarray(starts[a]!, starts[a + 1]!).includes(b);
  let [all, city, role] = [0, 0, 0];
  for (let x = 0; x < partners.length; x++)
    for (let y = x + 1; y < partners.length; y++) {
      const [a, b] = [partners[x]!, partners[y]!];
      if (tied(a, b)) continue;
      all += 1;
      const [cityA, cityB] = [cityOf(ids[a]!), cityOf(ids[b]!)];
      if (cityA && cityB && cityA !== cityB) city += 1;
      if (roleOf(ids[a]!) !== roleOf(ids[b]!)) role += 1;
    }
  return { partners: partners.length, all, city, role };
}

/** The work of each given cluster organisation, and the what-if of removing it. */
export function clusterOrganisationWork(
  adjacency: Adjacency,
  ids: string[],
  cityOf: (id: string) => string,
  roleOf: (id: string) => string,
): ClusterOrganisationWork[] {
  const before = components(adjacency, -1);
  const withDistance = adjacency.ids.length <= WHAT_IF_DISTANCE_LIMIT;
  const distanceBefore = withDistance ? averageDistance(adjacency) : null;
  return ids.flatMap((id) => {
    const v = adjacency.indexOf.get(id);
    if (v === undefined) return [];
    const after = components(adjacency, v);
    // Within v's former component, everyone outside the largest remaining piece is cut off.
    const sizes = new Map<number, number>();
    adjacency.ids.forEach((_id, u) => {
      if (u !== v && before.labels[u] === before.labels[v])
        sizes.set(after.labels[u]!, (sizes.get(after.labels[u]!) ?? 0) + 1);
    });
    const largest = [...sizes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
    const cutOff = adjacency.ids.filter(
      (_id, u) => u !== v && before.labels[u] === before.labels[v] && after.labels[u] !== largest,
    );
    const { partners, all, city, role } = brokered(adjacency, v, cityOf, roleOf);
    return [
      {
        id,
        partners,
        brokeredPairs: all,
        crossCityPairs: city,
        crossRolePairs: role,
        cutOff,
        componentsBefore: before.count,
        componentsAfter: after.count,
        averageDistanceBefore: distanceBefore,
        averageDistanceAfter: withDistance ? averageDistance(adjacency, v) : null,
      },
    ];
  });
}
