import type { Core } from 'cytoscape';
import type { Positions } from '../layout/types';

/** Up to this many nodes, moving to a new layout is animated; above, it is one batched jump. */
export const ANIMATE_LIMIT = 1000;
const PADDING = 30;

/**
 * Move every node to its position and fit the view. Animated for small graphs (so the eye can
 * follow the change); one cy.batch() for large ones (no per-frame work on thousands of nodes).
 * Nodes missing from `positions` stay where they are. Resolves when the nodes are in place.
 */
export function applyPositions(cy: Core, positions: Positions, animate: boolean): Promise<void> {
  const positionOf = (node: { id: () => string; position: () => { x: number; y: number } }) => positions[node.id()] ?? node.position();
  if (!animate || cy.nodes().length > ANIMATE_LIMIT) {
    cy.batch(() => {
      cy.nodes().positions((node) => ({ ...positionOf(node) }));
    });
    cy.fit(undefined, PADDING);
    cy.emit('layoutstop');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'preset',
      positions: (node: { id: () => string; position: () => { x: number; y: number } }) => ({ ...positionOf(node) }),
      animate: true,
      animationDuration: 550,
      animationEasing: 'ease-in-out-cubic',
      fit: true,
      padding: PADDING,
    } as unknown as import('cytoscape').LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Current positions of the nodes in cy. */
export function currentPositions(cy: Core): Positions {
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  return positions;
}
