import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface UiState {
  /** Which main view covers the canvas area: 'graph' or the id of a table/report view. */
  mainView: string;
}

export interface UiSlice extends UiState {
  showMainView: (id: string) => void;
}

export const getEmptyUiState = (): UiState => ({ mainView: 'graph' });

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ...getEmptyUiState(),
  showMainView: (mainView) => set({ mainView }),
});
