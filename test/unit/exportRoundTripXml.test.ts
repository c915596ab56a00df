import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importSources } from '../../src/import/importSources';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import type { Dataset } from '../../src/model/types';
import { datasetArbitrary, encode, essence, importTables } from './roundTripFixtures';

/**
 * Property: for any data set the importer can produce (generated CSV tables, as in
 * exportRoundTrip.test.ts), exporting it as GEXF or GraphML and importing the file gives back the
 * same organisations (ids, names, core fields, positions), ties (ids, ends, type, weight, year,
 * direction), attributes and attribute types (`essence`). The importer recognises XML from the
 * content, so the file names carry no hint.
 *
 * Accepted differences, and only these:
 * - The data set's name is not compared: GraphML has no place for it, and GEXF writes it as the
 *   graph's description, which is no name a reader should take as one.
 * - Those `essence` already leaves out (see roundTripFixtures.ts): placeholder flags, missing
 *   values versus absent keys, and tie columns when there are no ties (no edges, no edge keys).
 * Attribute types are compared exactly. Both formats declare their own types (GEXF `integer`,
 * `double`, `boolean`, `string`; GraphML `int`, `double`, `boolean`, `string`), which cannot say
 * 'year', 'url' or 'list'; the importer ignores declared types and infers every column's type from
 * its values, as it did for the original CSV, so the same values give back the same types.
 */

function reimport(file: string, text: string): Dataset {
  const { dataset, report } = importSources([{ name: file, bytes: encode(text) }]);
  expect(report.files.map(({ format }) => format)).toEqual([file.endsWith('.gexf') ? 'GEXF' : 'GraphML']);
  return dataset;
}

describe('export to XML then import gives back the same data set', () => {
  it('GEXF', () => {
    fc.assert(
      fc.property(datasetArbitrary, ([orgs, ties]) => {
        const original = importTables(orgs, ties);
        fc.pre(original !== null);
        expect(essence(reimport('export.gexf', toGexf(original)))).toEqual(essence(original));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('GraphML', () => {
    fc.assert(
      fc.property(datasetArbitrary, ([orgs, ties]) => {
        const original = importTables(orgs, ties);
        fc.pre(original !== null);
        expect(essence(reimport('export.graphml', toGraphml(original)))).toEqual(essence(original));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
