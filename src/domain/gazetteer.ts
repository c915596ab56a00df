import { GAZETTEER_DATA } from './gazetteerData';
import { countryCode } from './countries';
import { foldLetters } from '../model/foldLetters';

export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** A place name folded for comparison: no case, accents, punctuation or repeated spaces. */
export function foldPlaceName(name: string): string {
  return foldLetters(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function parse(data: string): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  for (const line of data.split('\n')) {
    const [name, lat, lon, country, aliases] = line.split('|');
    if (!name || lat === undefined || lon === undefined || country === undefined) continue;
    const place = { name, lat: Number(lat), lon: Number(lon), country };
    for (const alias of new Set([name, ...(aliases ? aliases.split(';') : [])].map(foldPlaceName))) {
      index.set(alias, [...(index.get(alias) ?? []), place]);
    }
  }
  return index;
}

let places: Map<string, Place[]> | null = null;
const index = () => (places ??= parse(GAZETTEER_DATA));

/** Every place of the gazetteer, once each. */
export function allPlaces(): Place[] {
  return [...new Set([...index().values()].flat())];
}

/**
 * The coordinates of a European city by any of its names, tolerant of case, accents and local
 * spellings ("München", "munich", "Göteborg"/"Gothenburg"). "Lyon, France" and "Lyon (FR)" are
 * read as "Lyon". With several matches, the one in `country` (code or name) wins. Null if unknown.
 */
export function lookupCity(city: string | undefined, country?: string): Place | null {
  if (!city) return null;
  const candidates = [city, city.split(/[,(/]/)[0] ?? ''].map(foldPlaceName);
  for (const key of candidates) {
    const matches = index().get(key);
    if (!matches || matches.length === 0) continue;
    // The importer names countries written as codes: "Greece" picks the same place as "GR" or "EL".
    const wanted = country ? (countryCode(country) ?? country).toLowerCase() : '';
    return matches.find((place) => place.country.toLowerCase() === wanted) ?? matches[0] ?? null;
  }
  return null;
}
