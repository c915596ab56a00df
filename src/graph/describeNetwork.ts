import { ROLE_LABELS, ROLES, type Role } from '../model/roles';
import type { ClusterGraph } from './buildGraph';
import { neighboursOf } from './buildGraph';
import { neighboursByTieType } from './neighboursByTieType';

/**
 * The network in words, for people who cannot see the canvas: per city and per community, how
 * many organisations, the strongest ties, the brokers and the roles present; for one
 * organisation, its ties by type. Plain sentences over plain data; the text view only renders them.
 */

/** Groups with at most this many organisations list them by name; larger ones are summarised. */
export const LIST_LIMIT = 25;
/** At most this many groups of a kind are described one by one; the rest are summed up. */
export const GROUP_LIMIT = 30;
const TOP = 3;

export interface GroupDescription {
  name: string;
  /** "Lyon: 12 organisations, 15 ties inside." */
  summary: string;
  roles: string;
  strongest: string;
  brokers: string;
  /** "Organisations: A, B and C." or a line saying there are too many to list. */
  members: string;
}

export interface NetworkDescription {
  overview: string;
  cities: GroupDescription[];
  /** Null until the community metric has been computed. */
  communities: GroupDescription[] | null;
  /** "And 4 more cities with 9 organisations." when the groups were cut at GROUP_LIMIT. */
  moreCities: string | null;
  moreCommunities: string | null;
}

/** Brokerage (open paths brokered) and community per organisation, when the analysis has run. */
export interface DescribeInputs {
  community?: Readonly<Record<string, string | number>>;
  brokerage?: Readonly<Record<string, string | number>>;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const nameOf = (graph: ClusterGraph, id: string) => graph.getNodeAttribute(id, 'organisation').name;

/** Organisation ids per group key, groups largest first then by name; organisations without a key are left out. */
export function groupsBy(graph: ClusterGraph, keyOf: (id: string) => string | undefined): [string, string[]][] {
  const groups = new Map<string, string[]>();
  graph.forEachNode((id) => {
    const key = keyOf(id);
    if (key === undefined || key === '') return;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  });
  return [...groups.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
}

/** "Roles present: Business 3, Government 1." in the order of the role list. */
export function describeRoles(graph: ClusterGraph, ids: readonly string[]): string {
  const counts = new Map<Role, number>();
  for (const id of ids) {
    const role = graph.getNodeAttribute(id, 'role');
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  const parts = ROLES.filter((role) => counts.has(role)).map((role) => `${ROLE_LABELS[role]} ${counts.get(role)}`);
  return `Roles present: ${parts.join(', ')}.`;
}

/** Pairs inside the group by summed tie weight, strongest first (ties broken by names). */
export function strongestPairs(graph: ClusterGraph, ids: readonly string[], limit = TOP) {
  const inside = new Set(ids);
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  graph.forEachEdge((_edge, { tie }, source, target) => {
    if (!inside.has(source) || !inside.has(target)) return;
    const [a, b] = [nameOf(graph, source), nameOf(graph, target)].sort((x, y) => x.localeCompare(y)) as [
      string,
      string,
    ];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, weight: 0 };
    pair.weight += tie.weight;
    pairs.set(key, pair);
  });
  return [...pairs.values()]
    .sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, limit);
}

const formatWeight = (weight: number) => (Number.isInteger(weight) ? String(weight) : weight.toFixed(2));

function describeStrongest(graph: ClusterGraph, ids: readonly string[]): string {
  const pairs = strongestPairs(graph, ids);
  if (pairs.length === 0) return 'No ties inside.';
  const words = pairs.map(({ a, b, weight }) => `${a} with ${b} (weight ${formatWeight(weight)})`);
  return `Strongest ties: ${listInWords(words)}.`;
}

function describeBrokers(graph: ClusterGraph, ids: readonly string[], brokerage: DescribeInputs['brokerage']): string {
  if (!brokerage) return 'Brokers: not computed yet.';
  const top = ids
    .map((id) => ({ id, total: Number(brokerage[id] ?? 0) }))
    .filter(({ total }) => total > 0)
    .sort((x, y) => y.total - x.total || nameOf(graph, x.id).localeCompare(nameOf(graph, y.id)))
    .slice(0, TOP);
  if (top.length === 0) return 'No organisation brokers between others here.';
  const words = top.map(({ id, total }) => `${nameOf(graph, id)} (${plural(total, 'open path')})`);
  return `Brokers: ${listInWords(words)}.`;
}

function tiesInside(graph: ClusterGraph, ids: readonly string[]): number {
  const inside = new Set(ids);
  let count = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (inside.has(source) && inside.has(target)) count += 1;
  });
  return count;
}

