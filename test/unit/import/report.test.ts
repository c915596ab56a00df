import { describe, expect, it } from 'vitest';
import { csvCell, countEntries, reportToCsv, sortEntries } from '../../../src/export/reportCsv';
import { mergeAliases, nameKey, suggestMerges } from '../../../src/import/nearDuplicates';
import type { ReportEntry } from '../../../src/model/types';
import { createAttributes } from '../../../src/model/types';

const entry = (
  kind: string,
  file: string,
  row: number | null,
  severity: ReportEntry['severity'] = 'warning',
): ReportEntry => ({ severity, kind, file, row, column: null, problem: 'p', action: 'a' });

describe('csvCell: no formula reaches a spreadsheet (OWASP CSV injection)', () => {
  // papaparse's unparse quotes every cell it escapes: the reader gets the same text, quoted or not.
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+41 22', `"'+41 22"`],
    // A plain number cannot run as a formula: left as it is (one rule for every CSV the app writes).
    ['-1', '-1'],
    ['-1+A1', `"'-1+A1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    [null, ''],
    [12, '12'],
  ] as const)('%j -> %s', (value, written) => expect(csvCell(value)).toBe(written));

  it('writes a header and one line per entry', () => {
    const csv = reportToCsv({
      files: [],
      entries: [{ ...entry('self-tie', 'ties.csv', 4), column: 'from', problem: '=1+1', action: 'Left out.' }],
    });
    expect(csv).toBe(
      'severity,kind,file,row,column,problem,action\r\nwarning,self-tie,ties.csv,4,from,"\'=1+1",Left out.\r\n',
    );
  });
});

describe('sortEntries', () => {
  const entries = [
    entry('self-tie', 'b.csv', 3),
    entry('duplicate-id', 'a.csv', 9, 'error'),
    entry('self-tie', 'a.csv', 2, 'info'),
    entry('duplicate-id', 'a.csv', 4),
  ];
  it.each([
    [
      'kind',
      [
        ['duplicate-id', 4],
        ['duplicate-id', 9],
        ['self-tie', 2],
        ['self-tie', 3],
      ],
    ],
    [
      'file',
      [
        ['self-tie', 2],
        ['duplicate-id', 4],
        ['duplicate-id', 9],
        ['self-tie', 3],
      ],
    ],
    [
      'row',
      [
        ['self-tie', 2],
        ['self-tie', 3],
        ['duplicate-id', 4],
        ['duplicate-id', 9],
      ],
    ],
    [
      'severity',
      [
        ['duplicate-id', 9],
        ['duplicate-id', 4],
        ['self-tie', 3],
        ['self-tie', 2],
      ],
    ],
  ] as const)('by %s', (key, order) => {
    expect(sortEntries(entries, key).map(({ kind, row }) => [kind, row])).toEqual(order);
    expect(entries[0]!.file).toBe('b.csv');
  });

  it('counts problems and notes', () =>
    expect(countEntries({ files: [], entries })).toEqual({ problems: 3, notes: 1 }));
});

describe('near-duplicate names', () => {
  it.each([
    ['University of Manchester', 'university manchester'],
    ['Univ. of Manchester', 'university manchester'],
    ['UNIVERSITY OF MANCHESTER', 'university manchester'],
    ['Universität Leipzig', 'universitat leipzig'],
    ['Universitat Leipzig', 'universitat leipzig'],
    ['Research & Development Inst.', 'research development institute'],
    ['The Fraunhofer Society', 'fraunhofer society'],
  ])('nameKey(%j) = %j', (name, key) => expect(nameKey(name)).toBe(key));

  it('suggests each later variant as a merge into the first, never distinct names', () => {
    const org = (id: string, name: string) => ({ id, name, attributes: createAttributes() });
    const suggestions = suggestMerges([
      org('a', 'Universität Leipzig'),
      org('b', 'Leipzig University'),
      org('c', 'Universitat Leipzig'),
      org('d', 'universität leipzig'),
    ]);
    expect(suggestions.map(({ from, into }) => [from, into])).toEqual([
      ['c', 'a'],
      ['d', 'a'],
    ]);
  });

  it('follows merge chains, ignoring unknown ids and cycles', () => {
    const ids = new Set(['a', 'b', 'c', 'x', 'y']);
    expect([
      ...mergeAliases(
        [
          ['a', 'b'],
          ['b', 'c'],
          ['x', 'y'],
          ['y', 'x'],
          ['q', 'a'],
        ],
        ids,
      ),
    ]).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
});
