import type { StateCreator } from 'zustand';
import type { DatasetSlice } from './datasetSlice';
import type { TablePlan } from '../import/tableMapping';

/** What the user chose about references and duplicates; applied by re-importing the same files. */
export interface ImportSettings {
  dropUnknownTies: boolean;
  mergeDuplicateTies: boolean;
  /** Accepted near-duplicate merges: [id that disappears, id it merges into]. */
  acceptedMerges: [string, string][];
}

export type { EntrySortKey as ReportSortKey } from '../export/reportCsv';
import type { EntrySortKey as ReportSortKey } from '../export/reportCsv';

export interface ImportUiState {
  /** Tables waiting for the user to confirm their columns (the mapping step), or null. */
  pendingMapping: TablePlan[] | null;
  importSettings: ImportSettings;
  reportSort: ReportSortKey;
  pasteOpen: boolean;
  /** The data set version whose import notice the user dismissed. */
  noticeDismissed: number;
}

export interface ImportSlice extends ImportUiState {
  setPendingMapping: (plans: TablePlan[] | null) => void;
  setImportSettings: (change: Partial<ImportSettings>) => void;
  setReportSort: (key: ReportSortKey) => void;
  setPasteOpen: (open: boolean) => void;
  dismissImportNotice: () => void;
}

export const getEmptyImportState = (): ImportUiState => ({
  pendingMapping: null,
  importSettings: { dropUnknownTies: false, mergeDuplicateTies: false, acceptedMerges: [] },
  reportSort: 'kind',
  pasteOpen: false,
  noticeDismissed: 0,
});

export const createImportSlice: StateCreator<
  ImportSlice & Pick<DatasetSlice, 'datasetVersion'>,
  [],
  [],
  ImportSlice
> = (set) => ({
  ...getEmptyImportState(),
  setPendingMapping: (pendingMapping) => set({ pendingMapping }),
  setImportSettings: (change) => set((state) => ({ importSettings: { ...state.importSettings, ...change } })),
  setReportSort: (reportSort) => set({ reportSort }),
  setPasteOpen: (pasteOpen) => set({ pasteOpen }),
  dismissImportNotice: () => set((state) => ({ noticeDismissed: state.datasetVersion })),
});
