import type { Dataset, ImportReport } from '../model/types';
import type { Scene } from '../model/scene';
import type { ViewState } from '../model/view';
import { readDataset } from './readDataset';
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Check a stored or opened project and rebuild its data as the app holds it. Anything that is not
 * a project of a version this app reads throws a ProjectError with a message for the user.
 */
export function readProject(value: unknown, source: string): Project {
  if (!isObject(value) || value['format'] !== PROJECT_FORMAT)
    throw new ProjectError(`${source}: this is not a Clusnet Explorer project file.`);
  if (value['version'] !== PROJECT_VERSION)
    throw new ProjectError(
      `${source}: project version ${String(value['version'])} is not supported by this version of the app.`,
    );
  if (!isObject(value['view'])) throw new ProjectError(`${source}: the project has no view.`);
  if (!Array.isArray(value['scenes'])) throw new ProjectError(`${source}: the project's scenes are not a list.`);
  const dataset = readDataset(value['dataset'], source);
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: typeof value['id'] === 'string' && value['id'] !== '' ? value['id'] : newProjectId(),
    name: typeof value['name'] === 'string' && value['name'].trim() !== '' ? value['name'] : dataset.name,
    dataset,
    ...(isObject(value['report']) ? { report: value['report'] as unknown as ImportReport } : {}),
    view: value['view'] as unknown as ViewState,
    scenes: value['scenes'] as Scene[],
    ...('mapping' in value ? { mapping: value['mapping'] } : {}),
    savedAt: typeof value['savedAt'] === 'string' ? value['savedAt'] : new Date(0).toISOString(),
  };
}

/** Parse the text of a project file. */
export function parseProjectFile(text: string, fileName: string): Project {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProjectError(`${fileName}: this is not valid JSON (${(error as Error).message}).`);
  }
  return readProject(value, fileName);
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
