import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { DEMO_DIR } from './helpers';

/**
 * The demo network read in Node, independently of the app, so journeys can compare what the
 * page shows with counts and distances worked out here.
 */
type Row = Record<string, string>;
const read = (file: string) =>
  Papa.parse<Row>(readFileSync(DEMO_DIR + file, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;

export const demoOrganisations = read('organisations.csv');
export const demoTies = read('ties.csv');

const adjacency = new Map<string, Set<string>>();
for (const { id } of demoOrganisations) adjacency.set(id!, new Set());
for (const { source, target } of demoTies) {
  adjacency.get(source!)?.add(target!);
  adjacency.get(target!)?.add(source!);
}

/** Steps from `from` to every organisation it reaches (breadth-first search). */
export function distancesFrom(from: string): Map<string, number> {
  const distances = new Map([[from, 0]]);
  const queue = [from];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const other of adjacency.get(next) ?? []) {
      if (distances.has(other)) continue;
      distances.set(other, distances.get(next)! + 1);
      queue.push(other);
    }
  }
  return distances;
}

export const nameOf = (id: string) => demoOrganisations.find((row) => row.id === id)!.name!;
export const idsInCity = (city: string) =>
  new Set(demoOrganisations.filter((row) => row.city === city).map((row) => row.id!));
