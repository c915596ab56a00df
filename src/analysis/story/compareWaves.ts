import type { Dataset, Organisation, Tie } from '../../model/types';
import { brokerageRoles, BROKERAGE_ROLES } from '../brokerage';
import { EXACT_PATHS_LIMIT } from '../params';
import { pathSweep } from '../pathSweep';
import { toAdjacency, toSimpleGraph } from '../simpleGraph';
import { degreesOf, waveMeasures, type WaveMeasures } from './waveMeasures';
import {
  defaultWaves,
  inWave,
  pairStatuses,
  tieYears,
  wavePairs,
  type TieStatus,
  type WaveParams,
  type WaveReading,
} from './waves';

/** One organisation's position in each wave. */
export interface OrganisationChange {
  id: string;
  degreeA: number;
  degreeB: number;
  /** Normalised betweenness within the wave (null when the wave is too large for exact paths). */
  betweennessA: number | null;
  betweennessB: number | null;
  /** Gould–Fernandez brokerage, all roles together, relative to the analysis grouping. */
  brokerageA: number;
  brokerageB: number;
}

export interface WaveCounts {
  formed: number;
  persisted: number;
  dissolved: number;
  joined: number;
  left: number;
}

export interface WaveComparison {
  params: WaveParams;
  /** Years present among the ties. */
  years: number[];
  counts: WaveCounts;
  a: WaveMeasures;
  b: WaveMeasures;
  /** Pair key (see pairKey) -> status, for every pair linked in either wave. */
  pairs: Record<string, TieStatus>;
  joined: string[];
  left: string[];
  /** Every organisation tied in either wave. */
  changes: OrganisationChange[];
  /** Organisations in either wave, by change in brokerage and in betweenness (largest first, up to 8). */
  brokerageChanges: OrganisationChange[];
  betweennessChanges: OrganisationChange[];
  tiesWithoutYear: number;
  notes: string[];
}

export const TOP_CHANGES = 8;

/** Normalised betweenness of every organisation tied in a wave (exact; null above the exact-paths limit). */
function waveBetweenness(organisations: Organisation[], ties: Tie[]): Map<string, number> | null {
  if (organisations.length > EXACT_PATHS_LIMIT) return null;
  const simple = toSimpleGraph({
    id: '',
    name: '',
    files: [],
    organisations,
    ties,
    schema: { organisation: [], tie: [] },
  });
  const adjacency = toAdjacency(simple);
  const n = adjacency.ids.length;
  const sweep = pathSweep(
    adjacency,
    adjacency.ids.map((_id, i) => i),
  );
  const scale = n <= 2 ? 0 : 1 / ((n - 1) * (n - 2));
  return new Map(adjacency.ids.map((id, i) => [id, sweep.dependencies[i]! * scale]));
}

/** The ties of a wave, the organisations tied in it, and per-organisation figures. */
function describeWave(
  dataset: Dataset,
  ties: Tie[],
  pairs: Map<string, [string, string]>,
  groupOf: (id: string) => string,
) {
  const degrees = degreesOf([...pairs.values()]);
  const organisations = dataset.organisations.filter((organisation) => degrees.has(organisation.id));
  const counts = brokerageRoles(
    organisations.map((organisation) => organisation.id),
    ties,
    groupOf,
  );
  const brokerage = new Map(
    Object.entries(counts).map(([id, roles]) => [id, BROKERAGE_ROLES.reduce((sum, role) => sum + roles[role], 0)]),
  );
  return { degrees, brokerage, betweenness: waveBetweenness(organisations, ties) };
}

const byChange = (value: (change: OrganisationChange) => number) => (x: OrganisationChange, y: OrganisationChange) =>
  Math.abs(value(y)) - Math.abs(value(x)) || x.id.localeCompare(y.id);

/**
 * Two waves of the same network, cut from the data set by tie year: ties formed, persisted and
 * dissolved, organisations joined and left, whole-network figures of each wave, and who gained or
 * lost most brokerage and betweenness. Null when the ties carry fewer than two years.
 */
export function compareWaves(
  dataset: Dataset,
  ties: Tie[],
  groupOf: (id: string) => string,
  cityOf: (id: string) => string,
  requested?: WaveParams,
  reading: WaveReading = 'observed',
): WaveComparison | null {
  const years = tieYears(ties);
  const params = requested ?? defaultWaves(years, reading);
  if (!params) return null;
  const pairsA = wavePairs(ties, params.a, params.reading);
  const pairsB = wavePairs(ties, params.b, params.reading);
  const pairs = pairStatuses(pairsA, pairsB);
  const tiesIn = (period: WaveParams['a']) =>
    ties.filter((tie) => tie.source !== tie.target && inWave(tie.year, period, params.reading));
  const waveA = describeWave(dataset, tiesIn(params.a), pairsA, groupOf);
  const waveB = describeWave(dataset, tiesIn(params.b), pairsB, groupOf);
  const ids = dataset.organisations
    .map((organisation) => organisation.id)
    .filter((id) => waveA.degrees.has(id) || waveB.degrees.has(id));
  const joined = ids.filter((id) => !waveA.degrees.has(id));
  const left = ids.filter((id) => !waveB.degrees.has(id));
  const changes: OrganisationChange[] = ids.map((id) => ({
    id,
    degreeA: waveA.degrees.get(id) ?? 0,
    degreeB: waveB.degrees.get(id) ?? 0,
    betweennessA: waveA.betweenness ? (waveA.betweenness.get(id) ?? 0) : null,
    betweennessB: waveB.betweenness ? (waveB.betweenness.get(id) ?? 0) : null,
    brokerageA: waveA.brokerage.get(id) ?? 0,
    brokerageB: waveB.brokerage.get(id) ?? 0,
  }));
  const statuses = Object.values(pairs);
  const count = (status: TieStatus) => statuses.filter((value) => value === status).length;
  const exactPaths = waveA.betweenness !== null && waveB.betweenness !== null;
  return {
    params,
    years,
    counts: {
      formed: count('formed'),
      persisted: count('persisted'),
      dissolved: count('dissolved'),
      joined: joined.length,
      left: left.length,
    },
    a: waveMeasures([...pairsA.values()], cityOf),
    b: waveMeasures([...pairsB.values()], cityOf),
    pairs,
    joined,
    left,
    changes,
    brokerageChanges: [...changes].sort(byChange((c) => c.brokerageB - c.brokerageA)).slice(0, TOP_CHANGES),
    betweennessChanges: exactPaths
      ? [...changes].sort(byChange((c) => (c.betweennessB ?? 0) - (c.betweennessA ?? 0))).slice(0, TOP_CHANGES)
      : [],
    tiesWithoutYear: ties.filter((tie) => tie.year === undefined || !Number.isFinite(tie.year)).length,
    notes: exactPaths ? [] : [`Betweenness per wave is left out above ${EXACT_PATHS_LIMIT} organisations.`],
  };
}
