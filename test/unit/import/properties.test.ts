import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, DELIMITERS } from '../../../src/import/parseCsv';
import { importSources } from '../../../src/import/importSources';
import { ImportError } from '../../../src/import/ImportError';
import { parseNumber } from '../../../src/import/numbers';

/** Write a table as CSV: quote every cell, or only the cells that need it. */
function writeCsv(rows: string[][], delimiter: string, quoteAll: boolean, newline: string): string {
  const cell = (text: string) => {
    const needs = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
    return quoteAll || needs ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(delimiter)).join(newline) + newline;
}

const headerCell = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/);
// Cells may hold every delimiter, quotes, line breaks, spaces and accents.
const cellChar = fc.constantFrom('a', 'Z', '9', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', 'é', 'ß', '€', '=', '.');
const cell = fc.array(cellChar, { maxLength: 8 }).map((chars) => chars.join(''));
const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.record({
    header: fc.array(headerCell, { minLength: width, maxLength: width }),
    // The first cell is never blank: a row of blank cells is an empty line, which is skipped.
    rows: fc.array(
      fc
        .tuple(fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.array(cell, { minLength: width - 1, maxLength: width - 1 }))
        .map(([first, rest]) => [first, ...rest]),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

describe('property: any table written as CSV reads back to the same rows', () => {
  it('for any delimiter, quoting and line ending (delimiter detected)', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...DELIMITERS),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        ({ header, rows }, delimiter, quoteAll, newline) => {
          const parsed = parseCsv(writeCsv([header, ...rows], delimiter, quoteAll, newline));
          expect(parsed.delimiter).toBe(delimiter);
          expect(parsed.header).toEqual(header);
          expect(parsed.rows).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('property: nothing a user drops crashes the import', () => {
  const survives = (bytes: Uint8Array) => {
    try {
      importSources([{ name: 'random.csv', bytes }]);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
    }
  };

  it('random bytes either import or fail with a message for the user', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), survives), { numRuns: 400 });
  }, 30_000);

  it('random text made of CSV, JSON and XML punctuation too', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      ';',
      '\n',
      '<',
      '>',
      '/',
      '=',
      'gexf',
      'graphml',
      'node',
      'edge',
      'id',
      'source',
      'target',
      'nodes',
      'links',
      'elements',
      'a',
      '1',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => survives(new TextEncoder().encode(pieces.join('')))),
      { numRuns: 400 },
    );
  }, 30_000);
});

describe('property: numbers written with a decimal comma read back', () => {
  it('German-formatted numbers (thousands points, decimal comma)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, hundredths) => {
        const value = whole + (Math.sign(whole || 1) * hundredths) / 100;
        const text = value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseNumber(text, ',')).toBeCloseTo(value, 6);
      }),
    );
  });
});
