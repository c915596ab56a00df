import type { Core } from 'cytoscape';

/**
 * The element that carries the canvas's state for tests, the benchmark and `whenLayoutDone`:
 * `data-layout` (running | done) and `data-visible` (shown organisations/ties). It is the
 * container's parent, never Cytoscape's container itself: Cytoscape watches every attribute of
 * its container and answers any change with a resize and a full redraw (100 ms later), which at
 * 5,000 organisations cost a 70–100 ms task after every filter change, layout and analysis.
 */
export const canvasStateElement = (cy: Core): HTMLElement | null => cy.container()?.parentElement ?? null;

export function setCanvasState(cy: Core, name: 'layout' | 'visible', value: string): void {
  canvasStateElement(cy)?.setAttribute(`data-${name}`, value);
}
