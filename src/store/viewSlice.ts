import type { StateCreator } from 'zustand';
import type { Filter } from '../filters/types';
import type { AppState } from './index';
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
  /** Collapse organisations into one node per value of this field (city view), or null. */
  groupBy: string | null;
  /** Legend categories the user switched off (values of the current colour mapping). */
  hiddenCategories: string[];
  /** Null until the user moves the camera: then the canvas fits the graph. */
  camera: Camera | null;
  /** Draw at most this many ties, the strongest first (null: all); the rest stay in analysis and tables. */
  tieLimit: number | null;
}

export interface ViewSlice {
  view: ViewState;
  /** Replace part of the view (one undoable step). */
  updateView: (change: Partial<ViewState>) => void;
  resetView: () => void;
}

export const getEmptyViewState = (): ViewState => ({
  filters: [],
  colour: { by: 'role' },
  size: { by: 'degree' },
  layout: 'force',
  focus: null,
  path: null,
  groupBy: null,
  hiddenCategories: [],
  camera: null,
  tieLimit: DEFAULT_TIE_LIMIT,
});

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: getEmptyViewState(),
  updateView: (change) => set((state) => ({ view: { ...state.view, ...change } })),
  resetView: () => set({ view: getEmptyViewState() }),
});
