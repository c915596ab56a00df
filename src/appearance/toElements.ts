import type { ElementDefinition } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { organisationElementId, tieElementId } from './elementIds';
import { ROLE_COLOURS } from './palettes';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, sizeFor } from './scales';
import { ROLE_SHAPES } from './shapes';
import { tieTypeItems, tieWidthFor } from './tieAppearance';

export { MAX_NODE_SIZE, MIN_NODE_SIZE };

/** Node size from number of ties: area grows with degree, so big hubs do not swamp the view. */
export function nodeSizeFor(degree: number, maxDegree: number): number {
  return maxDegree <= 0 ? MIN_NODE_SIZE : sizeFor(degree, { min: 0, max: maxDegree });
}

/** Cytoscape definition of one tie: coloured by its type, as wide as its weight. */
export function tieElement(graph: ClusterGraph, edge: string, tieColours: Map<string, string>): ElementDefinition {
  const { tie } = graph.getEdgeAttributes(edge);
  const type = tie.type ?? '';
  return {
    group: 'edges',
    data: {
      id: tieElementId(edge),
      source: organisationElementId(graph.source(edge)),
      target: organisationElementId(graph.target(edge)),
      type,
      weight: tie.weight,
      width: tieWidthFor(tie.weight),
      colour: tieColours.get(type),
    },
  };
}

/** Colour of each tie type (see tieTypeItems). */
export const tieColoursOf = (graph: ClusterGraph) =>
  new Map(tieTypeItems(graph).map((item) => [item.key, item.colour]));

/**
 * Cytoscape elements for a graph: nodes coloured by role, shaped by role and sized by number of
 * ties (the AppearanceController recolours and resizes them); ties coloured by type. When
 * `drawnTies` is given, only those ties become elements (strongest ties at scale).
 */
export function toElements(graph: ClusterGraph, drawnTies: Set<string> | null = null): ElementDefinition[] {
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const elements: ElementDefinition[] = [];
  graph.forEachNode((node, { organisation, role }) => {
    const degree = graph.degree(node);
    elements.push({
      group: 'nodes',
      data: {
        id: organisationElementId(node),
        label: organisation.name,
        role,
        shape: ROLE_SHAPES[role],
        colour: ROLE_COLOURS[role],
        size: nodeSizeFor(degree, maxDegree),
        degree,
      },
      ...(organisation.x !== undefined && organisation.y !== undefined
        ? { position: { x: organisation.x, y: organisation.y } }
        : {}),
    });
  });
  const tieColours = tieColoursOf(graph);
  graph.forEachEdge((edge) => {
    if (drawnTies === null || drawnTies.has(edge)) elements.push(tieElement(graph, edge, tieColours));
  });
  return elements;
}
