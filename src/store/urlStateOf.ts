import type { SharedView, UrlState } from '../persist/urlState';
import type { AppState } from './index';
import { getEmptyViewState, type ViewState } from './viewSlice';

/** The shareable state of the app: which data set, which organisation, which view. */
export function urlStateOf(state: AppState): UrlState | null {
  if (!state.dataset) return null;
  const view: SharedView = state.view;
  return { datasetId: state.dataset.id, selectedId: state.selectedId, view };
}

/** A view from a link: the decoded fields over the defaults (fields the link lacks start empty). */
export function viewFromLink(link: UrlState): ViewState {
  return { ...getEmptyViewState(), ...link.view };
}
