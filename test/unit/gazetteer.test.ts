import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { allPlaces, foldPlaceName, lookupCity } from '../../src/domain/gazetteer';
import demoOrganisations from '../../fixtures/clusnet-demo/organisations.csv?raw';

describe('foldPlaceName', () => {
  it.each([
    ['München', 'munchen'],
    ['Göteborg', 'goteborg'],
    ['  Saint-Étienne ', 'saint etienne'],
    ['Łódź', 'lodz'],
    ['Straßburg', 'strassburg'],
    ['KØBENHAVN', 'kobenhavn'],
  ])('%s -> %s', (name, folded) => expect(foldPlaceName(name)).toBe(folded));
});

describe('lookupCity', () => {
  it.each([
    ['Munich', 'Munich'],
    ['München', 'Munich'],
    ['muenchen', 'Munich'],
    ['MUNICH', 'Munich'],
    ['Göteborg', 'Gothenburg'],
    ['Goteborg', 'Gothenburg'],
    ['Gothenburg', 'Gothenburg'],
    ['Bruxelles', 'Brussels'],
    ['Brussel', 'Brussels'],
    ['Lyon, France', 'Lyon'],
    ['Lyon (FR)', 'Lyon'],
    ['Köln', 'Cologne'],
    ['Wien', 'Vienna'],
    ['Warszawa', 'Warsaw'],
    ['Helsingfors', 'Helsinki'],
    ['den haag', 'The Hague'],
    // Cities of 100,000+ that only GeoNames brings (not in the hand-kept list).
    ['Ufa', 'Ufa'],
    ['Oviedo', 'Oviedo'],
    ['Plymouth', 'Plymouth'],
  ])('%s is %s', (name, expected) => {
    expect(lookupCity(name)?.name).toBe(expected);
  });
  it('knows where a city is (Munich at 48.14 N, 11.58 E)', () => {
    expect(lookupCity('München')).toEqual({ name: 'Munich', lat: 48.14, lon: 11.58, country: 'DE' });
  });
  it.each([[undefined], [''], ['Atlantis'], ['Springfield']])('returns null for %j', (name) => {
    expect(lookupCity(name)).toBeNull();
  });
  it('holds every CLUSNET city of the demo and every European city of 100,000+, all inside Europe', () => {
    const rows = Papa.parse<Record<string, string>>(demoOrganisations, { header: true, skipEmptyLines: true }).data;
    const cities = [...new Set(rows.map((row) => row['city'] ?? ''))];
    expect(cities.filter((city) => lookupCity(city) === null)).toEqual([]);
    expect(cities).toEqual(expect.arrayContaining(['Brussels', 'Stockholm']));
    const places = allPlaces();
    // GeoNames counts about 730 such cities (with the listed capitals and university towns below that size).
    expect(places.length).toBeGreaterThanOrEqual(700);
    // Europe with the Canary Islands, up to the Urals (60° E).
    expect(places.filter((p) => p.lat < 27 || p.lat > 72 || p.lon < -25 || p.lon > 60)).toEqual([]);
  });
});
