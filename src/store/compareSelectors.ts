import type { RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';
import { toSimpleGraph } from '../analysis/simpleGraph';
import { suggestPartners, toSuggestGraph, type SuggestGraph } from '../analysis/story/suggest';
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

/** The suggestion graph of the loaded data set (one entry per linked pair), rebuilt when the data or roles change. */
export const selectSuggestGraph = memoiseArgs((dataset: Dataset, roleOverrides: RoleOverrides) => {
  const byId = new Map(dataset.organisations.map((organisation) => [organisation.id, organisation]));
  return toSuggestGraph(toSimpleGraph(dataset, roleOverrides), (id) => byId.get(id) ?? {});
});

/** Ranked partner suggestions for one organisation. */
export const selectSuggestions = memoiseArgs((graph: SuggestGraph, id: string) => suggestPartners(graph, id, 8));
