import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import type { ColourBy, SizeBy } from './nodeAppearance';
import { DEGREE } from './numericValue';

export interface Option<T> {
  /** Stable string for a <select> value. */
  value: string;
  label: string;
  mapping: T;
}

const CORE_CATEGORIES: [string, string][] = [
  ['type', 'Type'],
  ['city', 'City'],
  ['country', 'Country'],
  ['sector', 'Sector'],
  ['cluster', 'Cluster'],
];
/** Fields that name or describe one organisation: colouring by them would give each its own colour. */
const NOT_CATEGORIES = new Set([
  'id',
  'name',
  'description',
  'url',
  'lat',
  'lon',
  'x',
  'y',
  ...CORE_CATEGORIES.map(([key]) => key),
]);
/** Above this many distinct values a field is an identifier, not a grouping. */
export const MAX_CATEGORIES = 60;

const distinctCount = (dataset: Dataset, key: string) =>
  new Set(dataset.organisations.map((o) => String(o.attributes[key] ?? ''))).size;

/** Categorical fields present in the data: role, core fields with values, text attributes, category metrics. */
export function categoryFields(dataset: Dataset, analysis: AnalysisResults | null): { field: string; label: string }[] {
  const fields = [{ field: 'role', label: 'Role' }];
  for (const [key, label] of CORE_CATEGORIES) {
    if (dataset.organisations.some((o) => o[key as 'city'] !== undefined && o[key as 'city'] !== ''))
      fields.push({ field: key, label });
  }
  for (const field of dataset.schema.organisation) {
    if (NOT_CATEGORIES.has(field.key) || !['text', 'boolean'].includes(field.type)) continue;
    const count = distinctCount(dataset, field.key);
    if (count > 1 && count <= MAX_CATEGORIES) fields.push({ field: field.key, label: field.label });
  }
  for (const metric of analysis?.metrics ?? [])
    if (metric.kind === 'category') fields.push({ field: metric.id, label: metric.label });
  return fields;
}

/** Numeric measures: number of ties, numeric and year attributes, and every numeric analysis metric. */
export function numericMeasures(
  dataset: Dataset,
  analysis: AnalysisResults | null,
): { metric: string; label: string }[] {
  const measures = [{ metric: DEGREE, label: 'Number of ties' }];
  for (const metric of analysis?.metrics ?? []) {
    if (metric.kind === 'number' && metric.id !== DEGREE) measures.push({ metric: metric.id, label: metric.label });
  }
  for (const field of dataset.schema.organisation) {
    if ((field.type === 'number' || field.type === 'year') && !NOT_CATEGORIES.has(field.key))
      measures.push({ metric: field.key, label: field.label });
  }
  return measures;
}

export const colourValue = (mapping: ColourBy): string =>
  mapping.by === 'role' ? 'role' : mapping.by === 'category' ? `category:${mapping.field}` : `metric:${mapping.metric}`;
export const sizeValue = (mapping: SizeBy): string =>
  mapping.by === 'metric' ? `metric:${mapping.metric}` : mapping.by;

/** Everything nodes can be coloured by, categories first. */
export function colourOptions(dataset: Dataset, analysis: AnalysisResults | null): Option<ColourBy>[] {
  const categories = categoryFields(dataset, analysis).map(({ field, label }): Option<ColourBy> => {
    const mapping: ColourBy = field === 'role' ? { by: 'role' } : { by: 'category', field };
    return { value: colourValue(mapping), label, mapping };
  });
  const metrics = numericMeasures(dataset, analysis).map(({ metric, label }): Option<ColourBy> => ({
    value: `metric:${metric}`,
    label,
    mapping: { by: 'metric', metric },
  }));
  return [...categories, ...metrics];
}

/** Everything nodes can be sized by. */
export function sizeOptions(dataset: Dataset, analysis: AnalysisResults | null): Option<SizeBy>[] {
  const measures = numericMeasures(dataset, analysis).map(({ metric, label }): Option<SizeBy> => {
    const mapping: SizeBy = metric === DEGREE ? { by: 'degree' } : { by: 'metric', metric };
    return { value: sizeValue(mapping), label, mapping };
  });
  return [...measures, { value: 'uniform', label: 'Same size for all', mapping: { by: 'uniform' } }];
}

/** Label of a field or measure for legends ("Colour: City"). */
export function measureLabel(dataset: Dataset, analysis: AnalysisResults | null, key: string): string {
  return (
    [
      ...categoryFields(dataset, analysis).map((f) => [f.field, f.label]),
      ...numericMeasures(dataset, analysis).map((m) => [m.metric, m.label]),
    ].find(([id]) => id === key)?.[1] ?? key
  );
}
