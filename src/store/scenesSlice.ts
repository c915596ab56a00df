import type { StateCreator } from 'zustand';
import type { Scene } from '../model/scene';

export interface ScenesState {
  /** The presentation's scenes, in the order they are shown. */
  scenes: Scene[];
}

export interface ScenesSlice extends ScenesState {
  addScene: (scene: Scene) => void;
  updateScene: (id: string, change: Partial<Omit<Scene, 'id'>>) => void;
  removeScene: (id: string) => void;
  /** Move a scene to a new place in the list (clamped to the list). */
  reorderScene: (id: string, toIndex: number) => void;
  /** Replace every scene: used when a project is restored. */
  setScenes: (scenes: Scene[]) => void;
}

export const getEmptyScenesState = (): ScenesState => ({ scenes: [] });

export const createScenesSlice: StateCreator<ScenesSlice> = (set) => ({
  ...getEmptyScenesState(),
  addScene: (scene) => set((state) => ({ scenes: [...state.scenes, scene] })),
  updateScene: (id, change) =>
    set((state) => ({ scenes: state.scenes.map((scene) => (scene.id === id ? { ...scene, ...change, id } : scene)) })),
  removeScene: (id) => set((state) => ({ scenes: state.scenes.filter((scene) => scene.id !== id) })),
  reorderScene: (id, toIndex) =>
    set((state) => {
      const from = state.scenes.findIndex((scene) => scene.id === id);
      if (from < 0) return {};
      const scenes = state.scenes.filter((scene) => scene.id !== id);
      scenes.splice(Math.max(0, Math.min(toIndex, scenes.length)), 0, state.scenes[from]!);
      return { scenes };
    }),
  setScenes: (scenes) => set({ scenes }),
});
