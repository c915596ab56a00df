import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources, type ImportOptions } from '../../../src/import/importSources';
import type { ImportResult } from '../../../src/model/types';

const DIR = join(process.cwd(), 'fixtures/import');
const load = (...names: string[]) =>
  names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
const run = (names: string[], options: ImportOptions = {}): ImportResult => importSources(load(...names), options);
const entries = ({ report }: ImportResult) =>
  report.entries.map(({ kind, file, row, column }) => [kind, file, row, column]);
const ties = ({ dataset }: ImportResult) => dataset.ties.map(({ source, target, weight }) => [source, target, weight]);

describe('fixtures/import: a German Excel export (Windows-1252, semicolons, decimal commas)', () => {
  const result = run(['german-excel-organisations.csv', 'german-excel-ties.csv']);

  it('says which encoding and format it read', () => {
    expect(result.report.files).toEqual([
      {
        name: 'german-excel-organisations.csv',
        encoding: 'Windows-1252',
        rows: 5,
        format: 'CSV (semicolons) (organisations)',
      },
      { name: 'german-excel-ties.csv', encoding: 'Windows-1252', rows: 4, format: 'CSV (semicolons) (ties)' },
    ]);
  });

  it('maps German headers and reads decimal commas and thousands points', () => {
    const tum = result.dataset.organisations[0]!;
    expect(tum).toMatchObject({
      id: 'm-tum',
      name: 'Technische Universität München',
      type: 'Universität',
      city: 'München',
      lat: 48.1497,
      lon: 11.5679,
    });
    // "Gründung" names the founding year: it lands in the known field, under its own header.
    expect({ ...tum.attributes }).toEqual({ Mitarbeiter: 11000, 'Umsatz (Mio €)': 1234.5, founded: 1868 });
    expect(result.dataset.schema.organisation.find((field) => field.key === 'founded')?.label).toBe('Gründung');
    expect({ ...result.dataset.organisations[3]!.attributes }).toEqual({
      Mitarbeiter: null,
      'Umsatz (Mio €)': null,
      founded: null,
    });
    expect(ties(result)).toEqual([
      ['m-tum', 'm-fhg', 2.5],
      ['m-bmw', 'm-tum', 1.25],
      ['l-stadt', 'l-spin', 1],
    ]);
  });

  it('reports the text in a number column and the self-tie, with spreadsheet rows', () => {
    expect(entries(result)).toEqual([
      ['not-a-number', 'german-excel-organisations.csv', 6, 'Längengrad'],
      ['self-tie', 'german-excel-ties.csv', 5, 'Von'],
    ]);
    expect(result.dataset.organisations[4]!.lon).toBeUndefined();
  });
});

describe('fixtures/import: an edge list with a BOM, naming organisations with case variants', () => {
  it('infers one organisation per name (case and spaces ignored) and suggests the abbreviation as a merge', () => {
    const result = run(['bom-edge-list.csv']);
    expect(result.report.files[0]).toMatchObject({ encoding: 'UTF-8 (BOM)', format: 'CSV (ties)' });
    expect(result.dataset.organisations.map((org) => org.name)).toEqual([
      'Acme GmbH',
      'University of Manchester',
      'Univ. of Manchester',
      'Lyon Biopôle',
    ]);
    expect(ties(result)).toEqual([
      ['Acme GmbH', 'University of Manchester', 3],
      ['Acme GmbH', 'Univ. of Manchester', 1],
      ['Acme GmbH', 'Lyon Biopôle', 2],
      ['Lyon Biopôle', 'University of Manchester', 10],
    ]);
    expect(entries(result)).toEqual([['inferred-organisations', 'bom-edge-list.csv', null, null]]);
    expect(result.report.suggestions).toEqual([
      {
        from: 'Univ. of Manchester',
        fromName: 'Univ. of Manchester',
        into: 'University of Manchester',
        intoName: 'University of Manchester',
      },
    ]);
  });

  it('applies an accepted merge and, when asked, merges duplicate ties with summed weight and a count', () => {
    const result = run(['bom-edge-list.csv'], {
      acceptedMerges: [['Univ. of Manchester', 'University of Manchester']],
      mergeDuplicateTies: true,
    });
    expect(result.dataset.organisations.map((org) => org.id)).toEqual([
      'Acme GmbH',
      'University of Manchester',
      'Lyon Biopôle',
    ]);
    expect(result.dataset.ties.map(({ source, target, weight, count }) => [source, target, weight, count])).toEqual([
      ['Acme GmbH', 'University of Manchester', 4, 2],
      ['Acme GmbH', 'Lyon Biopôle', 2, 1],
      ['Lyon Biopôle', 'University of Manchester', 10, 1],
    ]);
    expect(entries(result)).toEqual([
      ['inferred-organisations', 'bom-edge-list.csv', null, null],
      ['merged-organisation', '', null, null],
      ['merged-tie', 'bom-edge-list.csv', 3, null],
    ]);
  });
});

describe('fixtures/import: cells', () => {
  it('keeps quoted delimiters, quotes and line breaks; a cell with | becomes a list', () => {
    const { dataset } = run(['quoted-line-breaks.csv']);
    expect(dataset.organisations.map((org) => [org.name, org.attributes['description']])).toEqual([
      ['Smith, Jones & Partners', ['Founded 1990\r\nMerged 2001']],
      ['The "Quoted" Institute', ['a; b', 'c']],
      ['Plain', null],
    ]);
  });

  it('keeps hostile headers as plain keys and hostile labels as text', () => {
    const { dataset } = run(['hostile-labels.csv']);
    const [first] = dataset.organisations;
    expect(first!.name).toBe('<img src=x onerror=alert(1)>');
    expect(Object.getPrototypeOf(first!.attributes)).toBeNull();
    expect(Object.keys(first!.attributes)).toEqual(['__proto__', 'constructor', 'prototype', 'url']);
    expect(first!.attributes['__proto__']).toBe('polluted');
    expect(dataset.schema.organisation.find((field) => field.key === 'url')?.type).toBe('text');
  });

  it('reads UTF-16 LE with a BOM (tab-separated, accents intact)', () => {
    const result = run(['utf16le-organisations.csv']);
    expect(result.report.files[0]).toMatchObject({ encoding: 'UTF-16 LE', format: 'TSV (organisations)' });
    expect(result.dataset.organisations.map((org) => [org.name, org.city])).toEqual([
      ['Ajuntament de Barcelona', 'Barcelona'],
      ['Helsingin yliopisto', 'Helsinki'],
      ['Széchenyi Egyetem', 'Győr'],
    ]);
  });
});
