import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { useAppStore } from '../store';
import { selectDeck } from '../store/presentationSlice';
import type { Scene } from '../model/scene';
import type { ViewState } from '../model/view';
import { fitCamera, refitCamera, type CameraLike, type Size } from '../presentation/refitCamera';
import { applySceneToCanvas } from './applyScene';
import { getWorkspaceSize, readCanvas, registerCanvas, rememberWorkspaceSize, whenLayoutDone } from './canvasAccess';
import { captureScene } from './sceneCommands';

const sizeOf = (cy: Core): Size => ({ width: cy.width(), height: cy.height() });

/** The scene's camera for the canvas as it is now; a scene with no known capture size is fitted. */
function cameraFor(cy: Core, scene: Scene): CameraLike {
  const from = getWorkspaceSize();
  return from ? refitCamera(scene.camera, from, sizeOf(cy)) : fitCamera(scene.positions, sizeOf(cy), 80);
}

/** What was on screen before presenting, put back when the presentation ends. */
interface Before {
  view: ViewState;
  snapshot: Pick<Scene, 'positions' | 'camera'>;
}

/**
 * Renderless: registers cy for canvas commands, keeps cy sized to its container (the chrome hides
 * while presenting), and while presenting puts each scene on the canvas: its view into the store
 * (filters and colours follow) and its positions and camera onto cy, animated, never re-laid out.
 */
export function PresentationController({ cy }: { cy: Core }) {
  const presenting = useAppStore((state) => state.presenting);
  const presentIndex = useAppStore((state) => state.presentIndex);
  const scenes = useAppStore((state) => state.scenes);
  const transientScene = useAppStore((state) => state.transientScene);
  const [ready, setReady] = useState(false);
  const before = useRef<Before | null>(null);

  useEffect(() => {
    registerCanvas(cy);
    let alive = true;
    void whenLayoutDone(cy).then(() => alive && setReady(true));
    const container = cy.container();
    const observer = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      cy.resize();
      if (!useAppStore.getState().presenting && !useAppStore.getState().embed) rememberWorkspaceSize(sizeOf(cy));
    });
    if (container) observer.observe(container);
    return () => {
      alive = false;
      observer.disconnect();
      registerCanvas(null);
    };
  }, [cy]);

  // Start and end: remember what was on screen; with no saved scene present the current view.
  useEffect(() => {
    if (!ready) return;
    const state = useAppStore.getState();
    if (presenting) {
      cy.resize();
      before.current = { view: structuredClone(state.view), snapshot: readCanvas(cy) };
      if (state.scenes.length === 0) state.setTransientScene(captureScene({ title: state.dataset?.name ?? 'Network' }));
      return;
    }
    const saved = before.current;
    if (!saved) return;
    before.current = null;
    cy.resize();
    state.updateView(saved.view);
    applySceneToCanvas(cy, saved.snapshot, saved.snapshot.camera, false);
  }, [cy, ready, presenting]);

  useEffect(() => {
    if (!ready || !presenting) return;
    const scene = selectDeck({ scenes, transientScene })[presentIndex];
    if (!scene) return;
    const state = useAppStore.getState();
    state.updateView(structuredClone(scene.view));
    state.setActiveScene(scene.id);
    applySceneToCanvas(cy, scene, cameraFor(cy, scene), true);
  }, [cy, ready, presenting, presentIndex, scenes, transientScene]);

  return null;
}
