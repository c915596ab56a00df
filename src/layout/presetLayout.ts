import { idRecord } from '../model/idRecord';
import { spacingFor } from './sunflower';
import type { LayoutNode, Positions } from './types';

type XY = { x: number; y: number };

/** Bounding box of points, in one pass (spreading 100,000 values into Math.min overflows the stack). */
function bounds(points: Iterable<XY>): { minX: number; minY: number; span: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX === Infinity) return { minX: 0, minY: 0, span: 1 };
  return { minX, minY, span: Math.max(maxX - minX, maxY - minY) || 1 };
}

/**
 * Place nodes without x/y near the centroid of their placed neighbours, a little apart from it
 * (nodes whose only neighbours are unplaced follow in the next round). Returns those still unplaced.
 */
function placeNearNeighbours(
  missing: readonly string[],
  placed: Map<string, XY>,
  neighboursOf: (id: string) => readonly string[],
  spacing: number,
): string[] {
  let waiting = [...missing];
  for (let round = 0; waiting.length > 0; round++) {
    const next: string[] = [];
    const found: [string, XY][] = [];
    for (const id of waiting) {
      const around = neighboursOf(id).flatMap((other) => placed.get(other) ?? []);
      if (around.length === 0) {
        next.push(id);
        continue;
      }
      const cx = around.reduce((sum, p) => sum + p.x, 0) / around.length;
      const cy = around.reduce((sum, p) => sum + p.y, 0) / around.length;
      // A fixed angle per node, so that several nodes around the same centroid do not stack.
      const angle = found.length * 2.399963 + round;
      found.push([id, { x: cx + Math.cos(angle) * spacing, y: cy + Math.sin(angle) * spacing }]);
    }
    if (found.length === 0) return next;
    for (const [id, xy] of found) placed.set(id, xy);
    waiting = next;
  }
  return [];
}

/**
 * Preset layout: x/y from the data, rescaled so the nodes spread over an area that fits their
 * number (data may use 0..1 or pixels). Nodes without x/y go near their placed neighbours when
 * `neighboursOf` is given; the rest (no placed neighbour at all) in a grid below the others.
 */
export function presetLayout(
  nodes: readonly LayoutNode[],
  xyOf: (id: string) => XY | null,
  neighboursOf?: (id: string) => readonly string[],
): Positions {
  const spacing = spacingFor(nodes);
  const known = new Map<string, XY>();
  const missing: string[] = [];
  for (const node of nodes) {
    const xy = xyOf(node.id);
    if (xy) known.set(node.id, xy);
    else missing.push(node.id);
  }
  const { minX, minY, span } = bounds(known.values());
  // A few nodes get room too: fitted to the screen, a tight map of five would draw them as huge discs cut by the edges.
  const target = Math.max(Math.sqrt(nodes.length) * spacing * 1.6, spacing * 8);
  const scale = target / span;
  const placed = new Map<string, XY>();
  for (const [id, xy] of known) placed.set(id, { x: (xy.x - minX) * scale, y: (xy.y - minY) * scale });
  const apart = neighboursOf ? placeNearNeighbours(missing, placed, neighboursOf, spacing * 1.6) : missing;
  const columns = Math.max(1, Math.ceil(Math.sqrt(apart.length)));
  apart.forEach((id, i) => {
    placed.set(id, {
      x: (i % columns) * spacing * 1.6,
      y: target + spacing * 2 + Math.floor(i / columns) * spacing * 1.6,
    });
  });
  const positions: Positions = idRecord();
  for (const [id, xy] of placed) positions[id] = xy;
  return positions;
}
