/** Plain node positions, by organisation (or group) id, in Cytoscape model coordinates. */
export type Positions = Record<string, { x: number; y: number }>;

/** What the pure layouts need to know of a node. */
export interface LayoutNode {
  id: string;
  /** Drawn diameter, so neighbours keep clear of each other. */
  size: number;
}
