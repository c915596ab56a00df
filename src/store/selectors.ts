import { buildGraph, neighboursOf, type ClusterGraph, type Neighbour } from '../graph/buildGraph';
import { roleLegend } from '../appearance/legend';
import type { Dataset, ImportReport, ReportEntry } from '../model/types';
import { sortEntries, type EntrySortKey } from '../export/reportCsv';
import { NO_ROLE_OVERRIDES, type RoleOverrides } from '../model/roles';
import type { AnalysisResults } from '../analysis/types';
import { nodeAppearance, type ColourBy, type SizeBy } from '../appearance/nodeAppearance';
import { tieTypeItems } from '../appearance/tieAppearance';
import { categoryFields, colourOptions, sizeOptions } from '../appearance/appearanceOptions';
import { strongestTies } from '../graph/strongestTies';
import { describeNetwork } from '../graph/describeNetwork';
import { memoiseArgs } from './memoise';

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

const legendOfGraph = memoiseArgs((graph: ClusterGraph) => roleLegend(graph));

/** Legend entries for the loaded data set (with the user's role mapping when given). */
export const selectLegend = (dataset: Dataset, roleOverrides: RoleOverrides = NO_ROLE_OVERRIDES) =>
  legendOfGraph(selectGraph(dataset, roleOverrides));

/** The import report's entries in the order the user chose (memoised on report and key). */
export const selectSortedEntries = memoiseArgs((report: ImportReport, key: EntrySortKey): ReportEntry[] =>
  sortEntries(report.entries, key),
);

/** Colour and size of every organisation and the legends, for the current mapping. */
export const selectNodeAppearance = memoiseArgs(
  (graph: ClusterGraph, colour: ColourBy, size: SizeBy, analysis: AnalysisResults | null) =>
    nodeAppearance(graph, colour, size, analysis),
);

/** Tie types with their colours and counts. */
export const selectTieTypes = memoiseArgs((graph: ClusterGraph) => tieTypeItems(graph));

/** Options of the Appearance panel's selects. */
export const selectColourOptions = memoiseArgs((dataset: Dataset, analysis: AnalysisResults | null) =>
  colourOptions(dataset, analysis),
);
export const selectSizeOptions = memoiseArgs((dataset: Dataset, analysis: AnalysisResults | null) =>
  sizeOptions(dataset, analysis),
);
export const selectGroupFields = memoiseArgs((dataset: Dataset, analysis: AnalysisResults | null) =>
  categoryFields(dataset, analysis),
);

/** Ids of the ties drawn under the view's tie limit (null: all). */
export const selectDrawnTies = memoiseArgs((graph: ClusterGraph, limit: number | null) =>
  strongestTies(
    graph.mapEdges((id, { tie }) => ({ id, weight: tie.weight })),
    limit,
  ),
);

/** The network in words for the text view (communities and brokers once the analysis has run). */
export const selectNetworkDescription = memoiseArgs((graph: ClusterGraph, analysis: AnalysisResults | null) =>
  describeNetwork(graph, {
    community: analysis?.nodeMetrics['community'],
    brokerage: analysis?.nodeMetrics['brokerageTotal'],
  }),
);
