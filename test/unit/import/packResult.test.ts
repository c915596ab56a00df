import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources } from '../../../src/import/importSources';
import { packResult, unpackResult } from '../../../src/workers/packResult';

const load = (...names: string[]) =>
  names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(process.cwd(), 'fixtures/import', name))) }));

describe('packResult / unpackResult: the worker hands over columns, the page gets the same result', () => {
  it.each([
    [['german-excel-organisations.csv', 'german-excel-ties.csv']],
    [['bom-edge-list.csv']],
    [['hostile-labels.csv']],
    [['gephi-1.3.gexf']],
    [['membership-cordis.csv']],
    [['clusnet-own.json']],
  ])('%j', async (names) => {
    const result = importSources(load(...names), { mergeDuplicateTies: true });
    const packing = packResult(structuredClone(result));
    expect(packing).not.toBeNull();
    // Through a real structured clone, slices of 2 to exercise the yielding.
    const unpacked = await unpackResult(structuredClone(packing!.packed), 2);
    expect(unpacked).toEqual(result);
    for (const org of unpacked.dataset.organisations) expect(Object.getPrototypeOf(org.attributes)).toBeNull();
  });

  it('refuses to pack a tie whose end is not an organisation (sent as it is instead)', () => {
    const result = importSources(load('bom-edge-list.csv'));
    result.dataset.ties[0]!.source = 'nobody';
    expect(packResult(result)).toBeNull();
  });
});
