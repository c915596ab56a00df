import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importSources } from '../../src/import/importSources';
import { organisationsCsv, tiesCsv } from '../../src/export/csv';
import { clusnetJson } from '../../src/export/json';
import { datasetArbitrary, encode, essence, importTables } from './roundTripFixtures';

describe('export then import gives back the same data set', () => {
  it('CSV (organisations + ties, with and without BOM)', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.boolean(), ([orgs, ties], bom) => {
        const original = importTables(orgs, ties);
        fc.pre(original !== null);
        const files = [{ name: 'organisations.csv', bytes: encode(organisationsCsv(original, null, { bom })) }];
        if (original.ties.length > 0) files.push({ name: 'ties.csv', bytes: encode(tiesCsv(original, { bom })) });
        expect(essence(importSources(files).dataset)).toEqual(essence(original));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('Clusnet JSON', () => {
    fc.assert(
      fc.property(datasetArbitrary, ([orgs, ties]) => {
        const original = importTables(orgs, ties);
        fc.pre(original !== null);
        const back = importSources([{ name: 'export.json', bytes: encode(clusnetJson(original)) }]).dataset;
        expect(back.name).toBe(original.name);
        expect(essence(back)).toEqual(essence(original));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
