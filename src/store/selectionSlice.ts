import type { StateCreator } from 'zustand';

export interface SelectionState {
  /** The organisation shown in the inspector. */
  selectedId: string | null;
}

export interface SelectionSlice extends SelectionState {
  selectOrganisation: (id: string | null) => void;
}

export const getEmptySelectionState = (): SelectionState => ({ selectedId: null });

export const createSelectionSlice: StateCreator<SelectionSlice> = (set) => ({
  ...getEmptySelectionState(),
  selectOrganisation: (selectedId) => set({ selectedId }),
});
