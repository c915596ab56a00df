import type { Role } from '../../model/roles';
import { helixOf } from './helix';

/** What the suggestions read of each organisation. */
export interface SuggestNode {
  role: Role;
  city: string;
  sector: string;
}

/** The network as neighbour sets (undirected, one entry per linked pair). */
export interface SuggestGraph {
  neighbours: Map<string, Set<string>>;
  nodes: Map<string, SuggestNode>;
}

export interface PartnerSuggestion {
  id: string;
  score: number;
  sharedPartners: string[];
  complementaryRole: boolean;
  sameSectorOtherCity: boolean;
  /** The shared partner best placed to introduce them (most partners), or null. */
  introducer: string | null;
}

/** Weight of the role and sector reasons, next to shared partners weighted as Adamic–Adar. */
export const REASON_WEIGHT = 0.3;

/** Roles that complement each other: two different helices, or a firm and an investor. */
export function complementary(a: Role, b: Role): boolean {
  const [ha, hb] = [helixOf(a), helixOf(b)];
  if (ha && hb && ha !== hb) return true;
  return (a === 'business' && b === 'capital') || (a === 'capital' && b === 'business');
}

/** Common-neighbour count: the baseline the suggestions are measured against. */
export function commonNeighbours(graph: SuggestGraph, a: string, b: string): number {
  const [na, nb] = [graph.neighbours.get(a), graph.neighbours.get(b)];
  if (!na || !nb) return 0;
  let count = 0;
  for (const w of na) if (nb.has(w)) count += 1;
  return count;
}

/** Score of a pair with its reasons: Σ 1 / ln(degree) over shared partners, plus the role and sector reasons. */
export function partnerScore(graph: SuggestGraph, a: string, b: string): PartnerSuggestion {
  const [na, nb] = [graph.neighbours.get(a) ?? new Set<string>(), graph.neighbours.get(b) ?? new Set<string>()];
  const shared = [...na].filter((w) => nb.has(w)).sort();
  const [x, y] = [graph.nodes.get(a), graph.nodes.get(b)];
  const complementaryRole = !!x && !!y && complementary(x.role, y.role);
  const sameSectorOtherCity =
    !!x && !!y && !!x.sector && x.sector === y.sector && !!x.city && !!y.city && x.city !== y.city;
  let score = 0;
  let introducer: string | null = null;
  for (const w of shared) {
    const degree = graph.neighbours.get(w)!.size;
    score += 1 / Math.log(Math.max(degree, 2));
    if (introducer === null || degree > graph.neighbours.get(introducer)!.size) introducer = w;
  }
  score += (complementaryRole ? REASON_WEIGHT : 0) + (sameSectorOtherCity ? REASON_WEIGHT : 0);
  return { id: b, score, sharedPartners: shared, complementaryRole, sameSectorOtherCity, introducer };
}

/**
 * Organisations not tied to `source`, ranked: those it shares partners with, and those of its sector
 * in another city. Only candidates with at least one reason beyond a complementary role are listed.
 */
export function suggestPartners(graph: SuggestGraph, source: string, limit = 10): PartnerSuggestion[] {
  const own = graph.neighbours.get(source);
  const me = graph.nodes.get(source);
  if (!own || !me) return [];
  const candidates = new Set<string>();
  for (const w of own) for (const v of graph.neighbours.get(w) ?? []) candidates.add(v);
  if (me.sector)
    for (const [id, node] of graph.nodes) if (node.sector === me.sector && node.city !== me.city) candidates.add(id);
  candidates.delete(source);
  for (const w of own) candidates.delete(w);
  return [...candidates]
    .map((id) => partnerScore(graph, source, id))
    .filter((suggestion) => suggestion.sharedPartners.length > 0 || suggestion.sameSectorOtherCity)
    .sort((p, q) => q.score - p.score || p.id.localeCompare(q.id))
    .slice(0, limit);
}

/** Probability that a random positive outscores a random negative (ties count half). */
export function auc(positives: number[], negatives: number[]): number {
  const sorted = [...negatives].sort((p, q) => p - q);
  const below = (value: number) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let wins = 0;
  for (const value of positives) {
    const less = below(value);
    let equal = 0;
    for (let k = less; k < sorted.length && sorted[k] === value; k++) equal++;
    wins += less + equal / 2;
  }
  return wins / (positives.length * negatives.length);
}

/** The suggestion graph of a data set's simple graph. */
export function toSuggestGraph(
  simple: {
    forEachNode: (fn: (id: string, attributes: { role: Role }) => void) => void;
    neighbors: (id: string) => string[];
  },
  describe: (id: string) => { city?: string | undefined; sector?: string | undefined },
): SuggestGraph {
  const neighbours = new Map<string, Set<string>>();
  const nodes = new Map<string, SuggestNode>();
  simple.forEachNode((id, { role }) => {
    const { city, sector } = describe(id);
    nodes.set(id, { role, city: city ?? '', sector: sector ?? '' });
    neighbours.set(id, new Set(simple.neighbors(id)));
  });
  return { neighbours, nodes };
}
