/** What strongestTies needs of a tie. */
export interface WeightedTie {
  id: string;
  weight: number;
}

/**
 * Ids of the `limit` heaviest ties (ties of equal weight keep their order in the data, so the
 * choice is stable), or null when every tie fits: then nothing is left out. Dense networks draw
 * their strongest ties first (as VOSviewer does); all ties stay in the analysis and the table.
 */
export function strongestTies(ties: readonly WeightedTie[], limit: number | null): Set<string> | null {
  if (limit === null || ties.length <= limit) return null;
  const order = ties.map((tie, index) => ({ weight: Number.isFinite(tie.weight) ? tie.weight : 0, index }));
  order.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return new Set(order.slice(0, Math.max(0, limit)).map(({ index }) => ties[index]?.id ?? ''));
}

/** The choices offered for the number of ties drawn (null = all). */
export const TIE_LIMIT_CHOICES: (number | null)[] = [500, 1000, 2000, 5000, 10000, 20000, null];

export { DEFAULT_TIE_LIMIT } from '../model/view';
