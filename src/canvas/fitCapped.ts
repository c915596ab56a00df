import type { CollectionArgument, Core } from 'cytoscape';
import { prefersReducedMotion } from '../motion';

const ANIMATION_MS = 300;

/**
 * Animate the camera to show `elements`, but never closer than `maxZoom`: fitting a path of five
 * organisations would otherwise blow them up to fill the screen and lose their surroundings.
 */
export function fitCapped(cy: Core, elements: CollectionArgument, maxZoom = 1.2, padding = 60): void {
  if (elements.empty()) return;
  const box = elements.boundingBox();
  const width = Math.max(cy.width() - 2 * padding, 1);
  const height = Math.max(cy.height() - 2 * padding, 1);
  const zoom = Math.min(maxZoom, width / Math.max(box.w, 1), height / Math.max(box.h, 1), cy.maxZoom());
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  const viewport = { zoom, pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } };
  if (prefersReducedMotion()) cy.viewport(viewport);
  else cy.animate(viewport, { duration: ANIMATION_MS });
}
