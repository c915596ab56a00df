import type { AnalysisResults } from '../analysis/types';
import type { ClusterGraph } from '../graph/buildGraph';
import { ROLE_LABELS, ROLES } from '../model/roles';
import { categoryOf } from '../domain/categoryOf';
import { CATEGORICAL_PALETTE, ROLE_COLOURS } from './palettes';
import { DEGREE, numericValueOf } from './numericValue';
import { extent, NO_VALUE_COLOUR, normalise, sizeFor, UNIFORM_NODE_SIZE, viridis, VIRIDIS } from './scales';

/** Same shapes as the view contract (store/viewSlice.ts), restated so the pure core needs no store import. */
export type ColourBy = { by: 'role' } | { by: 'category'; field: string } | { by: 'metric'; metric: string };
export type SizeBy = { by: 'degree' } | { by: 'metric'; metric: string } | { by: 'uniform' };

export interface CategoryItem {
  /** The category value as categoryOf returns it ('' for none); what view.hiddenCategories holds. */
  key: string;
  label: string;
  colour: string;
  count: number;
}

export type ColourLegend =
  | { kind: 'category'; field: string; items: CategoryItem[] }
  | { kind: 'metric'; metric: string; range: { min: number; max: number } | null; stops: string[]; missing: number };

export type SizeLegend =
  { kind: 'uniform' } | { kind: 'metric'; metric: string; range: { min: number; max: number } | null };

export interface NodeAppearance {
  colour: Map<string, string>;
  size: Map<string, number>;
  colourLegend: ColourLegend;
  sizeLegend: SizeLegend;
}

/** Colour for categories beyond the palette: they stay listed in the legend, in grey. */
export const OVERFLOW_COLOUR = '#bbbbbb';
export const NONE_LABEL = '(none)';

/** Categories with counts, most frequent first (roles in their fixed order), each with its colour. */
export function categoryItems(graph: ClusterGraph, field: string, analysis: AnalysisResults | null): CategoryItem[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_id, node) => {
    const key = categoryOf(node, field, analysis);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  if (field === 'role') {
    return ROLES.filter((role) => counts.has(role)).map((role) => ({
      key: role,
      label: ROLE_LABELS[role],
      colour: ROLE_COLOURS[role],
      count: counts.get(role) ?? 0,
    }));
  }
  const keys = [...counts.keys()]
    .filter((key) => key !== '')
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  const items = keys.map((key, index) => ({
    key,
    label: key,
    colour: CATEGORICAL_PALETTE[index] ?? OVERFLOW_COLOUR,
    count: counts.get(key) ?? 0,
  }));
  if (counts.has('')) items.push({ key: '', label: NONE_LABEL, colour: NO_VALUE_COLOUR, count: counts.get('') ?? 0 });
  return items;
}

function colourByCategory(graph: ClusterGraph, field: string, analysis: AnalysisResults | null) {
  const items = categoryItems(graph, field, analysis);
  const colourOf = new Map(items.map((item) => [item.key, item.colour]));
  const colour = new Map<string, string>();
  graph.forEachNode((id, node) => colour.set(id, colourOf.get(categoryOf(node, field, analysis)) ?? OVERFLOW_COLOUR));
  return { colour, legend: { kind: 'category', field, items } as ColourLegend };
}

function colourByMetric(graph: ClusterGraph, metric: string, analysis: AnalysisResults | null) {
  const values = new Map(graph.mapNodes((id) => [id, numericValueOf(graph, id, metric, analysis)] as const));
  const range = extent(values.values());
  const colour = new Map<string, string>();
  let missing = 0;
  for (const [id, value] of values) {
    if (value === null || range === null) missing++;
    colour.set(id, value === null || range === null ? NO_VALUE_COLOUR : viridis(normalise(value, range)));
  }
  return { colour, legend: { kind: 'metric', metric, range, stops: [...VIRIDIS], missing } as ColourLegend };
}

function sizes(graph: ClusterGraph, size: SizeBy, analysis: AnalysisResults | null) {
  if (size.by === 'uniform')
    return {
      size: new Map(graph.mapNodes((id) => [id, UNIFORM_NODE_SIZE] as const)),
      legend: { kind: 'uniform' } as SizeLegend,
    };
  const metric = size.by === 'degree' ? DEGREE : size.metric;
  const values = new Map(graph.mapNodes((id) => [id, numericValueOf(graph, id, metric, analysis)] as const));
  const range = extent(values.values());
  const result = new Map<string, number>();
  for (const [id, value] of values) result.set(id, sizeFor(value, range));
  return { size: result, legend: { kind: 'metric', metric, range } as SizeLegend };
}

/** Colour and size of every organisation, and the legends that explain them. Pure. */
export function nodeAppearance(
  graph: ClusterGraph,
  colour: ColourBy,
  size: SizeBy,
  analysis: AnalysisResults | null,
): NodeAppearance {
  const coloured =
    colour.by === 'metric'
      ? colourByMetric(graph, colour.metric, analysis)
      : colourByCategory(graph, colour.by === 'role' ? 'role' : colour.field, analysis);
  const sized = sizes(graph, size, analysis);
  return { colour: coloured.colour, size: sized.size, colourLegend: coloured.legend, sizeLegend: sized.legend };
}