/** One group (a city or a community) in sentences. */
export function describeGroup(
  graph: ClusterGraph,
  name: string,
  ids: readonly string[],
  inputs: DescribeInputs = {},
): GroupDescription {
  const names = ids.map((id) => nameOf(graph, id)).sort((a, b) => a.localeCompare(b));
  return {
    name,
    summary: `${name}: ${plural(ids.length, 'organisation')}, ${plural(tiesInside(graph, ids), 'tie')} inside.`,
    roles: describeRoles(graph, ids),
    strongest: describeStrongest(graph, ids),
    brokers: describeBrokers(graph, ids, inputs.brokerage),
    members:
      ids.length <= LIST_LIMIT
        ? `Organisations: ${listInWords(names)}.`
        : `Too many to list one by one (more than ${LIST_LIMIT}): search for an organisation by name, or use the Table view.`,
  };
}

function describeGroups(graph: ClusterGraph, groups: [string, string[]][], inputs: DescribeInputs, kind: string) {
  const shown = groups.slice(0, GROUP_LIMIT).map(([name, ids]) => describeGroup(graph, name, ids, inputs));
  const rest = groups.slice(GROUP_LIMIT);
  const more =
    rest.length === 0
      ? null
      : `And ${plural(rest.length, `more ${kind}`, `more ${kind === 'city' ? 'cities' : `${kind}s`}`)} with ${plural(
          rest.reduce((sum, [, ids]) => sum + ids.length, 0),
          'organisation',
        )}.`;
  return { shown, more };
}

/** The whole network: an overview sentence, then cities and communities (largest first). */
export function describeNetwork(graph: ClusterGraph, inputs: DescribeInputs = {}): NetworkDescription {
  const cities = groupsBy(graph, (id) => graph.getNodeAttribute(id, 'organisation').city);
  const community = inputs.community;
  const communities = community
    ? groupsBy(graph, (id) => (community[id] === undefined ? undefined : `Community ${community[id]}`))
    : null;
  const isolated = graph.filterNodes((id) => graph.degree(id) === 0).length;
  const overview =
    `${plural(graph.order, 'organisation')} and ${plural(graph.size, 'tie')}` +
    ` in ${plural(cities.length, 'city', 'cities')}` +
    (communities ? `, ${plural(communities.length, 'community', 'communities')}` : '') +
    (isolated > 0 ? `; ${plural(isolated, 'organisation')} without any tie` : '') +
    '.';
  const byCity = describeGroups(graph, cities, inputs, 'city');
  const byCommunity = communities ? describeGroups(graph, communities, inputs, 'community') : null;
  return {
    overview,
    cities: byCity.shown,
    moreCities: byCity.more,
    communities: byCommunity?.shown ?? null,
    moreCommunities: byCommunity?.more ?? null,
  };
}

/** The selected organisation: who it is, then one sentence per type of tie. */
export function describeSelection(graph: ClusterGraph, id: string): { heading: string; sentences: string[] } {
  if (!graph.hasNode(id)) return { heading: '', sentences: [] };
  const { organisation, role } = graph.getNodeAttributes(id);
  const neighbours = neighboursOf(graph, id);
  const where = organisation.city ? ` in ${organisation.city}` : '';
  const kind = organisation.type ? `${organisation.type} (${ROLE_LABELS[role]})` : ROLE_LABELS[role];
  const first =
    neighbours.length === 0
      ? `${organisation.name}: ${kind}${where}, with no ties.`
      : `${organisation.name}: ${kind}${where}, with ${plural(graph.degree(id), 'tie')} to ${plural(
          neighbours.length,
          'organisation',
        )}.`;
  const sentences = neighboursByTieType(neighbours).map(({ type, neighbours: members }) => {
    const label = type === '' ? 'Ties without a type' : `${type} ties`;
    const names = members.map((member) => member.name);
    const shown =
      names.length <= LIST_LIMIT
        ? listInWords(names)
        : `${names.slice(0, LIST_LIMIT).join(', ')} and ${names.length - LIST_LIMIT} more`;
    return `${label} (${members.length}): with ${shown}.`;
  });
  return { heading: organisation.name, sentences: [first, ...sentences] };
}
