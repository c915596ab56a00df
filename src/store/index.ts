import { create } from 'zustand';
import { createAnalysisSlice, getEmptyAnalysisState, type AnalysisSlice } from './analysisSlice';
import { createDatasetSlice, getEmptyDatasetState, type DatasetSlice } from './datasetSlice';
import { createSelectionSlice, getEmptySelectionState, type SelectionSlice } from './selectionSlice';
import { createUiSlice, getEmptyUiState, type UiSlice } from './uiSlice';
import { createViewSlice, getEmptyViewState, type ViewSlice } from './viewSlice';
import { createScenesSlice, getEmptyScenesState, type ScenesSlice } from './scenesSlice';
import { createProjectSlice, getEmptyProjectState, type ProjectSlice } from './projectSlice';

export type AppState = DatasetSlice & SelectionSlice & ViewSlice & AnalysisSlice & UiSlice & ScenesSlice & ProjectSlice;

/** The one store of the app, made of slices (zustand slices pattern). */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createAnalysisSlice(...args),
  ...createUiSlice(...args),
  ...createScenesSlice(...args),
  ...createProjectSlice(...args),
}));

/** Empty state of everything that belongs to one data set (view, selection, analysis, scenes). */
export const getEmptyViewSlicesState = () => ({ ...getEmptySelectionState(), view: getEmptyViewState(), ...getEmptyAnalysisState(), ...getEmptyScenesState() });

/** Everything that belongs to one data set back to empty. */
export function resetViewSlices(): void {
  useAppStore.setState(getEmptyViewSlicesState());
}

/** Every slice back to empty: used by tests. */
export function resetAllSlices(): void {
  useAppStore.setState({ ...getEmptyDatasetState(), ...getEmptyUiState(), ...getEmptyProjectState() });
  resetViewSlices();
}
