import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/import/importSources';

describe('toDataset at scale', () => {
  it('imports 150,000 ties (spreading them into push() overflowed the call stack)', () => {
    const ties = [
      'source,target',
      ...Array.from({ length: 150_000 }, (_, i) => `o${i % 750},o${(i * 7 + 1) % 750}`),
    ].join('\n');
    const organisations = ['id', ...Array.from({ length: 750 }, (_, i) => `o${i}`)].join('\n');
    const encoder = new TextEncoder();
    const { dataset } = importSources([
      { name: 'orgs.csv', bytes: encoder.encode(organisations) },
      { name: 'ties.csv', bytes: encoder.encode(ties) },
    ]);
    // i % 750 === (7i + 1) % 750 never holds (6i ≡ -1 mod 750 has no solution: 750 is even), so no self-ties.
    expect(dataset.ties).toHaveLength(150_000);
  }, 60_000);
});
