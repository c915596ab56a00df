import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrAsk, importSources } from '../../../src/import/importSources';
import { roleOf } from '../../../src/model/roles';

const DIR = join(process.cwd(), 'fixtures/import');
const load = (name: string) => [{ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }];
const kinds = (entries: { kind: string }[]) => entries.map(({ kind }) => kind);

describe('fixtures/import/cordis-organization.csv: a CORDIS participation list', () => {
  it('opens without the mapping step', () => {
    expect(importOrAsk(load('cordis-organization.csv'), { askForMapping: true }).kind).toBe('done');
  });

  const { dataset, report } = importSources(load('cordis-organization.csv'));
  const byId = new Map(dataset.organisations.map((org) => [org.id, org]));

  it('makes one organisation per organisationID, typed by activityType and so coloured by role', () => {
    expect(dataset.organisations).toHaveLength(10);
    expect(dataset.organisations.map((org) => roleOf(org.type))).toEqual([
      'knowledge',
      'knowledge',
      'research',
      'research',
      'business',
      'knowledge',
      'government',
      'government',
      'other',
      'knowledge',
    ]);
  });

  it('names the countries, EL and UK included, and keeps the codes', () => {
    expect([...new Set(dataset.organisations.map((org) => org.country))]).toEqual([
      'Poland',
      'Denmark',
      'Germany',
      'Greece',
      'United Kingdom',
      'France',
      'Netherlands',
    ]);
    expect(byId.get('999990004')?.attributes['country code']).toBe('EL');
  });

  it('shows each city once, with its diacritics and proper case, and keeps the city as written', () => {
    expect([...new Set(dataset.organisations.map((org) => org.city))].sort()).toEqual([
      'ANGERS',
      'EINDHOVEN',
      'København',
      'MANCHESTER',
      'München',
      'THERMI THESSALONIKI',
      'Warszawa',
    ]);
    expect(byId.get('999990001')?.attributes['city as written']).toBe('WARSZAWA');
    const merged = report.entries.find((entry) => entry.kind === 'cities-merged');
    expect(merged?.problem).toBe('3 spellings of 3 cities differ only in case or accents.');
  });

  it('reads geolocation into latitude and longitude, with or without spaces and brackets', () => {
    expect([byId.get('999990004')?.lat, byId.get('999990004')?.lon]).toEqual([40.567, 22.997]);
    expect([byId.get('999990005')?.lat, byId.get('999990005')?.lon]).toEqual([52.233, 20.996]);
    expect(dataset.organisations.every((org) => org.lat !== undefined && org.lon !== undefined)).toBe(true);
  });

  it('ties organisations that share a project and says what it inferred', () => {
    // HYDROMAP: 5 members -> 10 pairs; GRIDLINK: 4 -> 6; SOILNET: 3 -> 3.
    expect(dataset.ties).toHaveLength(19);
    expect(kinds(report.entries)).toEqual(['membership-list', 'country-codes', 'cities-merged']);
  });
});

describe('fixtures/import/rnsr-register.csv: a French register of research structures', () => {
  it('opens without the mapping step', () => {
    expect(importOrAsk(load('rnsr-register.csv'), { askForMapping: true }).kind).toBe('done');
  });

  const { dataset, report } = importSources(load('rnsr-register.csv'));

  it('reads numéro as the id and libellé as the name; the type gives the role', () => {
    const first = dataset.organisations[0]!;
    expect([first.id, first.name, first.type, first.city]).toEqual([
      '200012345A',
      'Laboratoire de chimie et interdisciplinarité',
      'UMR',
      'Nantes',
    ]);
    expect(roleOf(dataset.organisations[5]!.type)).toBe('research');
  });

  it('turns each name listed in tutelles into a tie, adding the organisations no row describes', () => {
    const names = dataset.organisations.slice(6).map((org) => org.name);
    expect(names).toEqual([
      'Université de Nantes',
      'Inserm',
      'Université de Rennes',
      'IMT Atlantique',
      'Centrale Nantes',
    ]);
    // "CNRS" is the acronym (sigle) of a row, so it is that row; "université de nantes" is the one added above.
    const cnrs = '199012350F';
    expect(dataset.ties.filter((tie) => tie.target === cnrs)).toHaveLength(4);
    expect(dataset.ties.filter((tie) => tie.target === 'Université de Nantes')).toHaveLength(4);
    expect(dataset.ties).toHaveLength(12);
    const linked = report.entries.find((entry) => entry.kind === 'linked-organisations');
    expect(linked).toMatchObject({
      column: 'tutelles',
      action: '12 ties made; 5 organisations added from this column.',
    });
  });
});

describe('fixtures/import/mojibake.csv: UTF-8 read as Windows-1252 or Mac Roman and saved again', () => {
  const { dataset, report } = importSources(load('mojibake.csv'));

  it('repairs the names and cities and leaves correct text alone', () => {
    expect(dataset.organisations.map((org) => [org.name, org.city])).toEqual([
      ['Technische Universität München', 'München'],
      ['Universität Münster', 'Münster'],
      ['Université de Liège', 'Liège'],
      ['Universidad de Málaga', 'Málaga'],
      ['Łódź University of Technology', 'Łódź'],
    ]);
  });

  it('lists each repaired cell with file, row and column', () => {
    const repaired = report.entries.filter((entry) => entry.kind === 'repaired-text');
    expect(repaired.map(({ file, row, column }) => [file, row, column])).toEqual([
      ['mojibake.csv', 2, 'name'],
      ['mojibake.csv', 2, 'city'],
      ['mojibake.csv', 3, 'name'],
      ['mojibake.csv', 3, 'city'],
      ['mojibake.csv', 4, 'name'],
    ]);
    expect(repaired[0]?.action).toBe('Read as "Technische Universität München".');
  });
});
