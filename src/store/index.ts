import { create } from 'zustand';
import { createAnalysisSlice, getEmptyAnalysisState, type AnalysisSlice } from './analysisSlice';
import { createImportSlice, getEmptyImportState, type ImportSlice } from './importSlice';
import { createDatasetSlice, getEmptyDatasetState, type DatasetSlice } from './datasetSlice';
import { createRolesSlice, getEmptyRolesState, type RolesSlice } from './rolesSlice';
import { createSelectionSlice, getEmptySelectionState, type SelectionSlice } from './selectionSlice';
import { createUiSlice, getEmptyUiState, type UiSlice } from './uiSlice';
import { createViewSlice, getEmptyViewHistory, getEmptyViewState, type ViewSlice } from './viewSlice';
import { createScenesSlice, getEmptyScenesState, type ScenesSlice } from './scenesSlice';
import { createProjectSlice, getEmptyProjectState, type ProjectSlice } from './projectSlice';

import { createPresentationSlice, getEmptyPresentationState, type PresentationSlice } from './presentationSlice';

export type AppState = DatasetSlice &
  SelectionSlice &
  ViewSlice &
  AnalysisSlice &
  UiSlice &
  ImportSlice &
  RolesSlice &
  ScenesSlice &
  ProjectSlice &
  PresentationSlice;

/** The one store of the app, made of slices (zustand slices pattern). */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createAnalysisSlice(...args),
  ...createUiSlice(...args),
  ...createImportSlice(...args),
  ...createRolesSlice(...args),
  ...createScenesSlice(...args),
  ...createProjectSlice(...args),
  ...createPresentationSlice(...args),
}));

/** Empty state of everything that belongs to one data set (view, selection, analysis, scenes). */
export const getEmptyViewSlicesState = () => ({
  ...getEmptySelectionState(),
  view: getEmptyViewState(),
  viewHistory: getEmptyViewHistory(),
  ...getEmptyAnalysisState(),
  // Scenes name organisations by id: they belong to the data set they were made on.
  ...getEmptyScenesState(),
  ...getEmptyPresentationState(),
});

/** Everything that belongs to one data set back to empty. */
export function resetViewSlices(): void {
  useAppStore.setState(getEmptyViewSlicesState());
}

/** Every slice back to empty: used by tests. */
export function resetAllSlices(): void {
  useAppStore.setState({
    ...getEmptyDatasetState(),
    ...getEmptyUiState(),
    ...getEmptyImportState(),
    ...getEmptyRolesState(),
    ...getEmptyProjectState(),
  });
  resetViewSlices();
}
