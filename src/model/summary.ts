import type { Dataset } from './types';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** "152 organisations · 418 ties": the data set at a glance. */
export function summariseDataset(dataset: Pick<Dataset, 'organisations' | 'ties'>): string {
  return summariseCounts(dataset.organisations.length, dataset.ties.length);
}

/** The same summary from counts alone (a kept project's line in the Projects list). */
export function summariseCounts(organisations: number, ties: number): string {
  return `${plural(organisations, 'organisation', 'organisations')} · ${plural(ties, 'tie', 'ties')}`;
}
