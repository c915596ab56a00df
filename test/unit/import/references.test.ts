import { describe, expect, it } from 'vitest';
import { importSources } from '../../../src/import/importSources';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const orgs = file('orgs.csv', 'id,name\na,Acme\nb,Acme\nc,Beta\n');

describe('references by id or name', () => {
  it('reports a name that fits several organisations and links the first', () => {
    const { dataset, report } = importSources([orgs, file('ties.csv', 'source,target\nACME,c\n')]);
    expect(dataset.ties.map((tie) => [tie.source, tie.target])).toEqual([['a', 'c']]);
    expect(report.entries.map(({ kind, row, column, action }) => [kind, row, column, action])).toEqual([
      ['ambiguous-reference', 2, 'source', 'Linked to the first, "a".'],
    ]);
  });

  it.each([
    [false, ['a', 'b', 'c', 'zeta'], 2, 'Added from ties as a placeholder organisation.'],
    [true, ['a', 'b', 'c'], 1, 'Tie left out (option: drop ties to unknown organisations).'],
  ])('dropUnknownTies=%s', (dropUnknownTies, ids, tieCount, action) => {
    const { dataset, report } = importSources([orgs, file('ties.csv', 'source,target\na,c\nzeta,c\n')], {
      dropUnknownTies,
    });
    expect(dataset.organisations.map((org) => org.id)).toEqual(ids);
    expect(dataset.ties).toHaveLength(tieCount);
    expect(report.entries.map((entry) => [entry.kind, entry.row, entry.action])).toEqual([
      ['unknown-reference', 3, action],
    ]);
  });
});

describe('two tables, one after the other', () => {
  const ties = file('ties.csv', 'from,to\na,c\n');
  it('reads a ties table together with the organisations table loaded just before', () => {
    const { dataset } = importSources([ties], { companions: [orgs] });
    expect(dataset.files).toEqual(['orgs.csv', 'ties.csv']);
    expect(dataset.organisations.map((org) => org.name)).toEqual(['Acme', 'Acme', 'Beta']);
    expect(dataset.ties).toHaveLength(1);
  });

  it('does not combine two tables of the same kind', () => {
    const { dataset } = importSources([file('more.csv', 'id,name\nx,Xeno\n')], { companions: [orgs] });
    expect(dataset.files).toEqual(['more.csv']);
  });
});
