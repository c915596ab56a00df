import type { Core } from 'cytoscape';
import type { Camera } from '../model/view';
import type { Scene } from '../model/scene';
import { canvasStateElement } from './canvasState';
import { modelIdOf } from '../appearance/elementIds';
import { idRecord } from '../model/idRecord';

/**
 * The cy of the mounted GraphCanvas, registered by its PresentationController. Components never
 * hold cy: they call the named canvas commands (capture a scene, export an image) that use it.
 */
let activeCy: Core | null = null;
/** Size of the canvas with the app's chrome shown, which is where scenes are captured. */
let workspaceSize: { width: number; height: number } | null = null;

export function registerCanvas(cy: Core | null): void {
  activeCy = cy;
}

export const getCanvas = (): Core | null => (activeCy && !activeCy.destroyed() ? activeCy : null);

export function rememberWorkspaceSize(size: { width: number; height: number }): void {
  if (size.width > 0 && size.height > 0) workspaceSize = size;
}

export const getWorkspaceSize = () => workspaceSize;

/** Node positions and camera of the canvas, as a scene stores them. */
export function readCanvas(cy: Core): Pick<Scene, 'positions' | 'camera'> {
  const positions: Scene['positions'] = idRecord();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[modelIdOf(node.id())] = { x, y };
  });
  const pan = cy.pan();
  const camera: Camera = { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
  return { positions, camera };
}

/** Resolve once the first layout of this canvas has finished (marked by the layout controllers). */
export function whenLayoutDone(cy: Core): Promise<void> {
  const container = canvasStateElement(cy);
  if (!container || container.getAttribute('data-layout') === 'done') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (container.getAttribute('data-layout') !== 'done') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { attributes: true, attributeFilter: ['data-layout'] });
  });
}
