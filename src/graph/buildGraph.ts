import { MultiGraph } from '../domain/graphology';
import type { Dataset, Organisation, Tie } from '../model/types';
import { NO_ROLE_OVERRIDES, roleFor, type Role, type RoleOverrides } from '../model/roles';

export interface NodeAttributes {
  organisation: Organisation;
  role: Role;
}

export interface EdgeAttributes {
  tie: Tie;
}

export type ClusterGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

/**
 * The data set as a graphology multigraph (several ties may join the same pair). Directed ties
 * keep their direction; the rest are undirected. Roles come from the type, with the user's
 * overrides. Pure: the dataset is not changed.
 */
export function buildGraph(dataset: Dataset, roleOverrides: RoleOverrides = NO_ROLE_OVERRIDES): ClusterGraph {
  const graph: ClusterGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const organisation of dataset.organisations) {
    graph.addNode(organisation.id, { organisation, role: roleFor(organisation.type, roleOverrides) });
  }
  for (const tie of dataset.ties) {
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target) || tie.source === tie.target) continue;
    if (tie.directed) graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, { tie });
    else graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, { tie });
  }
  return graph;
}

/** A neighbour of an organisation and the ties that join them. */
export interface Neighbour {
  organisation: Organisation;
  ties: Tie[];
}

/** Neighbours of an organisation, each once, with every tie to it; sorted by name. */
export function neighboursOf(graph: ClusterGraph, id: string): Neighbour[] {
  if (!graph.hasNode(id)) return [];
  const byId = new Map<string, Neighbour>();
  graph.forEachEdge(id, (_edge, attributes, source, target) => {
    const other = source === id ? target : source;
    const entry = byId.get(other) ?? { organisation: graph.getNodeAttribute(other, 'organisation'), ties: [] };
    entry.ties.push(attributes.tie);
    byId.set(other, entry);
  });
  return [...byId.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
}
