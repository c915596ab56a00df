/**
 * Krackhardt & Stern's E-I index: (external - internal) / (external + internal), from -1 (all ties
 * stay inside the group) to +1 (all ties leave it). Null when the group has no ties.
 */
export function eiIndex(internal: number, external: number): number | null {
  const total = internal + external;
  return total === 0 ? null : (external - internal) / total;
}
