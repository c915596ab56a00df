import type { ClusterGraph } from '../graph/buildGraph';
import { pairStatuses, statusOfTie, wavePairs, type WaveParams } from '../analysis/story/waves';
import { memoiseArgs } from './memoise';

/** Tie id -> 'wave-formed' | 'wave-persisted' | 'wave-dissolved' for ties in either wave (others absent). */
function computeTieStatusClasses(graph: ClusterGraph, compare: WaveParams | null): Map<string, string> | null {
  if (!compare) return null;
  const ties: { id: string; source: string; target: string; year?: number }[] = [];
  graph.forEachEdge((id, { tie }, source, target) =>
    ties.push({ id, source, target, ...(tie.year !== undefined ? { year: tie.year } : {}) }),
  );
  const statuses = pairStatuses(
    wavePairs(ties, compare.a, compare.reading),
    wavePairs(ties, compare.b, compare.reading),
  );
  const classes = new Map<string, string>();
  for (const tie of ties) {
    const status = statusOfTie(tie, statuses, compare);
    if (status) classes.set(tie.id, `wave-${status}`);
  }
  return classes;
}

export const tieStatusClasses = memoiseArgs(computeTieStatusClasses);
