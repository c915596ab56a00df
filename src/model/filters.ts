/**
 * Filters are data: a discriminated union on `type`, applied by one pure
 * `applyFilters`. Serialisable, so they live in the URL, in scenes and in project files.
 */
export type Filter =
  /** Keep organisations whose categorical field (role, type, city, sector, cluster, or any attribute) is one of `values`. */
  | { type: 'category'; field: string; values: string[] }
  /** Keep ties of these types. */
  | { type: 'tieType'; values: string[] }
  /** Keep ties whose year lies in [from, to]; ties without a year stay. */
  | { type: 'yearRange'; from: number; to: number }
  | { type: 'minWeight'; value: number }
  | { type: 'minDegree'; value: number }
  | { type: 'hideIsolated' }
  | { type: 'largestComponent' };
