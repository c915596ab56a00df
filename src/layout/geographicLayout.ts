import { idRecord } from '../model/idRecord';
import { project } from './projection';
import { placeSunflower, spacingFor } from './sunflower';
import type { LayoutNode, Positions } from './types';

/** Where an organisation is: its own coordinates, or its city's, or unknown. */
export interface GeoNode extends LayoutNode {
  lat: number | null;
  lon: number | null;
}

/**
 * Geographic layout: organisations at the same place (their own lat/lon, else their city's) in a
 * small sunflower around the projected point; organisations with no known place in a grid below
 * the southernmost placed one, so they stay visible. Returns the ids of the unplaced too.
 */
export function geographicLayout(nodes: readonly GeoNode[]): { positions: Positions; unplaced: string[] } {
  const spacing = spacingFor(nodes) * 0.8;
  const byPlace = new Map<string, GeoNode[]>();
  const unplaced: GeoNode[] = [];
  for (const node of nodes) {
    if (node.lat === null || node.lon === null) {
      unplaced.push(node);
      continue;
    }
    const key = `${node.lat.toFixed(3)},${node.lon.toFixed(3)}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), node]);
  }
  const positions: Positions = idRecord();
  let bottom = -Infinity;
  let left = Infinity;
  for (const group of byPlace.values()) {
    const first = group[0] as GeoNode;
    const centre = project(first.lat as number, first.lon as number);
    placeSunflower(group, centre, spacing, positions);
    bottom = Math.max(bottom, centre.y);
    left = Math.min(left, centre.x);
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(unplaced.length * 2)));
  const top = Number.isFinite(bottom) ? bottom + spacing * 6 : 0;
  const start = Number.isFinite(left) ? left : 0;
  unplaced.forEach((node, i) => {
    positions[node.id] = { x: start + (i % columns) * spacing, y: top + Math.floor(i / columns) * spacing };
  });
  return { positions, unplaced: unplaced.map((node) => node.id) };
}
