import type { StateCreator } from 'zustand';
import type { Dataset, ImportReport } from '../model/types';

/** Status of the current import: idle, loading with progress, or failed with a message. */
export type ImportStatus =
  { status: 'idle' } | { status: 'loading'; progress: number; label: string } | { status: 'error'; message: string };

export interface DatasetState {
  dataset: Dataset | null;
  report: ImportReport | null;
  importStatus: ImportStatus;
  /** Increases with every data set loaded: views keyed on it start afresh. */
  datasetVersion: number;
}

export interface DatasetSlice extends DatasetState {
  setDataset: (dataset: Dataset, report: ImportReport) => void;
  setImportStatus: (status: ImportStatus) => void;
}

export const getEmptyDatasetState = (): DatasetState => ({
  dataset: null,
  report: null,
  importStatus: { status: 'idle' },
  datasetVersion: 0,
});

export const createDatasetSlice: StateCreator<DatasetSlice> = (set) => ({
  ...getEmptyDatasetState(),
  setDataset: (dataset, report) => set((state) => ({ dataset, report, datasetVersion: state.datasetVersion + 1 })),
  setImportStatus: (importStatus) => set({ importStatus }),
});
