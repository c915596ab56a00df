import type { Organisation, ReportEntry } from '../model/types';
import { foldText } from '../model/roles';
import { withAttribute } from '../domain/countries';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export const CITY_AS_WRITTEN_KEY = 'city as written';

/** How good a spelling is to show: with its diacritics, then in proper (mixed) case. */
function spellingScore(city: string): number {
  const accented = /[^ -~]/.test(city) ? 2 : 0;
  const mixed = city !== city.toUpperCase() && city !== city.toLowerCase() ? 1 : 0;
  return accented + mixed;
}

/** The spelling shown for all spellings of one city: the best scored, then the most used. */
export function displaySpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestKey: [number, number] = [-1, -1];
  for (const [spelling, count] of spellings) {
    const score = spellingScore(spelling);
    if (score > bestKey[0] || (score === bestKey[0] && count > bestKey[1])) {
      best = spelling;
      bestKey = [score, count];
    }
  }
  return best;
}

export interface MergedCities {
  organisations: Organisation[];
  /** Set when some city was respelled: the attribute that keeps the city as written. */
  writtenKey?: string;
  entries: ReportEntry[];
}

/**
 * Spellings of one city that differ only in case or accents ("WARSZAWA", "Warszawa"; "KOBENHAVN",
 * "København") are shown as one, the spelling with diacritics and proper case; the city as written
 * stays in the `city as written` attribute of each respelled organisation.
 */
export function mergeCitySpellings(organisations: Organisation[], file: string): MergedCities {
  const groups = new Map<string, Map<string, number>>();
  for (const { city } of organisations) {
    if (!city) continue;
    const key = foldText(city);
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(city, (spellings.get(city) ?? 0) + 1);
    groups.set(key, spellings);
  }
  const shown = new Map<string, string>();
  const merged: string[] = [];
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    const display = displaySpelling(spellings);
    for (const spelling of spellings.keys()) if (spelling !== display) shown.set(spelling, display);
    merged.push(`${[...spellings.keys()].filter((spelling) => spelling !== display).join(', ')} → ${display}`);
  }
  if (shown.size === 0) return { organisations, entries: [] };
  const respelled = organisations.map((org) => {
    const display = org.city ? shown.get(org.city) : undefined;
    if (!display || !org.city) return org;
    return { ...org, city: display, attributes: withAttribute(org, CITY_AS_WRITTEN_KEY, org.city) };
  });
  return {
    organisations: respelled,
    writtenKey: CITY_AS_WRITTEN_KEY,
    entries: [
      {
        severity: 'info',
        kind: 'cities-merged',
        file,
        row: null,
        column: 'city',
        problem: `${plural(shown.size, 'spelling')} of ${plural(merged.length, 'city', 'cities')} differ only in case or accents.`,
        action: `Shown as one (${merged.slice(0, 3).join('; ')}${merged.length > 3 ? '; …' : ''}); the city as written is kept in "${CITY_AS_WRITTEN_KEY}".`,
      },
    ],
  };
}
