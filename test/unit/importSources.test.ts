import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/import/importSources';
import { ImportError } from '../../src/import/ImportError';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('importSources: our own two-table CSV', () => {
  const organisations =
    'id,name,type,city,founded\na,Alpha GmbH,Firm,Munich,1999\nb,Beta University,University,Lyon,\nc,Gamma Fund,Investor,Lyon,2004\n';
  const ties = 'source,target,type,weight,year\na,b,R&D collaboration,3,2009\nb,c,Funding,,2010\n';

  it('reads organisations and ties, typing the extra columns', () => {
    const { dataset, report } = importSources([file('orgs.csv', organisations), file('ties.csv', ties)]);
    expect(dataset.organisations.map((org) => [org.id, org.name, org.type, org.city])).toEqual([
      ['a', 'Alpha GmbH', 'Firm', 'Munich'],
      ['b', 'Beta University', 'University', 'Lyon'],
      ['c', 'Gamma Fund', 'Investor', 'Lyon'],
    ]);
    expect(dataset.organisations.map((org) => org.attributes['founded'])).toEqual([1999, null, 2004]);
    expect(dataset.ties.map((tie) => [tie.source, tie.target, tie.type, tie.weight, tie.year])).toEqual([
      ['a', 'b', 'R&D collaboration', 3, 2009],
      ['b', 'c', 'Funding', 1, 2010],
    ]);
    expect(dataset.schema.organisation).toEqual([{ key: 'founded', label: 'founded', type: 'year' }]);
    expect(report.entries).toEqual([]);
    expect(report.files.map((f) => f.format)).toEqual(['CSV (organisations)', 'CSV (ties)']);
  });

  it('accounts for every bad row in the report with file, spreadsheet row and column', () => {
    const badTies = 'source,target,weight\na,a,1\na,zeta,2\nb,c,heavy\n,c,1\n';
    const orgs = organisations + 'a,Alpha again,Firm,Munich,2001\n';
    const { dataset, report } = importSources([file('orgs.csv', orgs), file('ties.csv', badTies)]);
    const lines = report.entries.map(({ kind, file: f, row, column }) => [kind, f, row, column]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['duplicate-id', 'orgs.csv', 5, 'id'],
        ['self-tie', 'ties.csv', 2, 'source'],
        ['unknown-reference', 'ties.csv', 3, 'target'],
        ['not-a-number', 'ties.csv', 4, 'weight'],
        ['missing-end', 'ties.csv', 5, 'source'],
      ]),
    );
    expect(report.entries).toHaveLength(5);
    // The unknown organisation is kept as a flagged placeholder, the bad weight is not read as 0.
    expect(dataset.organisations.find((org) => org.id === 'zeta')?.placeholder).toBe(true);
    expect(dataset.ties.find((tie) => tie.source === 'b' && tie.target === 'c')?.weight).toBe(1);
    expect(dataset.ties).toHaveLength(2);
  });

  it('resolves ties that name organisations by name, ignoring case and spaces', () => {
    const { dataset } = importSources([
      file('orgs.csv', organisations),
      file('ties.csv', 'source,target\n alpha gmbh ,BETA UNIVERSITY\n'),
    ]);
    expect(dataset.ties.map((tie) => [tie.source, tie.target])).toEqual([['a', 'b']]);
  });
});

describe('importSources: our own JSON', () => {
  it('reads organisations and ties and the name', () => {
    const json = JSON.stringify({
      name: 'Test cluster',
      organisations: [
        { id: 'a', name: 'Alpha', type: 'Firm', tags: ['x', 'y'] },
        { id: 'b', name: 'Beta' },
      ],
      ties: [{ source: 'a', target: 'b', weight: 2 }],
    });
    const { dataset } = importSources([file('cluster.json', json)]);
    expect(dataset.name).toBe('Test cluster');
    expect(dataset.organisations).toHaveLength(2);
    expect(dataset.ties[0]?.weight).toBe(2);
  });

  it('keeps __proto__ as an ordinary attribute, never a prototype', () => {
    const json = '{"organisations":[{"id":"a","__proto__":"evil","constructor":"x"}],"ties":[]}';
    const { dataset } = importSources([file('x.json', json)]);
    const attributes = dataset.organisations[0]!.attributes;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(attributes['constructor']).toBe('x');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('importSources: unreadable input', () => {
  it.each([
    ['empty.csv', '', 'the file is empty'],
    ['header.csv', 'id,name\n', 'header row but no data rows'],
    ['broken.json', '{"organisations": [', 'not valid JSON'],
    ['other.json', '{"foo": 1}', 'unsupported JSON'],
    ['binary.csv', 'ab\u0000\u0001cd', 'binary data'],
  ])('%s gives a clear message', (name, text, message) => {
    expect(() => importSources([file(name, text)])).toThrow(ImportError);
    expect(() => importSources([file(name, text)])).toThrow(message);
    expect(() => importSources([file(name, text)])).toThrow(name);
  });
});
