import type { WaveComparison } from './compareWaves';
import type { ClusterOrganisationWork } from './clusterOrganisationWork';
import type { GovernanceReading } from './governance';
import type { HelixMix } from './helix';

/** One statement the data supports, with the organisations that show it. */
export interface Finding {
  id: string;
  text: string;
  /** Organisations to highlight on the canvas as its evidence. */
  organisations: string[];
}

/** What the rules read: the measures, names, and each city's cross-city ties by organisation. */
export interface FindingInputs {
  name: (id: string) => string;
  /** City -> organisation -> its cross-city linked pairs (partners in other cities). */
  crossCity: Map<string, Map<string, string[]>>;
  governance: GovernanceReading[];
  governanceField: string;
  comparison: WaveComparison | null;
  clusterOrganisations: ClusterOrganisationWork[];
  helixByCity: HelixMix[];
}

/** A city's cross-city ties run through one broker when it holds more than half of at least 3. */
export const ONE_BROKER_SHARE = 0.5;
export const ONE_BROKER_MIN_TIES = 3;

/** "Lyon's cross-city ties run through one broker: 7 of its 9 go through Axelera." */
export function oneBrokerFindings({ crossCity, name }: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  for (const [city, byOrganisation] of [...crossCity].sort((x, y) => x[0].localeCompare(y[0]))) {
    const total = [...byOrganisation.values()].reduce((sum, partners) => sum + partners.length, 0);
    const [top, partners] =
      [...byOrganisation].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]))[0] ?? [];
    if (!top || !partners || total < ONE_BROKER_MIN_TIES || partners.length / total <= ONE_BROKER_SHARE) continue;
    findings.push({
      id: `one-broker:${city}`,
      text: `${city}'s cross-city ties run through one broker: ${partners.length} of its ${total} go through ${name(top)}.`,
      organisations: [top, ...partners],
    });
  }
  return findings;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** How many groups resemble each model, with the clearest example and its numbers (mixed groups say nothing clear). */
export function governanceFindings({ governance, governanceField, name }: FindingInputs): Finding[] {
  const read = governance.length;
  const plural = read === 1 ? governanceField : `${governanceField === 'city' ? 'cities' : `${governanceField}s`}`;
  const of = (model: GovernanceReading['model']) => governance.filter((reading) => reading.model === model);
  const findings: Finding[] = [];
  const membership = of('membership').sort((x, y) => (y.hubPathShare ?? 1) - (x.hubPathShare ?? 1));
  const partnership = of('partnership').sort((x, y) => (x.hubPathShare ?? 0) - (y.hubPathShare ?? 0));
  const example = membership[0];
  if (example)
    findings.push({
      id: 'membership',
      text: `${membership.length} of ${read} ${plural} resemble a membership model; clearest: ${example.group}, where ${percent(example.hubPathShare ?? 1)} of shortest paths between members go through ${name(example.hub)} and ${example.bypassTies} of ${example.ties} ties bypass it.`,
      organisations: membership.map((reading) => reading.hub),
    });
  const other = partnership[0];
  if (other)
    findings.push({
      id: 'partnership',
      text: `${partnership.length} of ${read} ${plural} resemble a partnership; clearest: ${other.group}, where ${other.bypassTies} of ${other.ties} ties bypass ${name(other.hub)} and ${percent(other.hubPathShare ?? 0)} of paths between members need it.`,
      organisations: partnership.map((reading) => reading.hub),
    });
  return findings;
}

/** The cluster organisation whose removal would cut most organisations off. */
export function whatIfFinding({ clusterOrganisations, name }: FindingInputs): Finding[] {
  const [top] = [...clusterOrganisations].sort((x, y) => y.cutOff.length - x.cutOff.length || x.id.localeCompare(y.id));
  if (!top || top.cutOff.length === 0) return [];
  const count = top.cutOff.length;
  return [
    {
      id: `what-if:${top.id}`,
      text: `Without ${name(top.id)}, ${count} ${count === 1 ? 'organisation loses its' : 'organisations lose their'} only path to the rest of the network (components ${top.componentsBefore} → ${top.componentsAfter}).`,
      organisations: [top.id, ...top.cutOff],
    },
  ];
}

/** Ties formed and dissolved, and the change in centralisation. */
export function waveFinding({ comparison, name }: FindingInputs): Finding[] {
  if (!comparison) return [];
  const { counts, a, b, params } = comparison;
  const period = (p: { from: number; to: number }) => (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`);
  const gainer = comparison.brokerageChanges[0];
  const gain =
    gainer && gainer.brokerageB > gainer.brokerageA
      ? ` ${name(gainer.id)} gained most brokerage (${gainer.brokerageA} → ${gainer.brokerageB}).`
      : '';
  return [
    {
      id: 'waves',
      text: `Between ${period(params.a)} and ${period(params.b)}, ${counts.formed} ${counts.formed === 1 ? 'tie' : 'ties'} formed, ${counts.persisted} persisted and ${counts.dissolved} dissolved; degree centralisation went from ${a.centralisation.toFixed(2)} to ${b.centralisation.toFixed(2)}.${gain}`,
      organisations: gainer ? [gainer.id] : [],
    },
  ];
}

/** The city whose collaborations show the most triple-helix synergy (T below zero). */
export function helixFinding({ helixByCity }: FindingInputs, members: (city: string) => string[]): Finding[] {
  const [best] = helixByCity.filter((mix) => mix.t !== null && mix.t < 0).sort((x, y) => x.t! - y.t!);
  if (!best) return [];
  return [
    {
      id: `helix:${best.group}`,
      text: `${best.group} shows the most triple-helix synergy: T(uig) = ${best.t!.toFixed(3)} bits over ${best.collaborations} collaborations (${best.business} business, ${best.knowledge} knowledge, ${best.government} government).`,
      organisations: members(best.group),
    },
  ];
}

/** Every finding the rules support, in reading order. */
export function findings(inputs: FindingInputs, members: (city: string) => string[]): Finding[] {
  return [
    ...oneBrokerFindings(inputs),
    ...governanceFindings(inputs),
    ...whatIfFinding(inputs),
    ...waveFinding(inputs),
    ...helixFinding(inputs, members),
  ];
}

/** City -> organisation -> partners in other cities, from the linked pairs. */
export function crossCityTies(pairs: Iterable<[string, string]>, cityOf: (id: string) => string) {
  const result = new Map<string, Map<string, string[]>>();
  const add = (id: string, partner: string) => {
    const city = cityOf(id);
    const byOrganisation = result.get(city) ?? new Map<string, string[]>();
    result.set(city, byOrganisation);
    byOrganisation.set(id, [...(byOrganisation.get(id) ?? []), partner]);
  };
  for (const [a, b] of pairs) {
    const [cityA, cityB] = [cityOf(a), cityOf(b)];
    if (!cityA || !cityB || cityA === cityB) continue;
    add(a, b);
    add(b, a);
  }
  return result;
}
