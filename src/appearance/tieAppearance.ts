import type { ClusterGraph } from '../graph/buildGraph';
import { TIE_OVERFLOW_COLOUR, TIE_PALETTE } from './palettes';

export interface TieTypeItem {
  /** The tie type as written ('' when the tie has none). */
  key: string;
  label: string;
  colour: string;
  count: number;
}

/** Tie types with counts, most frequent first, each with its colour (untyped ties last, grey). */
export function tieTypeItems(graph: ClusterGraph): TieTypeItem[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_id, { tie }) => counts.set(tie.type ?? '', (counts.get(tie.type ?? '') ?? 0) + 1));
  const typed = [...counts.keys()]
    .filter((key) => key !== '')
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  const items = typed.map((key, index) => ({
    key,
    label: key,
    colour: TIE_PALETTE[index] ?? TIE_OVERFLOW_COLOUR,
    count: counts.get(key) ?? 0,
  }));
  if (counts.has(''))
    items.push({ key: '', label: 'No type', colour: TIE_OVERFLOW_COLOUR, count: counts.get('') ?? 0 });
  return items;
}

/** Line width for a tie weight: grows with the weight, capped so heavy ties do not turn into bars. */
export function tieWidthFor(weight: number): number {
  return 1 + Math.min(Math.max(weight, 0), 10) * 0.6;
}
