import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairMojibake } from '../../../src/import/repairMojibake';
import { countryCode, countryName } from '../../../src/domain/countries';
import { displaySpelling } from '../../../src/import/cityNames';
import { parseLatLon } from '../../../src/import/latLon';
import { detectListSeparator, splitList } from '../../../src/import/linkedOrganisations';
import { roleOf } from '../../../src/model/roles';

describe('repairMojibake', () => {
  it.each([
    ['MÃ¼nchen', 'München'],
    ['M√ºnster', 'Münster'],
    ['Universit√© de Li√®ge', 'Université de Liège'],
    ['GÃ¶teborgs universitet', 'Göteborgs universitet'],
    ['KÃ¸benhavn', 'København'],
    ['Å\u0081Ã³dÅº', 'Łódź'],
    ['Universitat PolitÃ¨cnica de CatalunyaÂ', null],
    ['MÃƒÂ¼nchen', 'München'],
    ['Itâ€™s', 'It’s'],
  ])('%j -> %j', (text, repaired) => expect(repairMojibake(text)).toBe(repaired));

  it.each([
    'München',
    'Université de Liège',
    'Łódź',
    'Škoda Auto a.s.',
    'Ñuñoa',
    'Ĳsselmeer',
    'Þórshöfn',
    'Αθήνα',
    'ÅÄÖ åäö',
    'Aalto-yliopisto',
    'São Paulo',
    'Zürich – ETH',
    '',
  ])('leaves correct text alone: %j', (text) => expect(repairMojibake(text)).toBeNull());

  const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -.,'];
  const ACCENTED = [...'àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßčćđšžłńśźżőűąęěřůÀÁÂÄÇÈÉÊÑÖÜŠŽŁŚŻŐŰĄĘČŘ'];

  it('property: text whose accented letters stand apart round-trips unchanged', () => {
    // Two accented letters side by side can spell a valid UTF-8 sequence (the limit of any
    // detector); apart, no wrong-charset sequence can form, so nothing may be "repaired".
    const word = fc.tuple(
      fc.constantFrom(...ACCENTED),
      fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(...LETTERS), maxLength: 6 }),
        (words, tail) => {
          const text = words.map(([accent, letters]) => accent + letters).join('') + tail;
          expect(repairMojibake(text)).toBeNull();
        },
      ),
    );
  });

  it('property: any such text, mis-read as Windows-1252, is given back', () => {
    const cp1252 = new TextDecoder('windows-1252');
    const word = fc.tuple(
      fc.constantFrom(...'äöüéèàçñøåłźśżő'),
      fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const text = words.map(([accent, letters]) => accent + letters).join('');
        const misread = cp1252.decode(new TextEncoder().encode(text));
        // Node decodes 0x80-0x9f as C1 controls; such text is left as it is (never half-repaired).
        const repaired = repairMojibake(misread);
        expect(repaired === null || repaired === text).toBe(true);
      }),
    );
  });
});

describe('countries', () => {
  it.each([
    ['DE', 'Germany'],
    ['EL', 'Greece'],
    ['UK', 'United Kingdom'],
    ['gr', 'Greece'],
    ['FR', 'France'],
    ['XX', undefined],
    ['Germany', undefined],
  ])('countryName(%j) -> %j', (code, name) => expect(countryName(code)).toBe(name));

  it.each([
    ['Greece', 'GR'],
    ['EL', 'GR'],
    ['uk', 'GB'],
    ['France', 'FR'],
    ['Atlantis', undefined],
  ])('countryCode(%j) -> %j', (country, code) => expect(countryCode(country)).toBe(code));
});

describe('displaySpelling: the spelling shown for all spellings of a city', () => {
  it.each([
    [{ WARSZAWA: 5, Warszawa: 1 }, 'Warszawa'],
    [{ KOBENHAVN: 3, København: 1, Kobenhavn: 2 }, 'København'],
    [{ MÜNCHEN: 1, München: 1, Munchen: 4 }, 'München'],
    [{ PARIS: 2, paris: 1 }, 'PARIS'],
  ])('%j -> %s', (spellings, shown) => expect(displaySpelling(new Map(Object.entries(spellings)))).toBe(shown));
});

describe('parseLatLon: a position in one cell', () => {
  it.each([
    ['48.15,11.57', { lat: 48.15, lon: 11.57 }],
    ['48.15, 11.57', { lat: 48.15, lon: 11.57 }],
    ['(40.567, 22.997)', { lat: 40.567, lon: 22.997 }],
    ['53.47;-2.23', { lat: 53.47, lon: -2.23 }],
    ['48,15 11,57', { lat: 48.15, lon: 11.57 }],
    ['', undefined],
    ['somewhere', null],
    ['95.1,10.2', null],
  ])('%j', (cell, point) => expect(parseLatLon(cell)).toEqual(point));
});

describe('lists of linked organisations', () => {
  it.each([
    [['CNRS;Université de Nantes;Inserm', 'CNRS'], ';'],
    [['A|B', 'C'], '|'],
    [['Acme, Beta', 'Gamma'], ','],
  ])('separator of %j is %s', (cells, separator) => expect(detectListSeparator(cells)).toBe(separator));

  it('splits, trims and drops empty and repeated names', () => {
    expect(splitList(' CNRS ; Inserm;;CNRS ', ';')).toEqual(['CNRS', 'Inserm']);
  });
});

describe('roleOf: the vocabularies of CORDIS, ROR/GRID and registers', () => {
  it.each([
    ['PRC', 'business'],
    ['HES', 'knowledge'],
    ['REC', 'research'],
    ['PUB', 'government'],
    ['OTH', 'other'],
    ['Company', 'business'],
    ['Education', 'knowledge'],
    ['Facility', 'research'],
    ['Government', 'government'],
    ['Healthcare', 'other'],
    ['Nonprofit', 'intermediary'],
    ['Archive', 'knowledge'],
    ['Funder', 'capital'],
    ['Other', 'other'],
    ['EPST', 'research'],
    ['UMR', 'research'],
    ['Unité mixte de recherche', 'research'],
    ['Entreprise', 'business'],
    ['Université', 'knowledge'],
    ['GmbH', 'business'],
    ['Muster AG', 'business'],
    ['S.A.', 'business'],
    ['S.L.', 'business'],
    ['B.V.', 'business'],
    ['AB', 'business'],
    ['Oy', 'business'],
    ['Kft.', 'business'],
    ['Sp. z o.o.', 'business'],
    ['S.p.A.', 'business'],
    ['e.V.', 'intermediary'],
    ['Stichting', 'intermediary'],
    ['Uniwersytet', 'knowledge'],
    ['Politechnika', 'knowledge'],
    ['Instytut badawczy', 'research'],
    ['Spółka', 'business'],
    ['Università', 'knowledge'],
    ['Ente pubblico', 'government'],
    ['Gmina', 'government'],
    ['Comune', 'government'],
    ['Impresa', 'business'],
    ['Salamander', 'other'],
  ])('%s -> %s', (type, role) => expect(roleOf(type)).toBe(role));
});
