import type { Core, NodeSingular } from 'cytoscape';
import type { Scene } from '../model/scene';
import type { CameraLike } from '../presentation/refitCamera';
import { modelIdOf } from '../appearance/elementIds';
import { ownValue } from '../model/idRecord';
import { prefersReducedMotion } from '../motion';

/** Above this many moving organisations, animating each costs more than it shows: they jump. */
export const ANIMATE_NODE_LIMIT = 1500;
export const TRANSITION_MS = 650;
/** Closer than this (graph units) counts as already in place. */
const SAME_PLACE = 0.5;

/** The nodes whose saved position differs from where they are, with that position. */
function movesFor(cy: Core, positions: Scene['positions']): { node: NodeSingular; to: { x: number; y: number } }[] {
  const moves: { node: NodeSingular; to: { x: number; y: number } }[] = [];
  cy.nodes().forEach((node) => {
    const to = ownValue(positions, modelIdOf(node.id()));
    if (!to) return;
    const at = node.position();
    if (Math.abs(at.x - to.x) > SAME_PLACE || Math.abs(at.y - to.y) > SAME_PLACE) moves.push({ node, to });
  });
  return moves;
}

/**
 * Put the scene's positions and camera on the canvas. Positions come from the scene, never from a
 * layout run, so the picture is exactly the saved one. Only organisations that are elsewhere
 * move (moving one re-draws its ties: at 5,000 organisations moving all costs seconds), gliding
 * when few, jumping when many; the camera glides (cheap: Cytoscape pans a cached picture).
 */
export function applySceneToCanvas(
  cy: Core,
  scene: Pick<Scene, 'positions'>,
  camera: CameraLike,
  animate: boolean,
): void {
  // Halt the previous transition first, so no node keeps gliding towards the previous scene.
  cy.stop(true, false);
  cy.nodes()
    .filter((node) => node.animated())
    .stop(true, false);
  const moves = movesFor(cy, scene.positions);
  const options = { duration: TRANSITION_MS, easing: 'ease-in-out-cubic' as const };
  // With "reduce motion" asked for, scenes cut instead of gliding.
  const glide = animate && !prefersReducedMotion();
  if (glide && moves.length <= ANIMATE_NODE_LIMIT)
    moves.forEach(({ node, to }) => node.animate({ position: to }, options));
  else cy.batch(() => moves.forEach(({ node, to }) => node.position(to)));
  if (glide) cy.animate({ zoom: camera.zoom, pan: camera.pan }, options);
  else cy.viewport({ zoom: camera.zoom, pan: camera.pan });
}
