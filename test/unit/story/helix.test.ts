import { describe, expect, it } from 'vitest';
import { helixByGroup, tripleHelixT, type HelixSet } from '../../../src/analysis/story/helix';
import { toSimpleGraph } from '../../../src/analysis/simpleGraph';
import { datasetOf, org, tie } from '../analysis/factories';

const set = (u: number, i: number, g: number): HelixSet => ({ u: u === 1, i: i === 1, g: g === 1 });

describe('tripleHelixT (Leydesdorff 2003), hand-worked in bits', () => {
  it('is −1 bit for four collaborations uig, u, i, g', () => {
    // Each helix is present in 2 of 4: H(u) = H(i) = H(g) = 1.
    // Each pair of helices takes the values 11, 10, 01, 00 once: H(ui) = H(ug) = H(ig) = 2.
    // The four triples are distinct: H(uig) = 2. T = 3 − 6 + 2 = −1 (synergy).
    expect(tripleHelixT([set(1, 1, 1), set(1, 0, 0), set(0, 1, 0), set(0, 0, 1)])).toBeCloseTo(-1, 12);
  });

  it('is +1 bit when the helices always come together or not at all', () => {
    // Two collaborations uig and none: every single, pair and triple entropy is 1 bit: T = 3 − 3 + 1 = 1.
    expect(tripleHelixT([set(1, 1, 1), set(0, 0, 0)])).toBeCloseTo(1, 12);
  });

  it('is 0 without variation, and 0 when one helix is independent of two others', () => {
    expect(tripleHelixT([set(1, 1, 1), set(1, 1, 1)])).toBe(0);
    // g always present (H = 0 for everything involving only g); u and i independent coins:
    // H(u) = H(i) = 1, H(ui) = 2, H(ug) = H(u) = 1, H(ig) = 1, H(uig) = 2. T = 2 − 4 + 2 = 0.
    expect(tripleHelixT([set(0, 0, 1), set(0, 1, 1), set(1, 0, 1), set(1, 1, 1)])).toBe(0);
  });

  it('is null without collaborations', () => {
    expect(tripleHelixT([])).toBeNull();
  });
});

describe('helixByGroup', () => {
  it('counts the mix and takes each organisation with its partners as one collaboration', () => {
    // City X: firm f, university u, government g, cluster organisation c (none of the helices), and an
    // isolated firm. Ties f–u, f–c, g–c. Collaborations: f {i,u}, u {u,i}, g {g}, c {i,g}; the isolate has none.
    // u: 2 of 4 -> 1 bit; i: 3 of 4 -> 0.8113; g: 2 of 4 -> 1.
    // ui: 11,11,00,01 -> {11:2, 00:1, 01:1} = 1.5; ug: 10,10,01,01 -> 1; ig: 10,10,01,11 -> 1.5;
    // uig: 110,110,001,011 -> 1.5. T = 1 + 0.8113 + 1 − 1.5 − 1 − 1.5 + 1.5 = 0.3113.
    const organisations = [
      org('f', { type: 'Firm', city: 'X' }),
      org('u', { type: 'University', city: 'X' }),
      org('g', { type: 'Government', city: 'X' }),
      org('c', { type: 'Cluster organisation', city: 'X' }),
      org('lone', { type: 'Firm', city: 'X' }),
    ];
    const simple = toSimpleGraph(datasetOf(organisations, [tie('f', 'u'), tie('f', 'c'), tie('g', 'c')]));
    const [mix] = helixByGroup(simple, () => 'X', '(none)');
    expect(mix).toMatchObject({ group: 'X', organisations: 5, business: 2, knowledge: 1, government: 1, other: 1 });
    expect(mix!.collaborations).toBe(4);
    const hi = -(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25));
    expect(mix!.t).toBeCloseTo(1 + hi + 1 - 1.5 - 1 - 1.5 + 1.5, 12);
    expect(mix!.t).toBeCloseTo(0.3113, 4);
  });
});
