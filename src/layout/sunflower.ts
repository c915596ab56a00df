import type { LayoutNode, Positions } from './types';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Offsets of n points in a sunflower (Vogel's spiral): evenly packed discs around a centre with
 * no two points close, the first at the centre. `spacing` is the distance between neighbours.
 */
export function sunflowerOffsets(n: number, spacing: number): { x: number; y: number }[] {
  const offsets = [];
  for (let i = 0; i < n; i++) {
    const radius = spacing * Math.sqrt(i) * 0.55 * Math.sqrt(Math.PI);
    offsets.push({ x: radius * Math.cos(i * GOLDEN_ANGLE), y: radius * Math.sin(i * GOLDEN_ANGLE) });
  }
  return offsets;
}

/** Radius of a sunflower of n points (for placing groups apart). */
export const sunflowerRadius = (n: number, spacing: number): number =>
  spacing * Math.sqrt(Math.max(0, n - 1)) * 0.55 * Math.sqrt(Math.PI) + spacing / 2;

/** Spacing that keeps the largest of these nodes clear of its neighbours. */
export const spacingFor = (nodes: readonly LayoutNode[]): number =>
  12 + Math.max(18, ...nodes.map((node) => node.size)) * 0.9;

/** Nodes (largest in the middle) in a sunflower around a centre, written into `out`. */
export function placeSunflower(
  nodes: readonly LayoutNode[],
  centre: { x: number; y: number },
  spacing: number,
  out: Positions,
): void {
  const sorted = [...nodes].sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
  const offsets = sunflowerOffsets(sorted.length, spacing);
  sorted.forEach((node, i) => {
    const offset = offsets[i] ?? { x: 0, y: 0 };
    out[node.id] = { x: centre.x + offset.x, y: centre.y + offset.y };
  });
}
