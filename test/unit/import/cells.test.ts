import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../../src/import/decodeBytes';
import { detectDelimiter, parseCsv } from '../../../src/import/parseCsv';
import { detectDecimalMark, parseNumber } from '../../../src/import/numbers';
import { inferColumnType, typeCell } from '../../../src/import/typeCells';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', bytes(0x4d, 0xc3, 0xbc, 0x6e), 'Mün', 'UTF-8'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'a', 'UTF-8 (BOM)'],
    ['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0xfc, 0x00, 0x41, 0x00), 'üA', 'UTF-16 LE'],
    ['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0x00, 0xfc, 0x00, 0x41), 'üA', 'UTF-16 BE'],
    // 0xFC is "ü" in Windows-1252 and invalid on its own in UTF-8; 0x80 is the euro sign.
    ['Windows-1252 when not valid UTF-8', bytes(0x4d, 0xfc, 0x6e, 0x20, 0x80, 0x9f), 'Mün €Ÿ', 'Windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ text, encoding });
  });

  it('never produces replacement characters for Windows-1252 text', () => {
    const all = new Uint8Array(Array.from({ length: 128 }, (_, index) => 128 + index));
    expect(decodeBytes(all).text).not.toContain('\ufffd');
  });
});

describe('looksBinary', () => {
  it.each([
    ['a,b\n1,2\n', false],
    ['tab\tseparated\r\n', false],
    ['PK\u0003\u0004\u0000\u0000', true],
    ['\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e\u000f\u0010', true],
  ])('%j -> %s', (text, expected) => expect(looksBinary(text)).toBe(expected));
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1,5;2,5;3\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b\n1|2\n', '|'],
    ['name;note\n"Smith, Jones";"x, y, z"\n"A, B";c\n', ';'],
    ['name,note\n"a;b;c",x\n"d;e;f",y\n', ','],
  ])('%j -> %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

describe('parseCsv', () => {
  it('keeps quoted delimiters and line breaks in one cell, reads CRLF, drops trailing empty columns', () => {
    const table = parseCsv('id;name;;\r\n1;"a;\r\nb";;\r\n2;c;;\r\n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      ['1', 'a;\r\nb'],
      ['2', 'c'],
    ]);
    expect(table.firstRow).toBe(2);
  });

  it('reads a headerless numeric file (VOSviewer network) with a supplied header and rows from 1', () => {
    const table = parseCsv('1\t2\t4\n2\t3\t1\n');
    expect(table).toMatchObject({
      header: ['source', 'target', 'weight'],
      rows: [
        ['1', '2', '4'],
        ['2', '3', '1'],
      ],
      firstRow: 1,
      headerless: true,
    });
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    parseCsv('a,b\n' + '1,2\n'.repeat(10), { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('numbers', () => {
  it.each([
    [['2,5', '3'], ','],
    [['2.5', '3'], '.'],
    [['1.234,5'], ','],
    [['1,234.5'], '.'],
    [['1,234'], '.'], // ambiguous alone: read as a thousands separator with a decimal point
    [['1,234', '0,5'], ','],
    [['12', '7'], '.'],
  ] as const)('detectDecimalMark(%j) = %j', (cells, mark) => expect(detectDecimalMark(cells)).toBe(mark));

  it.each([
    ['2.5', '.', 2.5],
    ['2,5', ',', 2.5],
    ['1,234.5', '.', 1234.5],
    ['1.234,5', ',', 1234.5],
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234', '.', 1234],
    ["1'234", '.', 1234],
    ['1.5e3', '.', 1500],
    ['1,5E3', ',', 1500],
    ['-0.25', '.', -0.25],
    ['.5', '.', 0.5],
    ['2.5', ',', 2.5],
    ['12 apples', '.', Number.NaN],
    ['1 2', '.', Number.NaN],
    ['', '.', Number.NaN],
    ['n/a', ',', Number.NaN],
  ] as const)('parseNumber(%j, %j) = %d', (text, mark, value) => expect(parseNumber(text, mark)).toBe(value));

  it('reads a cell longer than any number as text, whichever the mark', () => {
    const digits = '1'.repeat(60_000);
    for (const mark of ['.', ','] as const) {
      expect(parseNumber(digits, mark)).toBeNaN();
      expect(parseNumber(`${digits}x`, mark)).toBeNaN();
    }
    expect(detectDecimalMark([`${digits},5`, '2.5'])).toBe('.');
  });
});

describe('typing cells', () => {
  it.each([
    [['1', '2.5', ''], 'number'],
    [['2,5', '3,75'], 'number'],
    [['1999', '2004'], 'year'],
    [['yes', 'no', 'Ja'], 'boolean'],
    [['https://a.org', 'http://b.org/x'], 'url'],
    [['javascript:alert(1)'], 'text'],
    [['a | b', 'c'], 'list'],
    [['plain', 'text'], 'text'],
    [['', ' '], 'text'],
  ] as const)('inferColumnType(%j) is %s', (cells, type) => expect(inferColumnType(cells).type).toBe(type));

  it.each([
    ['', 'number', null],
    ['  ', 'text', null],
    ['2,5', 'number', 2.5],
    ['Ja', 'boolean', true],
    ['nein', 'boolean', false],
    ['a | b |  | c', 'list', ['a', 'b', 'c']],
  ] as const)('typeCell(%j, %s) = %j', (cell, type, value) => {
    const mark = cell.includes(',') ? ',' : '.';
    expect(typeCell(cell, type, mark)).toEqual(value);
  });
});
