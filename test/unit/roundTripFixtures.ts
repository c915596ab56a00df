import fc from 'fast-check';
import Papa from 'papaparse';
import { importSources } from '../../src/import/importSources';
import type { Dataset } from '../../src/model/types';

/**
 * Shared by the round-trip property tests (exportRoundTrip*.test.ts). Property: for any data set
 * the importer can produce, exporting it and importing the export gives back the same
 * organisations, ties, attributes and attribute types. The input data sets are made by importing
 * generated CSV tables written by papaparse (an independent writer).
 */

export const encode = (text: string) => new TextEncoder().encode(text);

// Characters that stress quoting, formula guards, typing and Unicode. Lone CR is left out:
// papaparse guesses the line ending from the raw text and a stray CR misleads it.
const TRICKY = [...'aZ =+-@\t\'",;|\n.1é中'];
const textCell = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const numberCell = fc.double({ noNaN: true, noDefaultInfinity: true }).map(String);
const yearCell = fc.integer({ min: 1000, max: 2999 }).map(String);
const booleanCell = fc.constantFrom('true', 'false', 'TRUE', 'False');
const urlCell = fc.webUrl();
const columnOf = (cell: fc.Arbitrary<string>, rows: number) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: cell }, { weight: 1, arbitrary: fc.constant('') }), {
    minLength: rows,
    maxLength: rows,
  });
const anyColumn = (rows: number) =>
  fc.oneof(...[textCell, numberCell, yearCell, booleanCell, urlCell].map((cell) => columnOf(cell, rows)));

const ORG_HEADERS = [
  'name',
  'Label',
  'type',
  'city',
  'Town',
  'country',
  'lat',
  'x',
  'y',
  'note',
  '=evil',
  '@at',
  "'=quoted",
  'Ünïcode 中',
  '__proto__',
  'a,b',
  'q"uote',
];
const TIE_HEADERS = ['type', 'Kind', 'weight', 'year', 'directed', 'note', '=f', '__proto__', 'strength', 'since'];

/** A table: fixed first columns, a unique subset of the header pool, and one generated column each. */
function table(first: string[], pool: string[], rows: number, firstColumns: fc.Arbitrary<string[]>[]) {
  return fc.subarray(pool).chain((extra) =>
    fc.tuple(...firstColumns, ...extra.map(() => anyColumn(rows))).map((columns) => {
      const header = [...first, ...extra];
      return Papa.unparse({
        fields: header,
        data: Array.from({ length: rows }, (_, row) => columns.map((column) => column[row] ?? '')),
      });
    }),
  );
}

export const datasetArbitrary = fc.integer({ min: 1, max: 6 }).chain((orgRows) =>
  fc.integer({ min: 0, max: 8 }).chain((tieRows) => {
    const id = fc
      .oneof(fc.constantFrom('a', 'b', 'c', '=d', '-e', ' f ', '@g'), textCell)
      .filter((text) => text.trim() !== '');
    const ids = fc.uniqueArray(id, { minLength: orgRows, maxLength: orgRows, selector: (text) => text.trim() });
    return ids.chain((idColumn) => {
      const reference = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...idColumn) },
        { weight: 1, arbitrary: textCell },
      );
      const ends = fc.array(fc.tuple(reference, reference), { minLength: tieRows, maxLength: tieRows });
      const sources = ends.map((pairs) => pairs.map(([source]) => source));
      const targets = ends.map((pairs) => pairs.map(([, target]) => target));
      return fc.tuple(
        table(['id'], ORG_HEADERS, orgRows, [fc.constant(idColumn)]),
        tieRows === 0 ? fc.constant(null) : table(['source', 'target'], TIE_HEADERS, tieRows, [sources, targets]),
      );
    });
  }),
);

const DROPPED_ROW = new Set(['missing-id', 'duplicate-id', 'missing-end', 'self-tie']);

/**
 * The data set the generated tables import to, or null when the importer left a row out: it infers
 * a column's type from every row read, left-out rows included, so such a data set can hold a
 * column typed by values it no longer has, which no export can carry.
 */
export function importTables(orgs: string, ties: string | null): Dataset | null {
  const files = [
    { name: 'orgs.csv', bytes: encode(orgs) },
    ...(ties === null ? [] : [{ name: 'ties.csv', bytes: encode(ties) }]),
  ];
  try {
    const { dataset, report } = importSources(files);
    return report.entries.some((entry) => DROPPED_ROW.has(entry.kind)) ? null : dataset;
  } catch {
    return null; // the generated tables held nothing usable: not a data set to export
  }
}

/** Attributes without their missing values: a missing value and an absent key mean the same. */
export const present = (attributes: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== null));

/**
 * What must survive: organisations (a placeholder comes back as an ordinary row), ties, schema.
 * With no ties there is no ties table to write, so tie columns only count when ties exist.
 */
export const essence = (dataset: Dataset) => ({
  organisations: dataset.organisations.map(({ placeholder: _placeholder, ...org }) => ({
    ...org,
    attributes: present(org.attributes),
  })),
  ties: dataset.ties.map((tie) => ({ ...tie, attributes: present(tie.attributes) })),
  schema: { organisation: dataset.schema.organisation, tie: dataset.ties.length > 0 ? dataset.schema.tie : [] },
});
