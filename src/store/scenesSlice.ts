import type { StateCreator } from 'zustand';
import type { Scene } from '../model/scene';
import type { AppState } from './index';

export interface ScenesState {
  scenes: Scene[];
}

export interface ScenesSlice extends ScenesState {
  addScene: (scene: Scene) => void;
  updateScene: (id: string, change: Partial<Omit<Scene, 'id'>>) => void;
  removeScene: (id: string) => void;
  /** Move a scene to a new position in the list (clamped to the list). */
  reorderScene: (id: string, toIndex: number) => void;
}

export const getEmptyScenesState = (): ScenesState => ({ scenes: [] });

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  const [item] = result.splice(from, 1);
  if (item !== undefined) result.splice(Math.max(0, Math.min(to, result.length)), 0, item);
  return result;
}

export const createScenesSlice: StateCreator<AppState, [], [], ScenesSlice> = (set) => ({
  ...getEmptyScenesState(),
  addScene: (scene) => set((state) => ({ scenes: [...state.scenes, scene] })),
  updateScene: (id, change) =>
    set((state) => ({ scenes: state.scenes.map((scene) => (scene.id === id ? { ...scene, ...change } : scene)) })),
  removeScene: (id) => set((state) => ({ scenes: state.scenes.filter((scene) => scene.id !== id) })),
  reorderScene: (id, toIndex) =>
    set((state) => {
      const from = state.scenes.findIndex((scene) => scene.id === id);
      return from < 0 ? {} : { scenes: moved(state.scenes, from, toIndex) };
    }),
});
