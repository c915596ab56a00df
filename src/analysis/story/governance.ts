import type { Role } from '../../model/roles';
import { NO_GROUP } from '../groupStats';
import type { SimpleGraph } from '../simpleGraph';
import { freemanCentralisation } from './waveMeasures';

export type GovernanceModel = 'membership' | 'partnership' | 'mixed';

/** How one group's ties are organised around its hub (the cluster organisation, or its best-connected member). */
export interface GovernanceReading {
  group: string;
  members: number;
  /** Linked pairs inside the group. */
  ties: number;
  hub: string;
  /** True when the hub has the intermediary (cluster organisation) role, false when it is only the best connected. */
  hubIsClusterOrganisation: boolean;
  /** Share of the group's ties that involve the hub. */
  hubTieShare: number;
  /** Share of shortest paths between other members (within the group) that pass through the hub; null when none. */
  hubPathShare: number | null;
  /** Freeman degree centralisation of the group's ties (1: a pure star). */
  starCentralisation: number;
  /** Density among the members other than the hub. */
  memberDensity: number;
  /** Triangles inside the group, and transitivity (3 × triangles / connected triples). */
  closedTriads: number;
  transitivity: number;
  /** Member–member ties that bypass the hub, and their share of the group's ties. */
  bypassTies: number;
  bypassShare: number;
  model: GovernanceModel;
}

/** What the numbers cannot tell, shown with every reading. */
export const STRUCTURE_IS_NOT_CONTRACT =
  'Ties show who works with whom, not who pays fees, signs agreements or sets the agenda: the structure resembles a model, it does not prove the contract behind it.';

/** Groups smaller than this are not read (a pair or a triangle says nothing about governance). */
export const MIN_GOVERNANCE_MEMBERS = 4;
/** Above this many members the path share is left out (one search per member). */
export const GOVERNANCE_PATHS_LIMIT = 1500;

/**
 * The rule: membership when most paths between members run through the hub and few ties bypass it;
 * partnership when few paths need the hub and most ties bypass it; mixed in between.
 */
export function governanceModel(hubPathShare: number | null, bypassShare: number): GovernanceModel {
  const paths = hubPathShare ?? 1 - bypassShare;
  if (paths >= 0.7 && bypassShare <= 0.3) return 'membership';
  if (paths <= 0.3 && bypassShare >= 0.5) return 'partnership';
  return 'mixed';
}

/** Distances and shortest-path counts from one member, inside the group. */
function bfs(neighbours: number[][], source: number) {
  const dist = new Int32Array(neighbours.length).fill(-1);
  const sigma = new Float64Array(neighbours.length);
  dist[source] = 0;
  sigma[source] = 1;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of neighbours[u]!) {
      if (dist[v] === -1) {
        dist[v] = dist[u]! + 1;
        queue.push(v);
      }
      if (dist[v] === dist[u]! + 1) sigma[v]! += sigma[u]!;
    }
  }
  return { dist, sigma };
}

/** Share of shortest paths between pairs of other members that pass through the hub. */
export function hubPathShare(neighbours: number[][], hub: number): number | null {
  const fromHub = bfs(neighbours, hub);
  let through = 0;
  let pairs = 0;
  for (let s = 0; s < neighbours.length; s++) {
    if (s === hub) continue;
    const { dist, sigma } = bfs(neighbours, s);
    for (let v = s + 1; v < neighbours.length; v++) {
      if (v === hub || dist[v] === -1) continue;
      pairs += 1;
      if (dist[hub] !== -1 && fromHub.dist[v] !== -1 && dist[hub]! + fromHub.dist[v]! === dist[v])
        through += (sigma[hub]! * fromHub.sigma[v]!) / sigma[v]!;
    }
  }
  return pairs === 0 ? null : through / pairs;
}

/** Triangles and transitivity of an undirected graph given as neighbour lists. */
export function triads(neighbours: number[][]): { triangles: number; transitivity: number } {
  const sets = neighbours.map((list) => new Set(list));
  let closed = 0;
  let triples = 0;
  neighbours.forEach((list, u) => {
    triples += (list.length * (list.length - 1)) / 2;
    for (const v of list) if (v > u) for (const w of list) if (w > v && sets[v]!.has(w)) closed += 1;
  });
  return { triangles: closed, transitivity: triples === 0 ? 0 : (3 * closed) / triples };
}

export interface GroupMembers {
  group: string;
  ids: string[];
  roles: Role[];
  /** Neighbour lists inside the group, as indices into `ids`. */
  neighbours: number[][];
}

/** The reading of one group, or null when it is too small or has no ties. */
export function readGovernance({ group, ids, roles, neighbours }: GroupMembers): GovernanceReading | null {
  const n = ids.length;
  const degrees = neighbours.map((list) => list.length);
  const ties = degrees.reduce((sum, degree) => sum + degree, 0) / 2;
  if (n < MIN_GOVERNANCE_MEMBERS || ties === 0) return null;
  const best = (candidates: number[]) =>
    candidates.reduce((top, i) =>
      degrees[i]! > degrees[top]! || (degrees[i] === degrees[top] && ids[i]! < ids[top]!) ? i : top,
    );
  const clusterOrganisations = ids.map((_id, i) => i).filter((i) => roles[i] === 'intermediary' && degrees[i]! > 0);
  const hub = best(clusterOrganisations.length > 0 ? clusterOrganisations : ids.map((_id, i) => i));
  const bypassTies = ties - degrees[hub]!;
  const { triangles, transitivity } = triads(neighbours);
  const pathShare = n > GOVERNANCE_PATHS_LIMIT ? null : hubPathShare(neighbours, hub);
  const bypassShare = bypassTies / ties;
  return {
    group,
    members: n,
    ties,
    hub: ids[hub]!,
    hubIsClusterOrganisation: clusterOrganisations.length > 0,
    hubTieShare: degrees[hub]! / ties,
    hubPathShare: pathShare,
    starCentralisation: freemanCentralisation(degrees),
    memberDensity: n < 3 ? 0 : bypassTies / (((n - 1) * (n - 2)) / 2),
    closedTriads: triangles,
    transitivity,
    bypassTies,
    bypassShare,
    model: governanceModel(pathShare, bypassShare),
  };
}

/** Readings of every group of a grouping large enough to read, largest group first. */
export function governanceByGroup(simple: SimpleGraph, groupOf: (id: string) => string): GovernanceReading[] {
  const groups = new Map<string, GroupMembers>();
  const index = new Map<string, number>();
  simple.forEachNode((id, { role }) => {
    const group = groupOf(id);
    const entry = groups.get(group) ?? { group, ids: [], roles: [], neighbours: [] };
    groups.set(group, entry);
    index.set(id, entry.ids.length);
    entry.ids.push(id);
    entry.roles.push(role);
    entry.neighbours.push([]);
  });
  simple.forEachEdge((_edge, _attributes, source, target) => {
    const group = groupOf(source);
    if (group !== groupOf(target)) return;
    const entry = groups.get(group)!;
    entry.neighbours[index.get(source)!]!.push(index.get(target)!);
    entry.neighbours[index.get(target)!]!.push(index.get(source)!);
  });
  return [...groups.values()]
    .filter((entry) => entry.group !== NO_GROUP)
    .map(readGovernance)
    .filter((reading): reading is GovernanceReading => reading !== null)
    .sort((x, y) => y.members - x.members || x.group.localeCompare(y.group));
}
