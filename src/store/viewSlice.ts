import type { StateCreator } from 'zustand';
import type { Filter } from '../filters/types';
import type { AppState } from './index';
import type { WaveParams } from '../analysis/story/waves';
import { DEFAULT_TIE_LIMIT } from '../graph/strongestTies';

/**
 * The view: everything about *how* the data set is shown, none of the data itself. Plain and
 * serialisable: it is what the URL hash, undo/redo, scenes and project files save and restore.
 */
export type LayoutName = 'force' | 'concentric' | 'city' | 'geographic' | 'preset';

export type ColourMapping =
  | { by: 'role' }
  /** Any categorical field of organisations: type, city, sector, cluster, community, or an attribute key. */
  | { by: 'category'; field: string }
  /** A numeric metric id from the analysis registry, or a numeric attribute key. */
  | { by: 'metric'; metric: string };

export type SizeMapping = { by: 'degree' } | { by: 'metric'; metric: string } | { by: 'uniform' };

export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

export interface ViewState {
  filters: Filter[];
  colour: ColourMapping;
  size: SizeMapping;
  layout: LayoutName;
  /** Show only this organisation's neighbourhood, `depth` steps out. */
  focus: { id: string; depth: 1 | 2 | 3 } | null;
  /** Highlight the shortest path between two organisations. */
  path: { from: string; to: string; weighted: boolean } | null;
  /** Highlight what links two groups (values `a` and `b` of a grouping field, e.g. two cities). */
  bridge: { field: string; a: string; b: string } | null;
  /** Collapse organisations into one node per value of this field (city view), or null. */
  groupBy: string | null;
  /** Legend categories the user switched off (values of the current colour mapping). */
  hiddenCategories: string[];
  /** Null until the user moves the camera: then the canvas fits the graph. */
  camera: Camera | null;
  /** Draw at most this many ties, the strongest first (null: all); the rest stay in analysis and tables. */
  tieLimit: number | null;
  /** Colour ties by their status between these two waves (formed, persisted, dissolved); absent or null: off. */
  compare?: WaveParams | null;
  /** Organisations a finding rests on: highlighted, everything else dimmed; absent or null: off. */
  evidence?: { title: string; organisations: string[] } | null;
}

/** Earlier views (most recent last) and undone ones, for undo/redo. */
export interface ViewHistory {
  past: ViewState[];
  future: ViewState[];
}

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

export const getEmptyViewState = (): ViewState => ({
  filters: [],
  colour: { by: 'role' },
  size: { by: 'degree' },
  layout: 'force',
  focus: null,
  path: null,
  bridge: null,
  groupBy: null,
  hiddenCategories: [],
  camera: null,
  tieLimit: DEFAULT_TIE_LIMIT,
});

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
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
