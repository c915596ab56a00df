import { buildGraph, neighboursOf, type ClusterGraph, type Neighbour } from '../graph/buildGraph';
import { roleLegend } from '../appearance/legend';
import type { Dataset, ImportReport, ReportEntry } from '../model/types';
import { sortEntries, type EntrySortKey } from '../import/reportCsv';
import { NO_ROLE_OVERRIDES, type RoleOverrides } from '../model/roles';

/** Memoise on the identity of one argument: derived data is rebuilt only when its input changes. */
function memoiseOne<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {
  let lastArg: A | undefined;
  let lastResult: R | undefined;
  return (arg) => {
    if (arg !== lastArg) {
      lastResult = fn(arg);
      lastArg = arg;
    }
    return lastResult as R;
  };
}

// Keyed weakly on both inputs, so callers with and without overrides never evict each other.
const graphs = new WeakMap<Dataset, WeakMap<RoleOverrides, ClusterGraph>>();

/**
 * The graph of the loaded data set, built once per data set and role mapping. Pass the store's
 * `roleOverrides` so that the user's type -> role corrections show; without them, default roles.
 */
export function selectGraph(dataset: Dataset, roleOverrides: RoleOverrides = NO_ROLE_OVERRIDES): ClusterGraph {
  const perDataset = graphs.get(dataset) ?? new WeakMap<RoleOverrides, ClusterGraph>();
  graphs.set(dataset, perDataset);
  let graph = perDataset.get(roleOverrides);
  if (!graph) perDataset.set(roleOverrides, (graph = buildGraph(dataset, roleOverrides)));
  return graph;
}

/** Neighbours of the selected organisation. */
export function selectNeighbours(dataset: Dataset | null, id: string | null): Neighbour[] {
  if (!dataset || id === null) return [];
  return neighboursOf(selectGraph(dataset), id);
}

const legendOfGraph = memoiseOne((graph: ClusterGraph) => roleLegend(graph));

/** Legend entries for the loaded data set (with the user's role mapping when given). */
export const selectLegend = (dataset: Dataset, roleOverrides: RoleOverrides = NO_ROLE_OVERRIDES) => legendOfGraph(selectGraph(dataset, roleOverrides));

/** The import report's entries in the order the user chose (memoised on report and key). */
export const selectSortedEntries = (() => {
  let last: { report: ImportReport; key: EntrySortKey; entries: ReportEntry[] } | null = null;
  return (report: ImportReport, key: EntrySortKey): ReportEntry[] => {
    if (!last || last.report !== report || last.key !== key) last = { report, key, entries: sortEntries(report.entries, key) };
    return last.entries;
  };
})();
