import { foldText, ROLE_LABELS } from '../model/roles';
import type { ClusterGraph } from './buildGraph';

interface IndexedField {
  label: string;
  value: string;
  folded: string;
}

interface IndexedOrganisation {
  id: string;
  name: string;
  foldedName: string;
  fields: IndexedField[];
}

export type SearchIndex = IndexedOrganisation[];

export interface SearchHit {
  id: string;
  name: string;
  /** The field that matched when it was not the name, e.g. { label: 'City', value: 'Lyon' }. */
  matched: { label: string; value: string } | null;
}

const CORE_FIELDS = [
  ['Type', 'type'],
  ['City', 'city'],
  ['Country', 'country'],
  ['Sector', 'sector'],
  ['Cluster', 'cluster'],
] as const;

/** Searchable text of every organisation: name, role, core fields and text attributes, folded once. */
export function buildSearchIndex(graph: ClusterGraph): SearchIndex {
  const index: SearchIndex = [];
  graph.forEachNode((id, { organisation, role }) => {
    const fields: IndexedField[] = [{ label: 'Role', value: ROLE_LABELS[role], folded: foldText(ROLE_LABELS[role]) }];
    for (const [label, key] of CORE_FIELDS) {
      const value = organisation[key];
      if (value) fields.push({ label, value, folded: foldText(value) });
    }
    for (const [key, value] of Object.entries(organisation.attributes)) {
      const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : null;
      if (text) fields.push({ label: key, value: text, folded: foldText(text) });
    }
    index.push({ id, name: organisation.name, foldedName: foldText(organisation.name), fields });
  });
  return index;
}

/** Rank of a match: lower is better; null when the entry does not match. */
function rankOf(entry: IndexedOrganisation, query: string): { rank: number; field: IndexedField | null } | null {
  if (entry.foldedName.startsWith(query)) return { rank: 0, field: null };
  if (` ${entry.foldedName}`.includes(` ${query}`)) return { rank: 1, field: null };
  if (entry.foldedName.includes(query)) return { rank: 2, field: null };
  const field = entry.fields.find((candidate) => candidate.folded.includes(query));
  return field ? { rank: 3, field } : null;
}

/**
 * Organisations matching a query, best first: name starts with it, a word of the name starts with
 * it, the name contains it, then any attribute contains it (case and accents ignored). Ties in
 * rank are broken by name.
 */
export function searchOrganisations(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const hits: { rank: number; hit: SearchHit }[] = [];
  for (const entry of index) {
    const match = rankOf(entry, folded);
    if (!match) continue;
    const matched = match.field ? { label: match.field.label, value: match.field.value } : null;
    hits.push({ rank: match.rank, hit: { id: entry.id, name: entry.name, matched } });
  }
  hits.sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name));
  return hits.slice(0, limit).map(({ hit }) => hit);
}
