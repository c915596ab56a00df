import type { AnalysisResults } from '../analysis/types';
import type { ClusterGraph } from '../graph/buildGraph';
import { bridgesBetween, type Bridges } from '../graph/bridges';
import { buildSearchIndex, type SearchIndex } from '../graph/searchOrganisations';
import { shortestPath, type PathResult } from '../graph/shortestPath';
import { categoryCounts, maxTieWeight, tieTypeCounts, yearExtent, type ValueCount } from '../filters/filterOptions';
import type { VisibleSet } from '../filters/applyFilters';
import { visibleElements } from '../filters/visibleElements';
import type { ColourMapping, ViewState } from './viewSlice';
import { memoiseArgs } from './memoise';

// Derived data of the explore features, memoised on the identity of their inputs, so the canvas,
// the table and the counts share one result.

/** The field a categorical colour mapping reads; null for metric colours (which have no categories to hide). */
export function categoryFieldOf(colour: ColourMapping): string | null {
  if (colour.by === 'role') return 'role';
  return colour.by === 'category' ? colour.field : null;
}

const visibility = memoiseArgs(
  (
    graph: ClusterGraph,
    filters: ViewState['filters'],
    focus: ViewState['focus'],
    hidden: string[],
    colour: ColourMapping,
    analysis: AnalysisResults | null,
  ): VisibleSet =>
    visibleElements(
      graph,
      { filters, focus, hiddenCategories: hidden, categoryField: categoryFieldOf(colour) },
      { analysis },
    ),
);

/** Organisations and ties shown: filters ∩ focus ∩ not hidden legend categories. */
export const selectVisible = (graph: ClusterGraph, view: ViewState, analysis: AnalysisResults | null): VisibleSet =>
  visibility(graph, view.filters, view.focus, view.hiddenCategories, view.colour, analysis);

export const selectSearchIndex = memoiseArgs((graph: ClusterGraph): SearchIndex => buildSearchIndex(graph));

export const selectPath = memoiseArgs((graph: ClusterGraph, path: ViewState['path']): PathResult | null =>
  path ? shortestPath(graph, path.from, path.to, path.weighted) : null,
);

export const selectBridges = memoiseArgs(
  (graph: ClusterGraph, bridge: ViewState['bridge'], analysis: AnalysisResults | null): Bridges | null =>
    bridge ? bridgesBetween(graph, bridge.field, bridge.a, bridge.b, analysis) : null,
);

export interface FilterOptions {
  categories: Record<string, ValueCount[]>;
  tieTypes: ValueCount[];
  years: { min: number; max: number } | null;
  maxWeight: number;
}

/** Fields offered as category filters, in the order the panel shows them. */
export const FILTER_FIELDS = [
  ['role', 'Role'],
  ['type', 'Type'],
  ['city', 'City'],
  ['country', 'Country'],
  ['sector', 'Sector'],
  ['cluster', 'Cluster'],
] as const;

export const selectFilterOptions = memoiseArgs(
  (graph: ClusterGraph, analysis: AnalysisResults | null): FilterOptions => ({
    categories: Object.fromEntries(FILTER_FIELDS.map(([field]) => [field, categoryCounts(graph, field, analysis)])),
    tieTypes: tieTypeCounts(graph),
    years: yearExtent(graph),
    maxWeight: maxTieWeight(graph),
  }),
);
