export type Direction = 'up' | 'down' | 'left' | 'right';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * The candidate an arrow key leads to from `origin` (screen coordinates, y grows downwards): among
 * candidates within 45° of the direction, the one with the smallest distance, where sideways
 * offset counts double so the arrow's own axis wins. Null when none lies that way.
 */
export function neighbourInDirection(
  origin: { x: number; y: number },
  candidates: readonly PlacedNode[],
  direction: Direction,
): string | null {
  const unit = UNIT[direction];
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const dx = candidate.x - origin.x;
    const dy = candidate.y - origin.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}
