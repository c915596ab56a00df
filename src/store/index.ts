import { create } from 'zustand';
import { createDatasetSlice, getEmptyDatasetState, type DatasetSlice } from './datasetSlice';
import { createSelectionSlice, getEmptySelectionState, type SelectionSlice } from './selectionSlice';
import { createViewSlice, getEmptyViewState, type ViewSlice } from './viewSlice';

export type AppState = DatasetSlice & SelectionSlice & ViewSlice;

/** The one store of the app, made of slices (zustand slices pattern). */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
}));

/** Every slice back to empty: used by tests. */
export function resetAllSlices(): void {
  useAppStore.setState({ ...getEmptyDatasetState(), ...getEmptySelectionState(), view: getEmptyViewState() });
}

/** The view-related slices back to empty: a new data set starts with a fresh view. */
export function resetViewSlices(): void {
  useAppStore.setState({ ...getEmptySelectionState(), view: getEmptyViewState() });
}
