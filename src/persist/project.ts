import type { Dataset, ImportReport } from '../model/types';
import type { Scene } from '../model/scene';
import type { ViewState } from '../model/view';
import { ProjectError } from './ProjectError';

export { ProjectError };

export const PROJECT_FORMAT = 'clusnet-project';
export const PROJECT_VERSION = 1;
/** What a saved project file ends with (the app still opens any file name). */
export const PROJECT_FILE_SUFFIX = '.clusnet.json';

/**
 * One kept piece of work: the data set, how it was read, the view and the scenes. The same
 * object is stored in IndexedDB and written to a project file.
 */
export interface Project {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  /** Stable id of the project in this browser's list. */
  id: string;
  /** Shown in the Projects list; starts as the data set's name. */
  name: string;
  dataset: Dataset;
  report?: ImportReport;
  view: ViewState;
  scenes: Scene[];
  /** The confirmed column mapping of the import, when the importer records one. */
  mapping?: unknown;
  /** ISO 8601 time of the last save. */
  savedAt: string;
}

/** A line of the Projects list, kept apart from the data so the list opens quickly. */
export interface ProjectSummary {
  id: string;
  name: string;
  savedAt: string;
  organisations: number;
  ties: number;
}

export const summariseProject = (project: Project): ProjectSummary => ({
  id: project.id,
  name: project.name,
  savedAt: project.savedAt,
  organisations: project.dataset.organisations.length,
  ties: project.dataset.ties.length,
});

/** The text of a project file: pretty JSON, so that it diffs and reads by hand. */
export function serialiseProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** A fresh, unguessable-enough id for a project in this browser. */
export function newProjectId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** File name for a project: its name made safe for file systems, plus the suffix. */
export function projectFileName(project: Pick<Project, 'name'>): string {
  const base = project.name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || 'project'}${PROJECT_FILE_SUFFIX}`;
}
