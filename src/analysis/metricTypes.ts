// One metric and its per-organisation values: apart from types.ts so that the modules types.ts names can use them.

/** A per-organisation value: numbers for centralities, strings for categories (community, component). */
export type MetricValue = number | string;

export interface MetricInfo {
  /** Stable id, used in the URL, scenes and exports (e.g. 'degree', 'betweenness', 'community'). */
  id: string;
  label: string;
  /** One plain-language sentence shown in the UI. */
  description: string;
  kind: 'number' | 'category';
}
