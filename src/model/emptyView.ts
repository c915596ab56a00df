import { DEFAULT_TIE_LIMIT } from '../graph/strongestTies';
// eslint-disable-next-line no-restricted-imports -- type only, erased at build: the view contract lives in the store.
import type { ViewState } from '../store/viewSlice';

/** The view of a freshly loaded data set; also what every field of a restored view falls back to. */
export const emptyView = (): ViewState => ({
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
