import type { ReportEntry, Tie } from '../model/types';
import type { TieOrigin } from './resolveTies';

/** Ties are duplicates when they join the same ends (either way round unless directed) with the same type. */
const tieKey = (tie: Tie): string => {
  const [a, b] = tie.directed || tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
  return JSON.stringify([a, b, tie.type ?? '', tie.directed]);
};

/**
 * Merge duplicate ties into the first of each kind: weights summed, `count` the number of rows
 * merged. Each merged row is accounted for by a line of the report.
 */
export function mergeDuplicateTies(ties: Tie[], origins: TieOrigin[]): { ties: Tie[]; entries: ReportEntry[] } {
  const firstOf = new Map<string, { tie: Tie; origin: TieOrigin | undefined }>();
  const merged: Tie[] = [];
  const entries: ReportEntry[] = [];
  ties.forEach((tie, index) => {
    const key = tieKey(tie);
    const first = firstOf.get(key);
    const origin = origins[index];
    if (!first) {
      const copy: Tie = { ...tie, id: `t${merged.length}`, count: 1 };
      firstOf.set(key, { tie: copy, origin });
      merged.push(copy);
      return;
    }
    first.tie.weight += tie.weight;
    first.tie.count = (first.tie.count ?? 1) + 1;
    entries.push({
      severity: 'info',
      kind: 'merged-tie',
      file: origin?.file ?? '',
      row: origin?.row ?? null,
      column: null,
      problem: `Same organisations and type as the tie on row ${first.origin?.row ?? '?'}.`,
      action: 'Merged into it: weights summed, count increased.',
    });
  });
  return { ties: merged, entries };
}
