import type { Dataset } from './types';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** "152 organisations · 418 ties": the data set at a glance. */
export function summariseDataset(dataset: Pick<Dataset, 'organisations' | 'ties'>): string {
  return `${plural(dataset.organisations.length, 'organisation', 'organisations')} · ${plural(dataset.ties.length, 'tie', 'ties')}`;
}
