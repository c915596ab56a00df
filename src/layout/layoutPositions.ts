import type { ClusterGraph } from '../graph/buildGraph';
import { lookupCity } from '../domain/gazetteer';
import { concentricLayout } from './concentricLayout';
import { geographicLayout, type GeoNode } from './geographicLayout';
import { groupLayout, groupNodes } from './groupLayout';
import { presetLayout } from './presetLayout';
import type { LayoutNode, Positions } from './types';

/** Layouts computed at once on the main thread (cheap: linear in the number of nodes). */
export type StaticLayout = 'concentric' | 'city' | 'geographic' | 'preset';

export interface StaticLayoutResult {
  positions: Positions;
  /** Ids of organisations the layout could not place by their data (no city known, no x/y). */
  unplaced: string[];
}

/** Layout nodes of a graph with their drawn sizes. */
export const layoutNodesOf = (graph: ClusterGraph, sizeOf: (id: string) => number): LayoutNode[] =>
  graph.mapNodes((id) => ({ id, size: sizeOf(id) }));

/** An organisation's place: its own lat/lon if both are given, else its city's from the gazetteer. */
export function placeOf(graph: ClusterGraph, id: string): { lat: number; lon: number } | null {
  const organisation = graph.getNodeAttribute(id, 'organisation');
  if (organisation.lat !== undefined && organisation.lon !== undefined)
    return { lat: organisation.lat, lon: organisation.lon };
  const place = lookupCity(organisation.city, organisation.country);
  return place ? { lat: place.lat, lon: place.lon } : null;
}

/** Positions for a static layout. `valueOf` is the measure concentric rings are sorted by. */
export function staticLayout(
  name: StaticLayout,
  graph: ClusterGraph,
  nodes: LayoutNode[],
  valueOf: (id: string) => number | null,
): StaticLayoutResult {
  const organisation = (id: string) => graph.getNodeAttribute(id, 'organisation');
  switch (name) {
    case 'concentric':
      // Wider than the default spacing: rings of labelled organisations read better with air between them.
      return { positions: concentricLayout(nodes, valueOf, 1.3), unplaced: [] };
    case 'city': {
      const groups = groupNodes(nodes, (node) => organisation(node.id).city ?? '');
      return {
        positions: groupLayout(groups),
        unplaced: groups.find((group) => group.key === '')?.nodes.map((node) => node.id) ?? [],
      };
    }
    case 'geographic': {
      const geoNodes: GeoNode[] = nodes.map((node) => {
        const place = placeOf(graph, node.id);
        return { ...node, lat: place?.lat ?? null, lon: place?.lon ?? null };
      });
      return geographicLayout(geoNodes);
    }
    case 'preset': {
      const xyOf = (id: string) => {
        const { x, y } = organisation(id);
        return x !== undefined && y !== undefined ? { x, y } : null;
      };
      return {
        positions: presetLayout(nodes, xyOf, (id) => graph.neighbors(id)),
        unplaced: nodes.filter((node) => xyOf(node.id) === null).map((node) => node.id),
      };
    }
  }
}
