import { categoryOf } from '../domain/categoryOf';
import type { ClusterGraph } from '../graph/buildGraph';
import { neighbourhood } from '../graph/neighbourhood';
import { applyFilters, type FilterContext, type VisibleSet } from './applyFilters';
import type { Filter } from './types';

export interface VisibilityInputs {
  filters: readonly Filter[];
  /** Only this organisation's neighbourhood, `depth` steps out (in the whole network). */
  focus: { id: string; depth: number } | null;
  /** Legend categories switched off, read with `categoryOf(…, categoryField)`. */
  hiddenCategories: readonly string[];
  /** The field the colour mapping reads, or null when colours show a metric (no categories to hide). */
  categoryField: string | null;
}

/**
 * What the canvas and the table show: filters ∩ focus ∩ not hidden legend categories. A tie is
 * shown only when it passes the filters and both its organisations are shown.
 */
export function visibleElements(graph: ClusterGraph, inputs: VisibilityInputs, context: FilterContext): VisibleSet {
  const filtered = applyFilters(graph, inputs.filters, context);
  const around = inputs.focus ? neighbourhood(graph, inputs.focus.id, inputs.focus.depth) : null;
  const hidden = inputs.categoryField === null ? new Set<string>() : new Set(inputs.hiddenCategories);
  const field = inputs.categoryField;
  if (!around && hidden.size === 0) return filtered;
  const nodes = new Set<string>();
  for (const id of filtered.nodes) {
    if (around && !around.has(id)) continue;
    if (
      field !== null &&
      hidden.size > 0 &&
      hidden.has(categoryOf(graph.getNodeAttributes(id), field, context.analysis))
    )
      continue;
    nodes.add(id);
  }
  const edges = new Set<string>();
  for (const edge of filtered.edges) {
    if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))) edges.add(edge);
  }
  return { nodes, edges };
}
