import { idRecord } from '../model/idRecord';
import { placeSunflower, spacingFor, sunflowerRadius } from './sunflower';
import type { LayoutNode, Positions } from './types';

/** Nodes that belong together, e.g. the organisations of one city. */
export interface NodeGroup {
  key: string;
  nodes: LayoutNode[];
}

/** Groups by a key function, largest group first (then by key), so the layout is stable. */
export function groupNodes(nodes: readonly LayoutNode[], keyOf: (node: LayoutNode) => string): NodeGroup[] {
  const byKey = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    const key = keyOf(node);
    const list = byKey.get(key) ?? [];
    list.push(node);
    byKey.set(key, list);
  }
  return [...byKey.entries()]
    .map(([key, members]) => ({ key, nodes: members }))
    .sort((a, b) => b.nodes.length - a.nodes.length || a.key.localeCompare(b.key));
}

/**
 * Grouped layout ("by city"): each group a sunflower, groups in rows of a grid as near square as
 * the count allows, each cell as large as the largest group so no two groups touch.
 */
export function groupLayout(groups: readonly NodeGroup[]): Positions {
  const positions: Positions = idRecord();
  if (groups.length === 0) return positions;
  const spacing = spacingFor(groups.flatMap((group) => group.nodes));
  const cell = 2 * sunflowerRadius(Math.max(...groups.map((group) => group.nodes.length)), spacing) + spacing * 2.5;
  const columns = Math.ceil(Math.sqrt(groups.length * 1.6));
  groups.forEach((group, index) => {
    const centre = { x: (index % columns) * cell, y: Math.floor(index / columns) * cell };
    placeSunflower(group.nodes, centre, spacing, positions);
  });
  return positions;
}
