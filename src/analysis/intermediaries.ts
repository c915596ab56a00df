import type { Adjacency } from './simpleGraph';

/** One intermediary and the pairs of its partners that are linked only through it. */
export interface IntermediaryReport {
  id: string;
  partners: number;
  /** Pairs of partners with no tie of their own and no other partner in common. */
  exclusivePairs: number;
  /** The first pairs (organisation ids), for display. */
  examples: [string, string][];
}

export const EXAMPLE_PAIRS = 12;

/**
 * For each given organisation (the intermediaries), the pairs of its partners that are not tied
 * to each other and have it as their only common partner: the links it alone provides.
 */
export function exclusivePairs(adjacency: Adjacency, intermediaryIds: string[]): IntermediaryReport[] {
  const { starts, neighbours, ids, indexOf } = adjacency;
  const common = new Int32Array(ids.length); // common partners of the current partner `a` and each node
  const isPartner = new Uint8Array(ids.length);
  const reports: IntermediaryReport[] = [];
  for (const id of intermediaryIds) {
    const v = indexOf.get(id);
    if (v === undefined) continue;
    const partners = Array.from(neighbours.subarray(starts[v]!, starts[v + 1]!)).sort((a, b) => a - b);
    for (const p of partners) isPartner[p] = 1;
    let count = 0;
    const examples: [string, string][] = [];
    for (const a of partners) {
      const touched: number[] = [];
      const tiedToA = new Set<number>();
      for (let j = starts[a]!; j < starts[a + 1]!; j++) {
        const u = neighbours[j]!;
        tiedToA.add(u);
        for (let k = starts[u]!; k < starts[u + 1]!; k++) {
          const b = neighbours[k]!;
          if (!isPartner[b] || b <= a) continue;
          touched.push(b);
          common[b]! += 1;
        }
      }
      for (const b of partners) {
        if (b <= a || tiedToA.has(b) || common[b] !== 1) continue;
        count += 1;
        if (examples.length < EXAMPLE_PAIRS) examples.push([ids[a]!, ids[b]!]);
      }
      for (const b of touched) common[b] = 0;
    }
    for (const p of partners) isPartner[p] = 0;
    reports.push({ id, partners: partners.length, exclusivePairs: count, examples });
  }
  return reports.sort((x, y) => y.exclusivePairs - x.exclusivePairs || x.id.localeCompare(y.id));
}
