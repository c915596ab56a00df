import { describe, expect, it } from 'vitest';
import { neutraliseCell, organisationsCsv, tiesCsv, writeCsv } from '../../src/export/csv';
import { restoreNeutralisedCell } from '../../src/import/restoreNeutralisedCells';
import { importSources } from '../../src/import/importSources';
import type { AnalysisResults } from '../../src/analysis/types';

const encode = (text: string) => new TextEncoder().encode(text);
const load = (orgs: string, ties: string) =>
  importSources([
    { name: 'orgs.csv', bytes: encode(orgs) },
    { name: 'ties.csv', bytes: encode(ties) },
  ]).dataset;

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+cmd', "'+cmd"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=already", "''=already"],
    ["''+twice", "'''+twice"],
    ['-5', '-5'],
    ['+1.5e3', '+1.5e3'],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j becomes %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
    expect(restoreNeutralisedCell(neutraliseCell(cell))).toBe(cell);
  });
});

describe('writeCsv quotes as RFC 4180 says', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ["it's", "it's"],
    ['a;b', '"a;b"'],
    [' padded ', '" padded "'],
    ['=1+1', `"'=1+1"`],
  ])('%j becomes %j', (cell, expected) => expect(writeCsv([[cell]])).toBe(`${expected}\r\n`));

  it('writes numbers as they are, null and undefined empty, CRLF after every line', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        [-5, null],
        [undefined, 1.5],
      ]),
    ).toBe('a,b\r\n-5,\r\n,1.5\r\n');
  });
});

describe('organisationsCsv and tiesCsv', () => {
  const dataset = load(
    'id,name,city,staff,homepage\na,"Alpha, Inc",Lyon,12,https://a.example\nb,=HYPERLINK("x"),,,\n',
    'source,target,weight,year,note\na,b,2,2009,"said ""yes"""\n',
  );

  it('writes the core columns that hold values, attributes, and CRLF line ends', () => {
    expect(organisationsCsv(dataset, null)).toBe(
      'id,name,city,staff,homepage\r\na,"Alpha, Inc",Lyon,12,https://a.example\r\nb,"\'=HYPERLINK(""x"")",,,\r\n',
    );
    expect(tiesCsv(dataset)).toBe('source,target,weight,year,directed,note\r\na,b,2,2009,false,"said ""yes"""\r\n');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(organisationsCsv(dataset, null, { bom: true }).startsWith('\uFEFFid,')).toBe(true);
    expect(organisationsCsv(dataset, null).startsWith('id,')).toBe(true);
  });

  it('adds metric columns of the matching analysis, renaming a clash with an attribute', () => {
    const analysis: AnalysisResults = {
      datasetId: dataset.id,
      metrics: [
        { id: 'degree', label: 'Degree', description: '', kind: 'number' },
        { id: 'staff', label: 'Staff?', description: '', kind: 'category' },
      ],
      nodeMetrics: { degree: { a: 1, b: 1 }, staff: { a: 'c1' } },
      notes: [],
    };
    const [header, first, second] = organisationsCsv(dataset, analysis).split('\r\n');
    expect(header).toBe('id,name,city,staff,homepage,degree,staff (metric)');
    expect(first).toBe('a,"Alpha, Inc",Lyon,12,https://a.example,1,c1');
    expect(second).toBe('b,"\'=HYPERLINK(""x"")",,,,1,');
    expect(organisationsCsv(dataset, { ...analysis, datasetId: 'another' }).split('\r\n')[0]).toBe(
      'id,name,city,staff,homepage',
    );
  });
});
