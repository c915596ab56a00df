import { useEffect, useRef } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useAppStore } from '../store';
import type { Camera } from '../model/view';
import { neighbourInDirection, type Direction } from '../graph/neighbourInDirection';
import { registerCameraHandler, type CameraCommand } from './cameraCommands';
import { fitCapped } from './fitCapped';
import { modelIdOf, organisationElementId, selectableNode } from '../appearance/elementIds';

const WRITE_DELAY_MS = 250;

const sameCamera = (a: Camera, b: Camera) =>
  Math.abs(a.zoom - b.zoom) < 1e-3 * a.zoom && Math.abs(a.pan.x - b.pan.x) < 0.5 && Math.abs(a.pan.y - b.pan.y) < 0.5;
const cameraOf = (cy: Core): Camera => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

/** Select the visible neighbour of the selected organisation that lies in an arrow's direction. */
function stepToNeighbour(cy: Core, direction: Direction): void {
  const { selectedId, selectOrganisation } = useAppStore.getState();
  if (selectedId === null) return;
  const node = selectableNode(cy, selectedId);
  if (node.empty()) return;
  const candidates = node
    .neighborhood()
    .nodes()
    .filter((neighbour) => neighbour.visible())
    .map((neighbour) => ({ id: modelIdOf(neighbour.id()), ...(neighbour as NodeSingular).renderedPosition() }));
  const next = neighbourInDirection(node.renderedPosition(), candidates, direction);
  if (next !== null) selectOrganisation(next);
}

function runCommand(cy: Core, command: CameraCommand): void {
  switch (command.kind) {
    case 'reveal': {
      const node = cy.getElementById(organisationElementId(command.id));
      if (node.empty()) return;
      // The organisation with everyone it is tied to: what the inspector lists, the canvas shows.
      cy.stop(true, true);
      fitCapped(cy, node.closedNeighborhood().nodes(':visible').union(node), 1.2);
      return;
    }
    case 'fit':
      // A camera animation still running (centring on a chosen organisation) would otherwise
      // overwrite the zoom the person just asked for: finish it first.
      cy.stop(true, true);
      fitCapped(cy, cy.elements(':visible'), 1.5, 40);
      return;
    case 'zoom':
      cy.stop(true, true);
      cy.zoom({ level: cy.zoom() * command.factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      return;
    case 'step':
      stepToNeighbour(cy, command.direction);
      return;
    case 'sync':
      useAppStore.getState().updateView({ camera: cameraOf(cy) }, { record: false });
  }
}

/**
 * Owns view.camera. Writes cy's zoom and pan to the view when the viewport moves (debounced, not
 * an undo step); applies a camera that comes from elsewhere (a shared link). A layout fits the
 * graph when it stops, so a camera restored before or during a layout is applied again after it.
 */
export function CameraController({ cy }: { cy: Core }) {
  const camera = useAppStore((state) => state.view.camera);
  const layout = useRef({ running: false, finishedOnce: false, pending: null as Camera | null });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (cy.destroyed()) return;
        useAppStore.getState().updateView({ camera: cameraOf(cy) }, { record: false });
      }, WRITE_DELAY_MS);
    };
    const onLayoutStart = () => {
      layout.current.running = true;
    };
    const onLayoutStop = () => {
      const state = layout.current;
      state.running = false;
      state.finishedOnce = true;
      if (state.pending) cy.viewport(state.pending);
      state.pending = null;
    };
    cy.on('viewport', onViewport);
    cy.on('layoutstart', onLayoutStart);
    cy.on('layoutstop', onLayoutStop);
    const unregister = registerCameraHandler((command) => runCommand(cy, command));
    return () => {
      clearTimeout(timer);
      unregister();
      if (cy.destroyed()) return;
      cy.off('viewport', onViewport);
      cy.off('layoutstart', onLayoutStart);
      cy.off('layoutstop', onLayoutStop);
    };
  }, [cy]);

  useEffect(() => {
    if (camera === null || sameCamera(camera, cameraOf(cy))) return;
    cy.viewport(camera);
    const state = layout.current;
    if (state.running || !state.finishedOnce) state.pending = camera;
  }, [cy, camera]);

  return null;
}
