import type { WaveParams } from './waves';
import type { Filter } from './filters';

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

/** Default: draw at most this many ties; graphs with more show only their strongest. */
export const DEFAULT_TIE_LIMIT = 1000;

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
