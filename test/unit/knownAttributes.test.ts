import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/import/importSources';
import { organisationsCsv } from '../../src/export/csv';
import { describeOrganisation } from '../../src/model/describeOrganisation';

const encode = (text: string) => new TextEncoder().encode(text);
const open = (name: string, text: string) => importSources([{ name, bytes: encode(text) }]).dataset;
const noUrl = () => null;

// A register in French and German words: "sigle" is the short name, "Gründungsjahr" the founding
// year, "site web" the address. Each lands in the field the app knows and keeps the header it had.
const REGISTER = [
  'numéro;libellé;sigle;Gründungsjahr;site web;tutelle principale',
  'S1;Laboratoire des Sciences du Numérique de Nantes;LS2N;2017;https://www.ls2n.fr;CNRS',
  'S2;Institut de Recherche en Génie Civil;GeM;2004;https://gem.ec-nantes.fr;CNRS',
].join('\n');

describe('columns named in another language land in the known fields', () => {
  it('keys them shortName, founded, url, labelled by their header', () => {
    const dataset = open('register.csv', REGISTER);
    expect({ ...dataset.organisations[0]!.attributes }).toEqual({
      shortName: 'LS2N',
      founded: 2017,
      url: 'https://www.ls2n.fr',
      'tutelle principale': 'CNRS',
    });
    const labels = Object.fromEntries(dataset.schema.organisation.map((field) => [field.key, field.label]));
    expect(labels).toEqual({
      shortName: 'sigle',
      founded: 'Gründungsjahr',
      url: 'site web',
      'tutelle principale': 'tutelle principale',
    });
  });

  it('shows the header the data used in the inspector', () => {
    const dataset = open('register.csv', REGISTER);
    const rows = describeOrganisation(dataset.organisations[1]!, noUrl, undefined, dataset.schema.organisation);
    const shown = Object.fromEntries(rows.map((row) => [row.label, row.value]));
    expect(shown).toMatchObject({ sigle: 'GeM', Gründungsjahr: '2004', 'site web': 'https://gem.ec-nantes.fr' });
    expect(shown).not.toHaveProperty('founded');
  });

  it('exports them under the header they came with, and reads the export back the same', () => {
    const dataset = open('register.csv', REGISTER);
    const csv = organisationsCsv(dataset, null, { bom: false });
    const header = csv.split(/\r?\n/)[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['sigle', 'Gründungsjahr', 'site web']));
    expect(header).not.toContain('founded');
    const back = open('organisations.csv', csv);
    expect(back.organisations.map((organisation) => ({ ...organisation.attributes }))).toEqual(
      dataset.organisations.map((organisation) => ({ ...organisation.attributes })),
    );
  });

  it('keeps the second column naming the same field under its own header', () => {
    const dataset = open('two.csv', 'id,name,sigle,acronym\na,Alpha,AL,ALP\n');
    expect({ ...dataset.organisations[0]!.attributes }).toEqual({ shortName: 'AL', acronym: 'ALP' });
  });
});
