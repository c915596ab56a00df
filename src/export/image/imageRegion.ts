import type { Core } from 'cytoscape';

/** What an image export covers: the view on screen, or the whole network. */
export type ImageArea = 'view' | 'full';

/** The graph-space rectangle an export draws, its output size, and output pixels per graph unit. */
export interface ImageRegion {
  x1: number;
  y1: number;
  /** Output size in pixels. */
  width: number;
  height: number;
  /** Output pixels per graph unit. */
  pixelsPerUnit: number;
}

const FULL_PADDING = 24;

/** The region for an area at a scale: the view at 1× is exactly the canvas on screen. */
export function imageRegion(cy: Core, area: ImageArea, scale: number): ImageRegion {
  if (area === 'view') {
    const extent = cy.extent();
    return {
      x1: extent.x1,
      y1: extent.y1,
      width: Math.round(cy.width() * scale),
      height: Math.round(cy.height() * scale),
      pixelsPerUnit: cy.zoom() * scale,
    };
  }
  const box = cy.elements(':visible').boundingBox();
  return {
    x1: box.x1 - FULL_PADDING,
    y1: box.y1 - FULL_PADDING,
    width: Math.ceil((box.w + 2 * FULL_PADDING) * scale),
    height: Math.ceil((box.h + 2 * FULL_PADDING) * scale),
    pixelsPerUnit: scale,
  };
}
