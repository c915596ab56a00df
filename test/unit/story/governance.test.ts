import { describe, expect, it } from 'vitest';
import {
  governanceByGroup,
  governanceModel,
  hubPathShare,
  readGovernance,
} from '../../../src/analysis/story/governance';
import { toSimpleGraph } from '../../../src/analysis/simpleGraph';
import type { Role } from '../../../src/model/roles';
import { datasetOf, org, tie } from '../analysis/factories';

/** A group from an edge list over ids; `hub` gets the intermediary role. */
function group(edges: [string, string][], ids: string[], hub: string | null = 'H') {
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours: number[][] = ids.map(() => []);
  for (const [a, b] of edges) {
    neighbours[index.get(a)!]!.push(index.get(b)!);
    neighbours[index.get(b)!]!.push(index.get(a)!);
  }
  const roles: Role[] = ids.map((id) => (id === hub ? 'intermediary' : 'business'));
  return { group: 'g', ids, roles, neighbours };
}

const star = (leaves: string[]) => leaves.map((leaf): [string, string] => ['H', leaf]);
const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));

describe('readGovernance', () => {
  it('reads a pure star as membership', () => {
    // H and five members: every tie and every path between members goes through H.
    // Freeman: degrees 5,1,1,1,1,1 -> (5 × 4) / (5 × 4) = 1.
    const reading = readGovernance(group(star(['a', 'b', 'c', 'd', 'e']), ['H', 'a', 'b', 'c', 'd', 'e']))!;
    expect(reading).toMatchObject({
      hub: 'H',
      hubIsClusterOrganisation: true,
      ties: 5,
      hubTieShare: 1,
      hubPathShare: 1,
      starCentralisation: 1,
      memberDensity: 0,
      closedTriads: 0,
      transitivity: 0,
      bypassTies: 0,
      bypassShare: 0,
      model: 'membership',
    });
  });

  it('reads a dense multi-actor group as partnership', () => {
    // Complete graph on H, a, b, c, d: 10 ties, 4 through H; members tied directly, so no path needs H.
    // Triangles C(5,3) = 10, transitivity 1; member density 6 / C(4,2) = 1.
    const ids = ['H', 'a', 'b', 'c', 'd'];
    const reading = readGovernance(group(complete(ids), ids))!;
    expect(reading).toMatchObject({
      ties: 10,
      hubTieShare: 0.4,
      hubPathShare: 0,
      starCentralisation: 0,
      memberDensity: 1,
      closedTriads: 10,
      transitivity: 1,
      bypassTies: 6,
      bypassShare: 0.6,
      model: 'partnership',
    });
  });

  it('reads a star whose members also pair up as mixed', () => {
    // Star H–a,b,c,d plus a–b and c–d: 6 ties. Of the 6 member pairs, a–b and c–d are direct and the
    // other 4 run only through H: path share 4/6. Bypass 2/6. Triangles H-a-b, H-c-d: 2; connected
    // triples 6 (at H) + 4 × 1 = 10, transitivity 6/10. Freeman: degrees 4,2,2,2,2 -> 8 / 12.
    const ids = ['H', 'a', 'b', 'c', 'd'];
    const reading = readGovernance(group([...star(['a', 'b', 'c', 'd']), ['a', 'b'], ['c', 'd']], ids))!;
    expect(reading.hubTieShare).toBeCloseTo(4 / 6, 12);
    expect(reading.hubPathShare).toBeCloseTo(4 / 6, 12);
    expect(reading.bypassShare).toBeCloseTo(1 / 3, 12);
    expect(reading.memberDensity).toBeCloseTo(1 / 3, 12);
    expect(reading.starCentralisation).toBeCloseTo(2 / 3, 12);
    expect(reading).toMatchObject({ closedTriads: 2, transitivity: 0.6, model: 'mixed' });
  });

  it('takes the best-connected member as hub when no cluster organisation is in the group', () => {
    const reading = readGovernance(group(star(['a', 'b', 'c']), ['H', 'a', 'b', 'c'], null))!;
    expect(reading).toMatchObject({ hub: 'H', hubIsClusterOrganisation: false, model: 'membership' });
  });

  it('leaves out groups too small to read', () => {
    expect(readGovernance(group([['H', 'a']], ['H', 'a', 'b']))).toBeNull();
  });
});

describe('hubPathShare', () => {
  it('counts the hub’s share of tied shortest paths', () => {
    // Cycle H-a-b-c-H: a–b and b–c are direct; a–c has two shortest paths, one through H: 0.5 / 3.
    const { neighbours } = group(
      [
        ['H', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'H'],
      ],
      ['H', 'a', 'b', 'c'],
    );
    expect(hubPathShare(neighbours, 0)).toBeCloseTo(1 / 6, 12);
  });
});

describe('governanceModel', () => {
  it.each([
    [1, 0, 'membership'],
    [0.7, 0.3, 'membership'],
    [0, 0.6, 'partnership'],
    [0.3, 0.5, 'partnership'],
    [0.5, 0.5, 'mixed'],
    [0.9, 0.4, 'mixed'],
  ] as const)('path share %s, bypass share %s -> %s', (paths, bypass, model) => {
    expect(governanceModel(paths, bypass)).toBe(model);
  });
});

describe('governanceByGroup', () => {
  it('reads each group from the ties inside it', () => {
    const organisations = [
      org('H', { cluster: 'Star', type: 'Cluster organisation' }),
      ...['a', 'b', 'c'].map((id) => org(id, { cluster: 'Star', type: 'Firm' })),
      ...['p', 'q', 'r', 's'].map((id) => org(id, { cluster: 'Dense', type: 'Firm' })),
    ];
    const ties = [...star(['a', 'b', 'c']), ...complete(['p', 'q', 'r', 's']), ['a', 'p'] as [string, string]].map(
      ([a, b]) => tie(a, b),
    );
    const simple = toSimpleGraph(datasetOf(organisations, ties));
    const clusterOf = (id: string) => organisations.find((o) => o.id === id)!.cluster!;
    const readings = governanceByGroup(simple, clusterOf);
    expect(readings.map((r) => [r.group, r.model, r.ties])).toEqual([
      ['Dense', 'partnership', 6],
      ['Star', 'membership', 3],
    ]);
  });
});
