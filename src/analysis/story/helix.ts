import type { Role } from '../../model/roles';
import type { SimpleGraph } from '../simpleGraph';

/** The three helices: university (knowledge), industry (business), government. */
export type Helix = 'u' | 'i' | 'g';

/** Which helix a role belongs to; intermediaries and others belong to none. */
export function helixOf(role: Role): Helix | null {
  if (role === 'knowledge' || role === 'research' || role === 'skills') return 'u';
  if (role === 'business' || role === 'capital') return 'i';
  if (role === 'government') return 'g';
  return null;
}

/** One collaboration as the helices present in it. */
export type HelixSet = { u: boolean; i: boolean; g: boolean };

const entropy = (counts: Iterable<number>, total: number) => {
  let h = 0;
  for (const count of counts) if (count > 0) h -= (count / total) * Math.log2(count / total);
  return h;
};

/** Shannon entropy (bits) of the joint distribution of the chosen helices over the collaborations. */
function jointEntropy(sets: HelixSet[], helices: Helix[]): number {
  const counts = new Map<string, number>();
  for (const set of sets) {
    const key = helices.map((helix) => (set[helix] ? 1 : 0)).join('');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return entropy(counts.values(), sets.length);
}

/**
 * Leydesdorff's (2003) mutual information in three dimensions, in bits:
 * T(uig) = H(u) + H(i) + H(g) − H(ui) − H(ug) − H(ig) + H(uig). Negative values mean the three
 * helices reduce each other's uncertainty (synergy); null without collaborations.
 */
export function tripleHelixT(sets: HelixSet[]): number | null {
  if (sets.length === 0) return null;
  const h = (...helices: Helix[]) => jointEntropy(sets, helices);
  const t = h('u') + h('i') + h('g') - h('u', 'i') - h('u', 'g') - h('i', 'g') + h('u', 'i', 'g');
  return Math.abs(t) < 1e-12 ? 0 : t;
}

export interface HelixMix {
  group: string;
  organisations: number;
  business: number;
  knowledge: number;
  government: number;
  /** Intermediaries and others. */
  other: number;
  /** Organisations with at least one partner: each, with its partners, is one collaboration. */
  collaborations: number;
  t: number | null;
}

/**
 * Per group: how many organisations are business, knowledge and government, and T(uig) over the
 * group's collaborations. A collaboration is an organisation with its partners (anywhere in the
 * network); its helices are the roles present among them, as a paper's are its authors' sectors.
 */
export function helixByGroup(simple: SimpleGraph, groupOf: (id: string) => string, skip: string): HelixMix[] {
  const mixes = new Map<string, HelixMix & { sets: HelixSet[] }>();
  simple.forEachNode((id, { role }) => {
    const group = groupOf(id);
    if (group === skip || group === '') return;
    const mix = mixes.get(group) ?? {
      group,
      organisations: 0,
      business: 0,
      knowledge: 0,
      government: 0,
      other: 0,
      collaborations: 0,
      t: null,
      sets: [],
    };
    mixes.set(group, mix);
    mix.organisations += 1;
    const own = helixOf(role);
    if (own === 'i') mix.business += 1;
    else if (own === 'u') mix.knowledge += 1;
    else if (own === 'g') mix.government += 1;
    else mix.other += 1;
    if (simple.degree(id) === 0) return;
    const set: HelixSet = { u: own === 'u', i: own === 'i', g: own === 'g' };
    simple.forEachNeighbor(id, (_neighbour, attributes) => {
      const helix = helixOf(attributes.role);
      if (helix) set[helix] = true;
    });
    mix.sets.push(set);
  });
  return [...mixes.values()]
    .map(({ sets, ...mix }) => ({ ...mix, collaborations: sets.length, t: tripleHelixT(sets) }))
    .sort((x, y) => y.organisations - x.organisations || x.group.localeCompare(y.group));
}
