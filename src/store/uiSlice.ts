import type { StateCreator } from 'zustand';
import type { AppState } from './index';
import { saveWebglSetting } from '../canvas/webglChoice';

export interface UiState {
  /** Which main view covers the canvas area: 'graph' or the id of a table/report view. */
  mainView: string;
  /** Draw with Cytoscape's WebGL renderer (faster on real GPUs); a device setting, not part of the view. */
  webgl: boolean;
  /** The layout being computed off the main thread, if any (the UI shows progress and Stop). */
  layoutRun: LayoutRun;
  /** Bumped by "Stop layout"; the LayoutController stops the running layout when it changes. */
  layoutStopRequests: number;
  /** Shown under the canvas, e.g. how many organisations a layout could not place. */
  layoutNote: string | null;
}

export type LayoutRun = { status: 'idle' } | { status: 'running'; label: string; progress: number };

export interface UiSlice extends UiState {
  showMainView: (id: string) => void;
  /** The user's choice of renderer (remembered on this device). */
  setWebgl: (on: boolean) => void;
  /** The renderer chosen for this device when the user has not chosen (not remembered). */
  initWebgl: (on: boolean) => void;
  setLayoutRun: (run: LayoutRun) => void;
  requestLayoutStop: () => void;
  setLayoutNote: (note: string | null) => void;
}

export const getEmptyUiState = (): UiState => ({
  mainView: 'graph',
  webgl: false,
  layoutRun: { status: 'idle' },
  layoutStopRequests: 0,
  layoutNote: null,
});

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ...getEmptyUiState(),
  showMainView: (mainView) => set({ mainView }),
  setWebgl: (webgl) => {
    saveWebglSetting(webgl);
    set({ webgl });
  },
  initWebgl: (webgl) => set({ webgl }),
  setLayoutRun: (layoutRun) => set({ layoutRun }),
  requestLayoutStop: () => set((state) => ({ layoutStopRequests: state.layoutStopRequests + 1 })),
  setLayoutNote: (layoutNote) => set({ layoutNote }),
});
