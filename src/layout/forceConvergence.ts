/**
 * When ForceAtlas2 has converged: the layout is checked every few iterations, and stops once the
 * mean distance a node moved per iteration, as a fraction of the drawing's diagonal, stays below
 * a threshold for several checks in a row. Measured on the generated clustered networks, the
 * picture no longer changes to the eye below 0.05 % per iteration.
 */
export interface ConvergenceRule {
  /** Mean movement per iteration, relative to the diagonal, under which a check counts as still. */
  threshold: number;
  /** How many still checks in a row mean converged (one quiet check can be a swing turning back). */
  patience: number;
}

export const CONVERGENCE: ConvergenceRule = { threshold: 0.0005, patience: 3 };

/**
 * Mean distance moved per iteration between two snapshots of x/y (interleaved [x0, y0, x1, y1…]),
 * relative to the diagonal of the later snapshot's bounding box; 0 for no nodes or no extent.
 */
export function relativeMovement(before: ArrayLike<number>, after: ArrayLike<number>, iterations: number): number {
  const n = Math.floor(after.length / 2);
  if (n === 0 || iterations <= 0) return 0;
  let [minX, minY, maxX, maxY, moved] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let i = 0; i < n; i++) {
    const [x, y] = [after[2 * i] ?? 0, after[2 * i + 1] ?? 0];
    moved += Math.hypot(x - (before[2 * i] ?? 0), y - (before[2 * i + 1] ?? 0));
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  }
  const diagonal = Math.hypot(maxX - minX, maxY - minY);
  return diagonal > 0 ? moved / n / iterations / diagonal : 0;
}

/** Whether the last `patience` movements were all below the threshold. */
export function hasConverged(movements: readonly number[], rule: ConvergenceRule = CONVERGENCE): boolean {
  if (movements.length < rule.patience) return false;
  return movements.slice(-rule.patience).every((movement) => movement < rule.threshold);
}
