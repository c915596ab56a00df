import { describe, expect, it } from 'vitest';
import {
  crossCityTies,
  governanceFindings,
  helixFinding,
  oneBrokerFindings,
  whatIfFinding,
  type FindingInputs,
} from '../../../src/analysis/story/findings';
import type { GovernanceReading } from '../../../src/analysis/story/governance';

const names: Record<string, string> = { ax: 'Axelera', bm: 'BioM' };
const base = (change: Partial<FindingInputs>): FindingInputs => ({
  name: (id) => names[id] ?? id,
  crossCity: new Map(),
  governance: [],
  governanceField: 'cluster',
  comparison: null,
  clusterOrganisations: [],
  helixByCity: [],
  ...change,
});

const reading = (group: string, hub: string, model: GovernanceReading['model'], paths: number): GovernanceReading => ({
  group,
  hub,
  model,
  members: 5,
  ties: 10,
  hubIsClusterOrganisation: true,
  hubTieShare: 0.4,
  hubPathShare: paths,
  starCentralisation: 0,
  memberDensity: 1,
  closedTriads: 0,
  transitivity: 0,
  bypassTies: 6,
  bypassShare: 0.6,
});

describe('oneBrokerFindings', () => {
  it('states a city whose cross-city ties mostly go through one organisation, with the counts', () => {
    // Lyon: ax has 7 cross-city partners, f has 2 -> 7 of 9. Munich: m1 and m2 with 2 each -> no single broker.
    const pairs: [string, string][] = [
      ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((p): [string, string] => ['ax', p]),
      ['f', 'q1'],
      ['f', 'q2'],
    ];
    const city = (id: string) => (id === 'ax' || id === 'f' ? 'Lyon' : 'Munich');
    const [finding, ...rest] = oneBrokerFindings(base({ crossCity: crossCityTies(pairs, city) }));
    expect(finding!.text).toBe("Lyon's cross-city ties run through one broker: 7 of its 9 go through Axelera.");
    expect(finding!.organisations).toEqual(['ax', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    // Munich's 9 cross-city ties are spread over nine organisations.
    expect(rest).toEqual([]);
  });

  it('says nothing when the top broker holds only half', () => {
    const pairs: [string, string][] = [
      ['a', 'x'],
      ['a', 'y'],
      ['b', 'z'],
      ['c', 'w'],
    ];
    const city = (id: string) => (['a', 'b', 'c'].includes(id) ? 'Lyon' : 'Munich');
    expect(oneBrokerFindings(base({ crossCity: crossCityTies(pairs, city) })).map((f) => f.id)).toEqual([]);
  });
});

describe('governanceFindings', () => {
  it('counts groups per model and names the clearest one', () => {
    const governance = [
      reading('Axelera', 'ax', 'partnership', 0.2),
      reading('BioM', 'bm', 'partnership', 0.05),
      reading('Star', 'st', 'membership', 0.9),
      reading('Mid', 'md', 'mixed', 0.5),
    ];
    const texts = governanceFindings(base({ governance })).map((finding) => finding.text);
    expect(texts).toEqual([
      '1 of 4 clusters resemble a membership model; clearest: Star, where 90% of shortest paths between members go through st and 6 of 10 ties bypass it.',
      '2 of 4 clusters resemble a partnership; clearest: BioM, where 6 of 10 ties bypass BioM and 5% of paths between members need it.',
    ]);
  });
});

describe('whatIfFinding', () => {
  it('names the cluster organisation whose removal cuts most organisations off', () => {
    const work = (id: string, cutOff: string[]) => ({
      id,
      partners: 3,
      brokeredPairs: 0,
      crossCityPairs: 0,
      crossRolePairs: 0,
      cutOff,
      componentsBefore: 1,
      componentsAfter: 1 + (cutOff.length > 0 ? 1 : 0),
      averageDistanceBefore: null,
      averageDistanceAfter: null,
    });
    const [finding] = whatIfFinding(base({ clusterOrganisations: [work('bm', ['x']), work('ax', ['a', 'b'])] }));
    expect(finding).toEqual({
      id: 'what-if:ax',
      text: 'Without Axelera, 2 organisations lose their only path to the rest of the network (components 1 → 2).',
      organisations: ['ax', 'a', 'b'],
    });
    expect(whatIfFinding(base({ clusterOrganisations: [work('bm', [])] }))).toEqual([]);
  });
});

describe('helixFinding', () => {
  it('states the city with the lowest negative T, never a city without synergy', () => {
    const mix = (group: string, t: number | null) => ({
      group,
      t,
      organisations: 4,
      business: 2,
      knowledge: 1,
      government: 1,
      other: 0,
      collaborations: 4,
    });
    const members = (city: string) => [`${city}-1`];
    expect(helixFinding(base({ helixByCity: [mix('Lyon', -0.1), mix('Munich', -0.3)] }), members)[0]!.text).toBe(
      'Munich shows the most triple-helix synergy: T(uig) = -0.300 bits over 4 collaborations (2 business, 1 knowledge, 1 government).',
    );
    expect(helixFinding(base({ helixByCity: [mix('Lyon', 0), mix('Munich', null)] }), members)).toEqual([]);
  });
});
