import type { ClusterGraph } from './buildGraph';
import { groupsBy } from './describeNetwork';

/**
 * Where the keyboard's jump keys lead, so that every organisation is reachable without a mouse:
 * the arrow keys follow ties; these cross to another city or community (to its best-connected
 * organisation), to the next organisation without ties, or to the next one by name.
 */

export type JumpKind = 'city' | 'community' | 'isolated' | 'name';

/** The best-connected organisation of a group: most ties, then first by name. */
export function hubOf(graph: ClusterGraph, ids: readonly string[]): string | null {
  let best: string | null = null;
  for (const id of ids) {
    if (best === null) best = id;
    else {
      const difference = graph.degree(id) - graph.degree(best);
      const name = (node: string) => graph.getNodeAttribute(node, 'organisation').name;
      if (difference > 0 || (difference === 0 && name(id).localeCompare(name(best)) < 0)) best = id;
    }
  }
  return best;
}

/** The item `step` places after `current` in `items`, wrapping; the first (or last) when current is absent. */
export function cycle<T>(items: readonly T[], current: T | null, step: 1 | -1): T | null {
  if (items.length === 0) return null;
  const index = current === null ? -1 : items.indexOf(current);
  if (index === -1) return items[step === 1 ? 0 : items.length - 1] ?? null;
  return items[(index + step + items.length) % items.length] ?? null;
}

const byName = (graph: ClusterGraph) => (a: string, b: string) =>
  graph.getNodeAttribute(a, 'organisation').name.localeCompare(graph.getNodeAttribute(b, 'organisation').name) ||
  a.localeCompare(b);

/**
 * The organisation a jump key selects from `current` (null: nothing selected yet), among the
 * organisations `shown` (the visible ones). Groups are ordered largest first, as the text view lists them.
 */
export function jumpTarget(
  graph: ClusterGraph,
  kind: JumpKind,
  current: string | null,
  step: 1 | -1,
  shown: (id: string) => boolean = () => true,
  community?: Readonly<Record<string, string | number>>,
): string | null {
  const visible = graph.filterNodes((id) => shown(id)).sort(byName(graph));
  if (kind === 'name') return cycle(visible, current, step);
  if (kind === 'isolated') {
    const isolated = visible.filter((id) => graph.degree(id) === 0);
    return cycle(isolated, current !== null && isolated.includes(current) ? current : null, step);
  }
  const keyOf = (id: string): string | undefined => {
    if (!shown(id)) return undefined;
    if (kind === 'city') return graph.getNodeAttribute(id, 'organisation').city;
    const value = community?.[id];
    return value === undefined ? undefined : String(value);
  };
  const groups = groupsBy(graph, keyOf);
  const keys = groups.map(([key]) => key);
  const currentKey = current !== null && graph.hasNode(current) ? (keyOf(current) ?? null) : null;
  const next = cycle(keys, currentKey, step);
  const members = groups.find(([key]) => key === next)?.[1] ?? [];
  return hubOf(graph, members);
}
