import type { Core } from 'cytoscape';
import type { Scene } from '../model/scene';
import type { CameraLike } from '../presentation/refitCamera';

/** Above this many organisations, moving every node in an animation costs more than it shows. */
export const ANIMATE_NODE_LIMIT = 1500;
export const TRANSITION_MS = 650;

/**
 * Put the scene's positions and camera on the canvas. Positions come from the scene, never from a
 * layout run, so the picture is exactly the saved one. Small graphs glide there; large ones jump.
 */
export function applySceneToCanvas(cy: Core, scene: Pick<Scene, 'positions'>, camera: CameraLike, animate: boolean): void {
  cy.stop(true, false);
  cy.nodes().stop(true, false);
  const glide = animate && cy.nodes().length <= ANIMATE_NODE_LIMIT;
  const options = { duration: TRANSITION_MS, easing: 'ease-in-out-cubic' as const };
  if (glide) {
    cy.nodes().forEach((node) => {
      const target = scene.positions[node.id()];
      if (target) node.animate({ position: target }, options);
    });
    cy.animate({ zoom: camera.zoom, pan: camera.pan }, options);
    return;
  }
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const target = scene.positions[node.id()];
      if (target) node.position(target);
    });
  });
  cy.viewport({ zoom: camera.zoom, pan: camera.pan });
}
