import type { WaveCounts } from './compareWaves';
import type { WavePeriod } from './waves';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The comparison counts as sentences' parts: "12 ties formed", "14 persisted", "1 organisation joined", "0 left". */
export function formatWaveCounts(counts: WaveCounts): string[] {
  return [
    `${plural(counts.formed, 'tie', 'ties')} formed`,
    `${counts.persisted} persisted`,
    `${counts.dissolved} dissolved`,
    `${plural(counts.joined, 'organisation', 'organisations')} joined`,
    `${counts.left} left`,
  ];
}

/** "2008" or "2008–2010". */
export const formatPeriod = ({ from, to }: WavePeriod): string => (from === to ? String(from) : `${from}–${to}`);

/** A change with its sign: "+0.12", "−3", "0". */
export function formatChange(value: number, digits = 0): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return digits === 0 ? '0' : (0).toFixed(digits);
  return `${value > 0 ? '+' : '−'}${text}`;
}
