import type { StateCreator } from 'zustand';
import type { ProjectSummary } from '../persist/project';

/** The project the loaded data set belongs to; `datasetVersion` ties it to that data set. */
export interface CurrentProject {
  id: string;
  name: string;
  datasetVersion: number;
}

/** Whether the work is kept in this browser: shown in the header, failures as an alert. */
export type SaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'error'; message: string }
  /** Another tab holds this project: this tab does not write it, so neither overwrites the other. */
  | { status: 'elsewhere' };

/** Whether the browser agreed to keep our storage under pressure (`navigator.storage.persist()`). */
export type StoragePersisted = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface ProjectState {
  project: CurrentProject | null;
  /** Projects kept in this browser, most recently saved first. */
  projects: ProjectSummary[];
  saveStatus: SaveStatus;
  /** A storage message the user dismissed: not shown again for every later change. */
  dismissedStorageMessage: string | null;
  storagePersisted: StoragePersisted;
}

export interface ProjectSlice extends ProjectState {
  setSaveStatus: (status: SaveStatus) => void;
  setProjects: (projects: ProjectSummary[]) => void;
  renameCurrentProject: (name: string) => void;
  dismissStorageMessage: (message: string) => void;
  setStoragePersisted: (answer: StoragePersisted) => void;
}

export const getEmptyProjectState = (): ProjectState => ({
  project: null,
  projects: [],
  saveStatus: { status: 'idle' },
  dismissedStorageMessage: null,
  storagePersisted: 'unknown',
});

export const createProjectSlice: StateCreator<ProjectSlice> = (set) => ({
  ...getEmptyProjectState(),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
  setProjects: (projects) => set({ projects }),
  dismissStorageMessage: (dismissedStorageMessage) => set({ dismissedStorageMessage }),
  setStoragePersisted: (storagePersisted) => set({ storagePersisted }),
  renameCurrentProject: (name) => set((state) => (state.project ? { project: { ...state.project, name } } : {})),
});
