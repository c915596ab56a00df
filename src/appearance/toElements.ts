import type { ElementDefinition } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { ROLE_COLOURS } from './palettes';

export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 72;

/** Node size from number of ties: area grows with degree, so big hubs do not swamp the view. */
export function nodeSizeFor(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(degree / maxDegree);
}

/** Cytoscape elements for a graph: nodes coloured by role and sized by number of ties. */
export function toElements(graph: ClusterGraph): ElementDefinition[] {
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const elements: ElementDefinition[] = [];
  graph.forEachNode((node, { organisation, role }) => {
    const degree = graph.degree(node);
    elements.push({
      group: 'nodes',
      data: { id: node, label: organisation.name, role, colour: ROLE_COLOURS[role], size: nodeSizeFor(degree, maxDegree), degree },
      ...(organisation.x !== undefined && organisation.y !== undefined ? { position: { x: organisation.x, y: organisation.y } } : {}),
    });
  });
  graph.forEachEdge((edge, { tie }, source, target) => {
    elements.push({
      group: 'edges',
      data: { id: edge, source, target, type: tie.type ?? '', weight: tie.weight, width: 1 + Math.min(tie.weight, 10) * 0.6 },
    });
  });
  return elements;
}
