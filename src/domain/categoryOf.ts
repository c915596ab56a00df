import type { Organisation } from '../model/types';

/** What categoryOf reads of a graph node: its organisation and role (the graph's NodeAttributes fit). */
export interface CategorisedNode {
  organisation: Organisation;
  role: string;
}

/** What categoryOf reads of the analysis: the per-organisation metrics (AnalysisResults fits). */
export interface CategoryMetrics {
  nodeMetrics: Record<string, Record<string, unknown>>;
}

/** What a categorical colour mapping reads: the role, a core field, an attribute or a category metric. */
export type CategoryField = 'role' | string;

const CORE_FIELDS = ['type', 'city', 'country', 'sector', 'cluster'] as const;

/**
 * The category an organisation falls in for a field, as text ('' when it has none). Shared by
 * colouring, the legend, and hiding a legend category, so all three always agree.
 */
export function categoryOf(
  node: CategorisedNode,
  field: CategoryField,
  analysis: CategoryMetrics | null = null,
): string {
  if (field === 'role') return node.role;
  const organisation: Organisation = node.organisation;
  if ((CORE_FIELDS as readonly string[]).includes(field)) {
    return organisation[field as (typeof CORE_FIELDS)[number]] ?? '';
  }
  const metric = analysis?.nodeMetrics[field]?.[organisation.id];
  if (metric !== undefined) return String(metric);
  const value = organisation.attributes[field];
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(' | ') : String(value);
}
