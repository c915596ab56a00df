import type { CollectionArgument, Core } from 'cytoscape';
import { prefersReducedMotion } from '../motion';

const ANIMATION_MS = 300;

interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/**
 * The camera that shows `box` centred in a `width` × `height` canvas with `padding` on every side, zoomed no closer
 * than `maxZoom` (nor the canvas's own maximum). Pure: the part of fitCapped that needs no Cytoscape.
 */
export function cappedCamera(
  box: Box,
  canvas: { width: number; height: number; maxZoom: number },
  maxZoom = 1.2,
  padding = 60,
): { zoom: number; pan: { x: number; y: number } } {
  const width = Math.max(canvas.width - 2 * padding, 1);
  const height = Math.max(canvas.height - 2 * padding, 1);
  const zoom = Math.min(maxZoom, width / Math.max(box.w, 1), height / Math.max(box.h, 1), canvas.maxZoom);
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  return { zoom, pan: { x: canvas.width / 2 - centre.x * zoom, y: canvas.height / 2 - centre.y * zoom } };
}

/**
 * Animate the camera to show `elements`, but never closer than `maxZoom`: fitting a path of five
 * organisations would otherwise blow them up to fill the screen and lose their surroundings.
 */
export function fitCapped(cy: Core, elements: CollectionArgument, maxZoom = 1.2, padding = 60): void {
  if (elements.empty()) return;
  const canvas = { width: cy.width(), height: cy.height(), maxZoom: cy.maxZoom() };
  const viewport = cappedCamera(elements.boundingBox(), canvas, maxZoom, padding);
  if (prefersReducedMotion()) cy.viewport(viewport);
  else cy.animate(viewport, { duration: ANIMATION_MS });
}
