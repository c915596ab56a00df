import type { Core, NodeSingular } from 'cytoscape';

/**
 * Cytoscape keeps nodes and edges in one id space, and a user's organisation may be called anything
 * ("t0", "e:3", "__proto__"): an organisation and a tie with the same id would silently lose one of
 * them. Every element id is therefore prefixed with its kind, and this module is the only place that
 * builds or reads those prefixes (a kind's prefix never starts another kind's).
 */
const PREFIX = { organisation: 'n:', tie: 'e:', group: 'g:', link: 'l:' } as const;

export type ElementKind = keyof typeof PREFIX;

const KINDS = Object.keys(PREFIX) as ElementKind[];

/** The element id of an organisation's node. */
export const organisationElementId = (id: string): string => PREFIX.organisation + id;
/** The element id of a tie (its key in the graph). */
export const tieElementId = (key: string): string => PREFIX.tie + key;
/** The element id of a group node of the aggregated view (its AggregateGroup id). */
export const groupElementId = (id: string): string => PREFIX.group + id;
/** The element id of an aggregated link between two groups (its AggregateLink id). */
export const linkElementId = (id: string): string => PREFIX.link + id;

/** What an element id stands for, or null for an id this module did not make. */
export function parseElementId(elementId: string): { kind: ElementKind; id: string } | null {
  for (const kind of KINDS) {
    if (elementId.startsWith(PREFIX[kind])) return { kind, id: elementId.slice(PREFIX[kind].length) };
  }
  return null;
}

/** The organisation id of an organisation's element id, or null for any other element. */
export function organisationIdOf(elementId: string): string | null {
  const parsed = parseElementId(elementId);
  return parsed?.kind === 'organisation' ? parsed.id : null;
}

/** The tie key of a tie's element id, or null for any other element. */
export function tieKeyOf(elementId: string): string | null {
  const parsed = parseElementId(elementId);
  return parsed?.kind === 'tie' ? parsed.id : null;
}

/** The model id behind any element id (organisation id, tie key, group or link id). */
export const modelIdOf = (elementId: string): string => parseElementId(elementId)?.id ?? elementId;

/**
 * The node a selection id names: an organisation, else a group node of the aggregated view (the
 * city view selects groups through the same selection). Empty when neither is drawn.
 */
export function selectableNode(cy: Core, id: string): NodeSingular {
  const organisation = cy.getElementById(organisationElementId(id));
  return organisation.nonempty() ? organisation : cy.getElementById(groupElementId(id));
}
