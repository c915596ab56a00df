import type { StateCreator } from 'zustand';
import { getEmptyViewState, type ViewHistory, type ViewState } from '../model/view';

// Kept so that the UI layers can name the view's types next to the slice; the pure core imports them from model/.
export type { Camera, ColourMapping, LayoutName, SizeMapping, ViewHistory, ViewState } from '../model/view';
export { getEmptyViewState } from '../model/view';

export interface ViewSlice {
  view: ViewState;
  viewHistory: ViewHistory;
  /**
   * Replace part of the view: one undoable step, unless `record: false` (camera moves and the
   * frames of an animation, which would drown the real steps).
   */
  updateView: (change: Partial<ViewState>, options?: { record?: boolean }) => void;
  /** Replace the whole view without recording a step (restoring a shared link). */
  restoreView: (view: ViewState) => void;
  /** Back to the view before the last recorded step; the camera stays where it is. */
  undoView: () => void;
  redoView: () => void;
  resetView: () => void;
}

const HISTORY_LIMIT = 100;

export const getEmptyViewHistory = (): ViewHistory => ({ past: [], future: [] });

/** True when applying `change` would leave the view as it is. */
const changesNothing = (view: ViewState, change: Partial<ViewState>) =>
  (Object.keys(change) as (keyof ViewState)[]).every(
    (key) => JSON.stringify(view[key]) === JSON.stringify(change[key]),
  );

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: getEmptyViewState(),
  viewHistory: getEmptyViewHistory(),
  updateView: (change, { record = true } = {}) =>
    set((state) => {
      if (changesNothing(state.view, change)) return {};
      const view = { ...state.view, ...change };
      if (!record) return { view };
      return { view, viewHistory: { past: [...state.viewHistory.past, state.view].slice(-HISTORY_LIMIT), future: [] } };
    }),
  restoreView: (view) => set({ view }),
  undoView: () =>
    set((state) => {
      const previous = state.viewHistory.past.at(-1);
      if (!previous) return {};
      return {
        view: { ...previous, camera: state.view.camera },
        viewHistory: { past: state.viewHistory.past.slice(0, -1), future: [state.view, ...state.viewHistory.future] },
      };
    }),
  redoView: () =>
    set((state) => {
      const [next, ...future] = state.viewHistory.future;
      if (!next) return {};
      return {
        view: { ...next, camera: state.view.camera },
        viewHistory: { past: [...state.viewHistory.past, state.view], future },
      };
    }),
  resetView: () =>
    set((state) => ({
      view: getEmptyViewState(),
      viewHistory: { past: [...state.viewHistory.past, state.view].slice(-HISTORY_LIMIT), future: [] },
    })),
});
