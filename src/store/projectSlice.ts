import type { StateCreator } from 'zustand';
import type { ProjectSummary } from '../persist/project';
import type { AppState } from './index';

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
  | { status: 'error'; message: string };

export interface ProjectState {
  project: CurrentProject | null;
  /** Projects kept in this browser, most recently saved first. */
  projects: ProjectSummary[];
  saveStatus: SaveStatus;
}

export interface ProjectSlice extends ProjectState {
  setSaveStatus: (status: SaveStatus) => void;
  setProjects: (projects: ProjectSummary[]) => void;
  renameCurrentProject: (name: string) => void;
}

export const getEmptyProjectState = (): ProjectState => ({ project: null, projects: [], saveStatus: { status: 'idle' } });

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set) => ({
  ...getEmptyProjectState(),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
  setProjects: (projects) => set({ projects }),
  renameCurrentProject: (name) => set((state) => (state.project ? { project: { ...state.project, name } } : {})),
});
