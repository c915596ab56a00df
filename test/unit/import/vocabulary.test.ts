import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORGANISATION_COLUMN_FIELDS, attributeKeyOf, headerWords, matchColumn } from '../../../src/import/columns';
import { proposeMapping } from '../../../src/import/tableMapping';
import type { RawTable } from '../../../src/import/parseCsv';

const table = (header: string[], rows: string[][]): RawTable => ({ header, rows, firstRow: 2 });

describe('header words: case, accents, separators and camelCase', () => {
  it.each([
    ['numero_national_de_structure', ['numero', 'national', 'de', 'structure']],
    ['organisationID', ['organisation', 'id']],
    ['projectNode', ['project', 'node']],
    ['Raison-Sociale', ['raison', 'sociale']],
    ['type.de.structure', ['type', 'de', 'structure']],
    ['ROR ID', ['ror', 'id']],
  ])('%s -> %j', (header, words) => expect(headerWords(header)).toEqual(words));
});

describe('matchColumn: the words real exports use, in ten languages', () => {
  it.each([
    // French (a national register of research structures)
    ['numero_national_de_structure', 'id'],
    ['Numéro', 'id'],
    ['libellé', 'name'],
    ['Dénomination', 'name'],
    ['raison_sociale', 'name'],
    ['type_de_structure', 'type'],
    ['commune', 'city'],
    ['tutelles', 'linked'],
    ['partenaires', 'linked'],
    ['code_pays', 'country'],
    // Spanish, Catalan
    ['denominación', 'name'],
    ['Razón social', 'name'],
    ['municipio', 'city'],
    ['socios', 'linked'],
    ['Denominació', 'name'],
    // German
    ['Bezeichnung', 'name'],
    ['Firmenname', 'name'],
    ['Rechtsform', 'type'],
    // Dutch
    ['naam', 'name'],
    ['benaming', 'name'],
    ['woonplaats', 'city'],
    // Swedish, Finnish, Hungarian
    ['namn', 'name'],
    ['Kommun', 'city'],
    ['nimi', 'name'],
    ['Y-tunnus', 'id'],
    ['név', 'name'],
    ['megnevezés', 'name'],
    ['település', 'city'],
    // Italian
    ['ragione sociale', 'name'],
    ['Denominazione', 'name'],
    ['Comune', 'city'],
    ['Paese', 'country'],
    // Polish
    ['nazwa', 'name'],
    ['Miejscowość', 'city'],
    ['Kraj', 'country'],
    ['Współrzędne', 'latlon'],
    // English, CORDIS, ROR
    ['organisationID', 'id'],
    ['ROR ID', 'id'],
    ['activityType', 'type'],
    ['geolocation', 'latlon'],
    ['organisation_city', 'city'],
    ['Organization Country', 'country'],
    ['partners', 'linked'],
    ['projectNode', undefined],
    ['vatNumber', undefined],
    ['nutsCode', undefined],
  ] as const)('%j -> %s', (header, field) => expect(matchColumn(header, ORGANISATION_COLUMN_FIELDS)).toBe(field));

  it.each([
    ['sigle', 'shortName'],
    ['Kurzname', 'shortName'],
    ['shortName', 'shortName'],
    ['Gründungsjahr', 'founded'],
    ['année de création', 'founded'],
    ['organizationURL', 'url'],
    ['site web', 'url'],
    ['Mitarbeiter', undefined],
  ] as const)('attribute header %j -> %s', (header, key) => expect(attributeKeyOf(header)).toBe(key));
});

describe('proposeMapping: real exports open without the mapping step', () => {
  it('a French register (numéro, libellé, sigle, type, commune, tutelles) needs no question', () => {
    const { mapping, questions } = proposeMapping(
      table(
        ['numero_national_de_structure', 'libelle', 'sigle', 'type_de_structure', 'commune', 'tutelles'],
        [
          ['200012345A', 'Laboratoire de chimie', 'LC', 'UMR', 'Nantes', 'CNRS;Université de Nantes'],
          ['200012346B', 'Institut de physique', 'IP', 'UPR', 'Rennes', 'CNRS'],
        ],
      ),
    );
    expect(mapping).toEqual({ role: 'organisations', fields: ['id', 'name', null, 'type', 'city', 'linked'] });
    expect(questions).toEqual([]);
  });

  it('a CORDIS organization.csv is a membership list beyond doubt, activityType is the type, role stays an attribute', () => {
    const { mapping, questions } = proposeMapping(
      table(
        ['projectID', 'organisationID', 'name', 'shortName', 'activityType', 'role', 'country', 'city', 'geolocation'],
        [
          ['1', '10', 'A', 'a', 'HES', 'coordinator', 'DE', 'Berlin', '52.5,13.4'],
          ['1', '11', 'B', 'b', 'PRC', 'participant', 'EL', 'Athens', '37.9,23.7'],
          ['2', '10', 'A', 'a', 'HES', 'participant', 'DE', 'Berlin', '52.5,13.4'],
        ],
      ),
    );
    expect(mapping.role).toBe('membership');
    expect(mapping.fields).toEqual(['group', 'id', 'name', null, 'type', null, 'country', 'city', 'latlon']);
    expect(questions).toEqual([]);
  });

  it('a yes/no column is never the id: orgId wins over a two-valued id-like column', () => {
    const rows = Array.from({ length: 30 }, (_, index) => [index % 2 ? 'yes' : 'no', `org-${index}`, `Org ${index}`]);
    const { mapping } = proposeMapping(table(['code', 'orgId', 'name'], rows));
    expect(mapping.fields).toEqual([null, 'id', 'name']);
  });
});

const NAMED_HEADERS: [string, string][] = [
  ['id', 'id'],
  ['libelle', 'name'],
  ['type_de_structure', 'type'],
  ['commune', 'city'],
  ['pays', 'country'],
  ['secteur', 'sector'],
  ['latitude', 'lat'],
  ['longitude', 'lon'],
  ['tutelles', 'linked'],
];

/** A header written in another case, with its accents and separators kept. */
const recase = (header: string, flips: boolean[]) =>
  [...header].map((char, index) => (flips[index % flips.length] ? char.toUpperCase() : char.toLowerCase())).join('');

describe('properties of header matching and id choice', () => {
  it('the field each header names does not depend on column order or case', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(NAMED_HEADERS, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (headers, flips) => {
          const header = headers.map(([written]) => recase(written, flips));
          const rows = [0, 1, 2].map((row) => header.map((_, column) => `v${row}-${column}`));
          const { mapping } = proposeMapping(table(header, rows));
          expect(mapping.fields).toEqual(headers.map(([, field]) => field));
        },
      ),
    );
  });

  it('of two columns that name the id, the one with more distinct values is chosen, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (count, repeats, uniqueFirst) => {
          const unique = Array.from({ length: count }, (_, index) => `u${index}`);
          const repeated = unique.map((_, index) => `r${Math.floor(index / (repeats + 1))}`);
          const header = uniqueFirst ? ['identifier', 'code'] : ['code', 'identifier'];
          const rows = unique.map((value, index) =>
            uniqueFirst ? [value, repeated[index]!] : [repeated[index]!, value],
          );
          const { mapping } = proposeMapping(
            table(
              [...header, 'name'],
              rows.map((row, i) => [...row, `n${i}`]),
            ),
          );
          const idColumn = mapping.fields.indexOf('id');
          expect(idColumn).toBe(uniqueFirst ? 0 : 1);
        },
      ),
    );
  });
});
