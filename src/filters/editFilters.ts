import type { Filter } from './types';

type FilterType = Filter['type'];
type SingleFilter = Exclude<Filter, { type: 'category' }>;

/** The filter of a type (for every type but 'category', which has one per field). */
export function findFilter<T extends SingleFilter['type']>(
  filters: readonly Filter[],
  type: T,
): Extract<Filter, { type: T }> | undefined {
  return filters.find((filter): filter is Extract<Filter, { type: T }> => filter.type === type);
}

/** The values kept for a categorical field ([] when that field is not filtered). */
export function categoryValues(filters: readonly Filter[], field: string): string[] {
  const filter = filters.find((candidate) => candidate.type === 'category' && candidate.field === field);
  return filter?.type === 'category' ? filter.values : [];
}

/** Replace (or with null, remove) the filter of a type; the other filters keep their order. */
export function withFilter(filters: readonly Filter[], type: FilterType, next: SingleFilter | null): Filter[] {
  const index = filters.findIndex((filter) => filter.type === type);
  if (next === null) return filters.filter((filter) => filter.type !== type);
  if (index < 0) return [...filters, next];
  return filters.map((filter, position) => (position === index ? next : filter));
}

/** Keep only these values of a categorical field; an empty list removes the filter on that field. */
export function withCategory(filters: readonly Filter[], field: string, values: string[]): Filter[] {
  const isThisField = (filter: Filter) => filter.type === 'category' && filter.field === field;
  const index = filters.findIndex(isThisField);
  if (values.length === 0) return filters.filter((filter) => !isThisField(filter));
  const next: Filter = { type: 'category', field, values };
  if (index < 0) return [...filters, next];
  return filters.map((filter, position) => (position === index ? next : filter));
}
