import { create } from 'zustand';
import { createAnalysisSlice, getEmptyAnalysisState, type AnalysisSlice } from './analysisSlice';
import { createDatasetSlice, getEmptyDatasetState, type DatasetSlice } from './datasetSlice';
import { createSelectionSlice, getEmptySelectionState, type SelectionSlice } from './selectionSlice';
import { createUiSlice, getEmptyUiState, type UiSlice } from './uiSlice';
import { createViewSlice, getEmptyViewState, type ViewSlice } from './viewSlice';
import { createScenesSlice, getEmptyScenesState, type ScenesSlice } from './scenesSlice';
import { createPresentationSlice, getEmptyPresentationState, type PresentationSlice } from './presentationSlice';

export type AppState = DatasetSlice & SelectionSlice & ViewSlice & AnalysisSlice & UiSlice & ScenesSlice & PresentationSlice;

/** The one store of the app, made of slices (zustand slices pattern). */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createAnalysisSlice(...args),
  ...createUiSlice(...args),
  ...createScenesSlice(...args),
  ...createPresentationSlice(...args),
}));

/** Everything that belongs to one data set (view, selection, analysis) back to empty. */
export function resetViewSlices(): void {
  useAppStore.setState({
    ...getEmptySelectionState(),
    view: getEmptyViewState(),
    ...getEmptyAnalysisState(),
    // Scenes name organisations by id: they belong to the data set they were made on.
    ...getEmptyScenesState(),
    ...getEmptyPresentationState(),
  });
}

/** Every slice back to empty: used by tests. */
export function resetAllSlices(): void {
  useAppStore.setState({ ...getEmptyDatasetState(), ...getEmptyUiState() });
  resetViewSlices();
}
