import type { StateCreator } from 'zustand';
import { saveWebglSetting } from './webglChoice';

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
  /** The keyboard shortcuts dialog (`?`) is open. */
  shortcutsOpen: boolean;
  /** The Projects dialog is open (from the header, or from the error screen). */
  projectsOpen: boolean;
  /** Below 1,100 px the sidebar folds away; this opens it over the canvas. */
  sidebarOpen: boolean;
}

export type LayoutRun = { status: 'idle' } | { status: 'running'; label: string; progress: number };

export interface UiSlice extends UiState {
  showMainView: (id: string) => void;
  /** The user's choice of renderer (remembered on this device). */
  setWebgl: (on: boolean) => void;
  /** The renderer chosen for this device when the user has not chosen (not remembered). */
  initWebgl: (on: boolean) => void;
  setTitleCaseNames: (on: boolean) => void;
  setLayoutRun: (run: LayoutRun) => void;
  requestLayoutStop: () => void;
  setLayoutNote: (note: string | null) => void;
  setShortcutsOpen: (open: boolean) => void;
  setProjectsOpen: (open: boolean) => void;
  setSidebarOpen: (open: boolean) => void;
}

export const getEmptyUiState = (): UiState => ({
  mainView: 'graph',
  webgl: false,
  titleCaseNames: false,
  layoutRun: { status: 'idle' },
  layoutStopRequests: 0,
  layoutNote: null,
  shortcutsOpen: false,
  projectsOpen: false,
  sidebarOpen: false,
});

export const createUiSlice: StateCreator<UiSlice> = (set) => ({
  ...getEmptyUiState(),
  showMainView: (mainView) => set({ mainView }),
  setWebgl: (webgl) => {
    saveWebglSetting(webgl);
    set({ webgl });
  },
  initWebgl: (webgl) => set({ webgl }),
  setTitleCaseNames: (titleCaseNames) => set({ titleCaseNames }),
  setLayoutRun: (layoutRun) => set({ layoutRun }),
  requestLayoutStop: () => set((state) => ({ layoutStopRequests: state.layoutStopRequests + 1 })),
  setLayoutNote: (layoutNote) => set({ layoutNote }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setProjectsOpen: (projectsOpen) => set({ projectsOpen }),
  setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
});
