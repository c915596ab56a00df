import { idRecord } from '../model/idRecord';
import { spacingFor } from './sunflower';
import type { LayoutNode, Positions } from './types';

/**
 * Preset layout: x/y from the data, rescaled so the nodes spread over an area that fits their
 * number (data may use 0..1 or pixels); nodes without x/y go in a grid below the others.
 */
export function presetLayout(
  nodes: readonly LayoutNode[],
  xyOf: (id: string) => { x: number; y: number } | null,
): Positions {
  const spacing = spacingFor(nodes);
  const placed = nodes.map((node) => ({ node, xy: xyOf(node.id) }));
  const known = placed.filter((p): p is { node: LayoutNode; xy: { x: number; y: number } } => p.xy !== null);
  const xs = known.map((p) => p.xy.x);
  const ys = known.map((p) => p.xy.y);
  const [minX, minY] = [Math.min(...xs, 0), Math.min(...ys, 0)];
  const span = Math.max(Math.max(...xs, 0) - minX, Math.max(...ys, 0) - minY) || 1;
  const target = Math.sqrt(nodes.length) * spacing * 1.6;
  const scale = target / span;
  const positions: Positions = idRecord();
  for (const { node, xy } of known) positions[node.id] = { x: (xy.x - minX) * scale, y: (xy.y - minY) * scale };
  const missing = placed.filter((p) => p.xy === null);
  const columns = Math.max(1, Math.ceil(Math.sqrt(missing.length)));
  missing.forEach(({ node }, i) => {
    positions[node.id] = {
      x: (i % columns) * spacing * 1.6,
      y: target + spacing * 2 + Math.floor(i / columns) * spacing * 1.6,
    };
  });
  return positions;
}
