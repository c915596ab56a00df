import type { ClusterGraph } from '../graph/buildGraph';
import { ROLES, ROLE_LABELS, type Role } from '../model/roles';
import { ROLE_COLOURS } from './palettes';

export interface LegendItem {
  key: Role;
  label: string;
  colour: string;
  count: number;
}

/** One legend entry per role present in the graph, in the fixed role order, with counts. */
export function roleLegend(graph: ClusterGraph): LegendItem[] {
  const counts = new Map<Role, number>();
  graph.forEachNode((_node, { role }) => counts.set(role, (counts.get(role) ?? 0) + 1));
  return ROLES.filter((role) => counts.has(role)).map((role) => ({
    key: role,
    label: ROLE_LABELS[role],
    colour: ROLE_COLOURS[role],
    count: counts.get(role) ?? 0,
  }));
}
