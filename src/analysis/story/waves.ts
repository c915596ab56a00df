import type { Tie } from '../../model/types';
import type { WaveParams, WavePeriod, WaveReading } from '../../model/waves';

export type { WaveParams, WavePeriod, WaveReading } from '../../model/waves';

export type TieStatus = 'formed' | 'persisted' | 'dissolved';
export const TIE_STATUSES: TieStatus[] = ['formed', 'persisted', 'dissolved'];

/** The distinct years of dated ties, ascending. */
export function tieYears(ties: Pick<Tie, 'year'>[]): number[] {
  const years = new Set<number>();
  for (const { year } of ties) if (year !== undefined && Number.isFinite(year)) years.add(year);
  return [...years].sort((x, y) => x - y);
}

/** First year present against the last; null when the ties carry fewer than two years. */
export function defaultWaves(years: number[], reading: WaveReading = 'observed'): WaveParams | null {
  if (years.length < 2) return null;
  const [first, last] = [years[0]!, years[years.length - 1]!];
  return { a: { from: first, to: first }, b: { from: last, to: last }, reading };
}

/** Whether a tie of this year belongs to the wave. */
export function inWave(year: number | undefined, period: WavePeriod, reading: WaveReading): boolean {
  if (year === undefined || !Number.isFinite(year)) return false;
  return reading === 'cumulative' ? year <= period.to : year >= period.from && year <= period.to;
}

/** Key of an unordered pair of organisations. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** The linked pairs of a wave (each pair once), from ties whose ends differ. */
export function wavePairs(ties: Pick<Tie, 'source' | 'target' | 'year'>[], period: WavePeriod, reading: WaveReading) {
  const pairs = new Map<string, [string, string]>();
  for (const { source, target, year } of ties) {
    if (source === target || !inWave(year, period, reading)) continue;
    const key = pairKey(source, target);
    if (!pairs.has(key)) pairs.set(key, source < target ? [source, target] : [target, source]);
  }
  return pairs;
}

/** Formed (only in b), persisted (both), dissolved (only in a), for every pair linked in either wave. */
export function pairStatuses(a: Map<string, unknown>, b: Map<string, unknown>): Record<string, TieStatus> {
  const status: Record<string, TieStatus> = {};
  for (const key of a.keys()) status[key] = b.has(key) ? 'persisted' : 'dissolved';
  for (const key of b.keys()) if (!a.has(key)) status[key] = 'formed';
  return status;
}

/**
 * Status of one drawn tie: its pair's status when the tie itself lies in a wave, otherwise null
 * (a tie of another year, or a tie of a later wave's pair seen before it formed).
 */
export function statusOfTie(
  tie: Pick<Tie, 'source' | 'target' | 'year'>,
  statuses: Record<string, TieStatus>,
  params: WaveParams,
): TieStatus | null {
  const status = statuses[pairKey(tie.source, tie.target)];
  if (!status) return null;
  const inA = inWave(tie.year, params.a, params.reading);
  const inB = inWave(tie.year, params.b, params.reading);
  if (status === 'persisted') return inA || inB ? status : null;
  if (status === 'dissolved') return inA ? status : null;
  return inB ? status : null;
}
