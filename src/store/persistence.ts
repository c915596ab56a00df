import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from '../persist/project';
import { indexedDbStorage, type ProjectStorage } from '../persist/projectStorage';
import { newProjectId } from '../persist/project';
import { getEmptyViewState } from './viewSlice';
import { markPerf } from '../perf';
import { getEmptyViewSlicesState, useAppStore, type AppState } from './index';

/** Quiet time after the last change before the work is written to IndexedDB. */
const SAVE_DELAY_MS = 400;

let storage: ProjectStorage = indexedDbStorage();
let timer: ReturnType<typeof setTimeout> | null = null;
let restoring: Promise<boolean> | null = null;

/** Use another storage (tests; a browser without IndexedDB). */
export function setProjectStorage(next: ProjectStorage): void {
  storage = next;
  restoring = null;
}

export const projectStorage = (): ProjectStorage => storage;

/** The loaded work as a project, or null when nothing is loaded or it has no project yet. */
export function snapshotProject(state: AppState): Project | null {
  const { dataset, project } = state;
  if (!dataset || !project || project.datasetVersion !== state.datasetVersion) return null;
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: project.id,
    name: project.name,
    dataset,
    ...(state.report ? { report: state.report } : {}),
    view: state.view,
    scenes: state.scenes,
    savedAt: new Date().toISOString(),
  };
}

/** A message the user can act on, for a failed write or an unavailable storage. */
export function storageProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage is full, so this work is not saved in the browser. Use Projects → Save project to keep it in a file, or delete old projects.';
  }
  return 'This browser does not let the app keep your work (a private window, or storage turned off): it stays only until you close the page. Use Projects → Save project to keep it in a file.';
}

/**
 * Write a project and make it the one to open next time; a failure becomes a visible message.
 * `{ background: true }` keeps the last changes of a project the user has just left: it is not
 * made current and does not speak for the save status of the project now open.
 */
export async function writeProject(project: Project, { background = false } = {}): Promise<void> {
  const { setSaveStatus, setProjects } = useAppStore.getState();
  if (!background) setSaveStatus({ status: 'saving' });
  try {
    markPerf('save-start');
    await storage.save(project);
    markPerf('save-end');
    if (!background) {
      await storage.setCurrentId(project.id);
      setSaveStatus({ status: 'saved', at: project.savedAt });
    }
    setProjects(await storage.list());
  } catch (error) {
    setSaveStatus({ status: 'error', message: storageProblem(error) });
  }
}

function flushPending(state: AppState): void {
  if (timer === null) return;
  clearTimeout(timer);
  timer = null;
  const project = snapshotProject(state);
  if (project) void writeProject(project);
}

/** Drop a write that has not happened yet (the project is being deleted). */
export function cancelPendingSave(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

const WATCHED = ['dataset', 'report', 'view', 'scenes', 'project'] as const;

function onStoreChange(_notified: AppState, previous: AppState): void {
  // Another listener may have updated the store inside this same notification (zustand then calls
  // the remaining listeners with the older state): decide on the current state, or one new data
  // set could start two projects.
  const state = useAppStore.getState();
  if (state.dataset && state.datasetVersion !== state.project?.datasetVersion) {
    // A new data set was loaded: start a new project first, then keep the previous project's last
    // changes (writing reports its status through the store, which re-enters this listener).
    const previousPending = timer !== null;
    cancelPendingSave();
    useAppStore.setState({
      project: { id: newProjectId(), name: state.dataset.name, datasetVersion: state.datasetVersion },
    });
    const last = previousPending ? snapshotProject(previous) : null;
    if (last) void writeProject(last, { background: true });
    return;
  }
  if (previous.project && state.project && previous.project.id !== state.project.id) flushPending(previous);
  if (!WATCHED.some((key) => state[key] !== previous[key])) return;
  // Say at once that a change is not yet kept, so nobody reloads believing it is.
  if (state.saveStatus.status !== 'saving' && state.saveStatus.status !== 'error')
    state.setSaveStatus({ status: 'saving' });
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    const project = snapshotProject(useAppStore.getState());
    if (project) void writeProject(project);
  }, SAVE_DELAY_MS);
}

/** Save the work automatically after every change; returns the function that stops it. */
export function startAutosave(): () => void {
  const unsubscribe = useAppStore.subscribe(onStoreChange);
  const flushOnHide = () => {
    if (document.visibilityState === 'hidden') flushPending(useAppStore.getState());
  };
  document.addEventListener('visibilitychange', flushOnHide);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', flushOnHide);
  };
}

/** Put a project's data set, view and scenes in the store, in one update. */
export function applyProject(project: Project): void {
  useAppStore.setState((state) => ({
    ...getEmptyViewSlicesState(),
    dataset: project.dataset,
    report: project.report ?? { files: [], entries: [] },
    datasetVersion: state.datasetVersion + 1,
    // Fields added to the view since the project was saved take their defaults.
    view: { ...getEmptyViewState(), ...project.view },
    scenes: project.scenes,
    project: { id: project.id, name: project.name, datasetVersion: state.datasetVersion + 1 },
    importStatus: { status: 'idle' },
  }));
}

/**
 * Start-up restore: the project open when the page was last used, from IndexedDB. Resolves false
 * when there is none (first visit) or storage is unavailable; the caller then loads the demo.
 * Order on start-up (see README): this first, then the view in the URL hash, when present, wins.
 */
export function restoreSavedWork(): Promise<boolean> {
  restoring ??= (async () => {
    try {
      const id = await storage.getCurrentId();
      const project = id === undefined ? undefined : await storage.load(id);
      useAppStore.getState().setProjects(await storage.list());
      if (!project) return false;
      applyProject(project);
      return true;
    } catch (error) {
      useAppStore.getState().setSaveStatus({ status: 'error', message: storageProblem(error) });
      return false;
    }
  })();
  return restoring;
}
