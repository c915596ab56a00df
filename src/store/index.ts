import { create } from 'zustand';
import { createAnalysisSlice, getEmptyAnalysisState, type AnalysisSlice } from './analysisSlice';
import { createImportSlice, getEmptyImportState, type ImportSlice } from './importSlice';
import { createDatasetSlice, getEmptyDatasetState, type DatasetSlice } from './datasetSlice';
import { createRolesSlice, getEmptyRolesState, type RolesSlice } from './rolesSlice';
import { createSelectionSlice, getEmptySelectionState, type SelectionSlice } from './selectionSlice';
import { createUiSlice, getEmptyUiState, type UiSlice } from './uiSlice';
import { createViewSlice, getEmptyViewHistory, getEmptyViewState, type ViewSlice } from './viewSlice';

export type AppState = DatasetSlice & SelectionSlice & ViewSlice & AnalysisSlice & UiSlice & ImportSlice & RolesSlice;

/** The one store of the app, made of slices (zustand slices pattern). */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createAnalysisSlice(...args),
  ...createUiSlice(...args),
  ...createImportSlice(...args),
  ...createRolesSlice(...args),
}));

/** Everything that belongs to one data set (view, selection, analysis) back to empty. */
export function resetViewSlices(): void {
  useAppStore.setState({ ...getEmptySelectionState(), view: getEmptyViewState(), viewHistory: getEmptyViewHistory(), ...getEmptyAnalysisState() });
}

/** Every slice back to empty: used by tests. */
export function resetAllSlices(): void {
  useAppStore.setState({ ...getEmptyDatasetState(), ...getEmptyUiState(), ...getEmptyImportState(), ...getEmptyRolesState() });
  resetViewSlices();
}
