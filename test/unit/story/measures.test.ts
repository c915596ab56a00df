import { describe, expect, it } from 'vitest';
import { firmPerformance, growthMix } from '../../../src/analysis/story/measures';
import { ranks, spearman } from '../../../src/analysis/story/spearman';
import type { Role } from '../../../src/model/roles';
import { createAttributes } from '../../../src/model/types';
import { datasetOf, org, tie } from '../analysis/factories';

describe('spearman', () => {
  it.each([
    // Monotone: 1; reversed: −1.
    [[1, 2, 3, 4], [10, 20, 30, 40], 1],
    [[1, 2, 3, 4], [4, 3, 2, 1], -1],
    // Ranks x 1 2 3 4 5, y 2 1 4 3 5: d² = 1+1+1+1+0 = 4, rho = 1 − 6·4 / (5·24) = 0.8.
    [[1, 2, 3, 4, 5], [2, 1, 4, 3, 5], 0.8],
  ])('%j against %j is %s', (x, y, rho) => expect(spearman(x, y)).toBeCloseTo(rho, 12));

  it('gives tied values their mean rank (as scipy does)', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    // x ranks 1 2.5 2.5 4 against y 1 2 3 4: Pearson = 4.5 / sqrt(4.5 · 5) = 0.9487 (scipy.stats.spearmanr: 0.9486833).
    expect(spearman([10, 20, 20, 30], [1, 2, 3, 4])).toBeCloseTo(0.9486833, 6);
  });

  it('is null when a side does not vary', () => expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull());
});

describe('growthMix', () => {
  it('counts ties, entrants and the share of new ties crossing cities and roles per year', () => {
    const city: Record<string, string> = { a: 'X', b: 'X', c: 'Y', d: '' };
    const role: Record<string, Role> = { a: 'business', b: 'knowledge', c: 'business', d: 'government' };
    const ties = [
      tie('a', 'b', { year: 2008 }),
      tie('a', 'c', { year: 2009 }),
      tie('b', 'c', { year: 2009 }),
      tie('c', 'd', { year: 2009 }),
    ];
    expect(
      growthMix(
        ties,
        (id) => city[id]!,
        (id) => role[id]!,
      ),
    ).toEqual([
      { year: 2008, ties: 1, entrants: 2, organisationsSoFar: 2, crossCityShare: 0, crossRoleShare: 1 },
      // 2009: a–c and b–c cross cities (c–d has no city for d): 2/2; roles differ on b–c and c–d: 2/3.
      { year: 2009, ties: 3, entrants: 2, organisationsSoFar: 4, crossCityShare: 1, crossRoleShare: 2 / 3 },
    ]);
  });
});

describe('firmPerformance', () => {
  it('correlates numeric attributes of firms with their position, with n', () => {
    const employees = [5, 10, 20, 40, 80, 160];
    const organisations = employees.map((value, i) =>
      org(`f${i}`, { type: 'Firm', attributes: createAttributes([['employees', value]]) }),
    );
    const dataset = {
      ...datasetOf(organisations, []),
      schema: { organisation: [{ key: 'employees', label: 'Employees', type: 'number' as const }], tie: [] },
    };
    const degree = Object.fromEntries(organisations.map((o, i) => [o.id, i]));
    const [association] = firmPerformance(dataset, () => 'business', { degree });
    expect(association).toEqual({ attribute: 'employees', label: 'Employees', metric: 'degree', n: 6, rho: 1 });
  });
});
