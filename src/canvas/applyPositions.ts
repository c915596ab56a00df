import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Positions } from '../layout/types';
import { viewportFor } from '../layout/viewportFor';
import { modelIdOf } from '../appearance/elementIds';
import { ownValue } from '../model/idRecord';
import { prefersReducedMotion } from '../motion';

/** Up to this many nodes, moving to a new layout is animated; above, it is moved in chunks. */
export const ANIMATE_LIMIT = 1000;
/** Nodes moved per animation frame on large graphs: each chunk stays well under a 50 ms task. */
export const CHUNK = 500;
const PADDING = 30;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Fit the view to positions computed by us rather than with cy.fit(), which measures every
 * label's box (130 ms at 5,000 nodes).
 */
export function fitTo(cy: Core, positions: Positions | { x: number; y: number }[]): void {
  const points = Array.isArray(positions) ? positions : Object.values(positions);
  const viewport = viewportFor(
    points,
    { width: cy.width(), height: cy.height() },
    PADDING + 36,
    cy.minZoom(),
    cy.maxZoom(),
  );
  if (viewport) cy.viewport(viewport);
}

/**
 * Move every node to its position and fit the view. Animated for small graphs (so the eye can
 * follow the change); in batched chunks, one per frame, for large ones, so no main-thread task
 * grows with the graph. Nodes missing from `positions` stay where they are.
 */
export async function applyPositions(cy: Core, positions: Positions, animate: boolean): Promise<void> {
  const positionOf = (node: NodeSingular) => ({ ...(ownValue(positions, modelIdOf(node.id())) ?? node.position()) });
  const nodes = cy.nodes();
  if (animate && nodes.length <= ANIMATE_LIMIT && !prefersReducedMotion()) {
    await new Promise<void>((resolve) => {
      const options = {
        name: 'preset',
        positions: positionOf,
        animate: true,
        animationDuration: 550,
        animationEasing: 'ease-in-out-cubic',
        fit: true,
        padding: PADDING,
      };
      const layout = cy.layout(options as unknown as LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    return;
  }
  fitTo(cy, positions);
  for (let start = 0; start < nodes.length; start += CHUNK) {
    if (start > 0) await nextFrame();
    if (cy.destroyed()) return;
    const chunk = nodes.slice(start, start + CHUNK);
    cy.batch(() => {
      chunk.positions(positionOf);
    });
  }
  cy.emit('layoutstop');
}
