import type { Dataset } from '../model/types';
import { validTies } from './simpleGraph';

/** Growth of each group: ties begun per year and organisations joining per year. */
export interface GrowthSeries {
  group: string;
  /** Parallel to `years`. */
  ties: number[];
  newOrganisations: number[];
}

export interface GrowthByYear {
  years: number[];
  series: GrowthSeries[];
  /** Ties without a year, left out of the series. */
  tiesWithoutYear: number;
}

export const GROWTH_MAX_GROUPS = 8;
export const ALL_GROUPS = 'All organisations';

/**
 * Ties by year and new organisations by year (an organisation joins in the year of its first
 * dated tie), for the whole network and the largest groups. A tie between two groups counts for
 * both of them.
 */
export function growthByYear(dataset: Dataset, groupOf: (id: string) => string, groupsBySize: string[]): GrowthByYear {
  const ties = validTies(dataset);
  const dated = ties.filter((tie) => tie.year !== undefined && Number.isFinite(tie.year));
  const joined = new Map<string, number>();
  for (const tie of dated)
    for (const id of [tie.source, tie.target]) joined.set(id, Math.min(joined.get(id) ?? Infinity, tie.year!));
  if (dated.length === 0) return { years: [], series: [], tiesWithoutYear: ties.length };
  const first = Math.min(...joined.values());
  const last = dated.reduce((max, tie) => Math.max(max, tie.year!), first);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const shown = [ALL_GROUPS, ...groupsBySize.slice(0, GROWTH_MAX_GROUPS)];
  const series = new Map(
    shown.map((group) => [group, { group, ties: years.map(() => 0), newOrganisations: years.map(() => 0) }]),
  );
  const add = (group: string, field: 'ties' | 'newOrganisations', year: number) => {
    const entry = series.get(group);
    if (entry) entry[field][year - first]! += 1;
  };
  for (const tie of dated) {
    add(ALL_GROUPS, 'ties', tie.year!);
    const groups = new Set([groupOf(tie.source), groupOf(tie.target)]);
    for (const group of groups) add(group, 'ties', tie.year!);
  }
  for (const [id, year] of joined) {
    add(ALL_GROUPS, 'newOrganisations', year);
    add(groupOf(id), 'newOrganisations', year);
  }
  return { years, series: [...series.values()], tiesWithoutYear: ties.length - dated.length };
}
