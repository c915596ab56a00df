import { buildGraph, neighboursOf, type ClusterGraph, type Neighbour } from '../graph/buildGraph';
import { roleLegend } from '../appearance/legend';
import type { Dataset, ImportReport, ReportEntry } from '../model/types';
import { sortEntries, type EntrySortKey } from '../import/reportCsv';

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

/** The graph of the loaded data set, built once per data set. */
export const selectGraph = memoiseOne((dataset: Dataset): ClusterGraph => buildGraph(dataset));

/** Neighbours of the selected organisation. */
export function selectNeighbours(dataset: Dataset | null, id: string | null): Neighbour[] {
  if (!dataset || id === null) return [];
  return neighboursOf(selectGraph(dataset), id);
}

/** Legend entries for the loaded data set. */
export const selectLegend = memoiseOne((dataset: Dataset) => roleLegend(selectGraph(dataset)));

/** The import report's entries in the order the user chose (memoised on report and key). */
export const selectSortedEntries = (() => {
  let last: { report: ImportReport; key: EntrySortKey; entries: ReportEntry[] } | null = null;
  return (report: ImportReport, key: EntrySortKey): ReportEntry[] => {
    if (!last || last.report !== report || last.key !== key) last = { report, key, entries: sortEntries(report.entries, key) };
    return last.entries;
  };
})();
