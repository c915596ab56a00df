import { useAppStore } from '../store';
import type { Scene } from '../model/scene';
import { defaultSceneTitle, newSceneId } from '../presentation/newScene';
import { applySceneToCanvas } from './applyScene';
import { getCanvas, readCanvas } from './canvasAccess';

/** The current view as a new scene (not yet stored), or null when no graph is drawn. */
export function captureScene(meta: Partial<Pick<Scene, 'title' | 'text' | 'notes'>> = {}): Scene | null {
  const cy = getCanvas();
  if (!cy) return null;
  const state = useAppStore.getState();
  return {
    id: newSceneId(),
    title: meta.title ?? defaultSceneTitle(state.scenes),
    text: meta.text ?? '',
    notes: meta.notes ?? '',
    view: structuredClone(state.view),
    ...readCanvas(cy),
  };
}

/** Save the current view as a new scene at the end of the list; returns its id. */
export function saveViewAsScene(): string | null {
  const scene = captureScene();
  if (!scene) return null;
  const { addScene, setActiveScene } = useAppStore.getState();
  addScene(scene);
  setActiveScene(scene.id);
  return scene.id;
}

/** Replace a scene's view, positions and camera with the current ones (its caption stays). */
export function replaceSceneWithView(id: string): void {
  const cy = getCanvas();
  if (!cy) return;
  useAppStore.getState().updateScene(id, { view: structuredClone(useAppStore.getState().view), ...readCanvas(cy) });
}

/** Show a scene in the workspace (outside a presentation): its view, positions and camera. */
export function showScene(id: string): void {
  const cy = getCanvas();
  const state = useAppStore.getState();
  const scene = state.scenes.find((candidate) => candidate.id === id);
  if (!cy || !scene) return;
  state.updateView(structuredClone(scene.view));
  state.setActiveScene(id);
  applySceneToCanvas(cy, scene, scene.camera, true);
}
