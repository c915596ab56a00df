import type { Organisation, ReportEntry } from '../model/types';

/** Above this share of organisations with x and y, the file's positions are the first layout shown. */
export const MOST_WITH_POSITIONS = 0.5;

/** How many organisations carry both x and y. */
export function countWithPositions(organisations: readonly Organisation[]): number {
  let count = 0;
  for (const { x, y } of organisations) if (x !== undefined && y !== undefined) count++;
  return count;
}

/** True when most organisations (and at least two) carry positions: the map the user made is shown first. */
export function carriesPositions(organisations: readonly Organisation[]): boolean {
  const count = countWithPositions(organisations);
  return count >= 2 && count > organisations.length * MOST_WITH_POSITIONS;
}

/** The report line that says the file's positions are used (and how VOSviewer's y axis was read). */
export function positionsEntry(
  organisations: readonly Organisation[],
  files: string,
  yFlipped: boolean,
): ReportEntry | null {
  if (!carriesPositions(organisations)) return null;
  const count = countWithPositions(organisations);
  const rest = organisations.length - count;
  return {
    severity: 'info',
    kind: 'positions-used',
    file: files,
    row: null,
    column: 'x, y',
    problem: `${count.toLocaleString('en')} of ${organisations.length.toLocaleString('en')} organisations have positions (x, y).`,
    action:
      'Positions used: the first layout is the map from the file' +
      (yFlipped ? ' (its y axis points up, as in VOSviewer and Gephi)' : '') +
      (rest > 0 ? `; the other ${rest.toLocaleString('en')} are placed near the organisations they are tied to` : '') +
      '. Force-directed and the other layouts are in Layout.',
  };
}
