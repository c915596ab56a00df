import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface UiState {
  /** Which main view covers the canvas area: 'graph' or the id of a table/report view. */
  mainView: string;
  /** Draw with Cytoscape's WebGL renderer (faster on real GPUs); a device setting, not part of the view. */
  webgl: boolean;
  /** Show names written in capitals in title case (the data keeps them as written); a display setting. */
  titleCaseNames: boolean;
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
  setWebgl: (on: boolean) => void;
  setTitleCaseNames: (on: boolean) => void;
  setLayoutRun: (run: LayoutRun) => void;
  requestLayoutStop: () => void;
  setLayoutNote: (note: string | null) => void;
}

export const getEmptyUiState = (): UiState => ({
  mainView: 'graph',
  webgl: false,
  titleCaseNames: false,
  layoutRun: { status: 'idle' },
  layoutStopRequests: 0,
  layoutNote: null,
});

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ...getEmptyUiState(),
  showMainView: (mainView) => set({ mainView }),
  setWebgl: (webgl) => set({ webgl }),
  setTitleCaseNames: (titleCaseNames) => set({ titleCaseNames }),
  setLayoutRun: (layoutRun) => set({ layoutRun }),
  requestLayoutStop: () => set((state) => ({ layoutStopRequests: state.layoutStopRequests + 1 })),
  setLayoutNote: (layoutNote) => set({ layoutNote }),
});
