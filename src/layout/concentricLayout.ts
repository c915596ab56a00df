import { idRecord } from '../model/idRecord';
import { spacingFor } from './sunflower';
import type { LayoutNode, Positions } from './types';

/**
 * Concentric layout by a measure: the highest value in the centre, then rings outwards, each ring
 * as full as its circumference allows. Nodes with no value go to the outermost rings.
 */
export function concentricLayout(
  nodes: readonly LayoutNode[],
  valueOf: (id: string) => number | null,
  gap = 1,
): Positions {
  const spacing = spacingFor(nodes) * gap;
  const value = (node: LayoutNode) => valueOf(node.id) ?? -Infinity;
  const sorted = [...nodes].sort((a, b) => value(b) - value(a) || a.id.localeCompare(b.id));
  const positions: Positions = idRecord();
  let index = 0;
  for (let ring = 0; index < sorted.length; ring++) {
    const radius = ring * spacing * 1.4;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / (spacing * 1.15));
    const count = Math.min(capacity, sorted.length - index);
    for (let k = 0; k < count; k++, index++) {
      const angle = (2 * Math.PI * k) / count - Math.PI / 2 + ring * 0.37;
      positions[sorted[index]?.id ?? ''] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    }
  }
  return positions;
}
