import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from '../persist/project';
import { indexedDbStorage, type ProjectStorage } from '../persist/projectStorage';
import { newProjectId } from '../persist/project';
import { getEmptyViewState } from './viewSlice';
import { markPerf } from '../perf';
import { webLocks, type ProjectLocks } from './projectLocks';
import { storageProblem } from './storageProblem';
import { getEmptyViewSlicesState, useAppStore, type AppState } from './index';

export { storageProblem };

/** Quiet time after the last change before the work is written to IndexedDB. */
const SAVE_DELAY_MS = 400;

let storage: ProjectStorage = indexedDbStorage();
let locks: ProjectLocks = webLocks();
let timer: ReturnType<typeof setTimeout> | null = null;
let restoring: Promise<boolean> | null = null;
/** Writes run one after another, so that an older write never lands after a newer one. */
let queue: Promise<void> = Promise.resolve();
let writesInFlight = 0;
/** Counts changes: a write may only say "Saved" when no change came after its snapshot. */
let changes = 0;
/** Projects that failed to render: kept in the list, never again made the one opened on start. */
const forgotten = new Set<string>();
let persistenceAsked = false;

/** Use another storage (tests; a browser without IndexedDB). */
export function setProjectStorage(next: ProjectStorage): void {
  storage = next;
  restoring = null;
}

/** Use other locks (tests). */
export function setProjectLocks(next: ProjectLocks): void {
  locks = next;
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

/** Ask the browser once not to evict our storage under pressure, and say what it answered. */
function askForPersistence(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  const persist = typeof navigator === 'undefined' ? undefined : navigator.storage?.persist?.bind(navigator.storage);
  if (!persist) return useAppStore.getState().setStoragePersisted('unsupported');
  persist().then(
    (granted) => useAppStore.getState().setStoragePersisted(granted ? 'granted' : 'denied'),
    () => useAppStore.getState().setStoragePersisted('denied'),
  );
}

/** One write, run in its turn. */
async function write(project: Project, background: boolean, generation: number): Promise<void> {
  const { setSaveStatus, setProjects } = useAppStore.getState();
  try {
    if (!(await locks.claim(project.id))) {
      if (!background) setSaveStatus({ status: 'elsewhere' });
      return;
    }
    markPerf('save-start');
    await storage.save(project);
    markPerf('save-end');
    if (!background && !forgotten.has(project.id)) {
      await storage.setCurrentId(project.id);
      // A change made while this was written is not in it: the status stays "Saving…" until it is.
      if (generation === changes && timer === null) setSaveStatus({ status: 'saved', at: project.savedAt });
      askForPersistence();
    }
    setProjects(await storage.list());
  } catch (error) {
    setSaveStatus({ status: 'error', message: storageProblem(error) });
  }
}

/** Queue a step after the writes before it; failures are reported inside the step. */
function enqueue(step: () => Promise<void>): Promise<void> {
  writesInFlight += 1;
  queue = queue.then(step).finally(() => {
    writesInFlight -= 1;
  });
  return queue;
}

/**
 * Write a project and make it the one to open next time; a failure becomes a visible message.
 * `{ background: true }` keeps the last changes of a project the user has just left: it is not
 * made current and does not speak for the save status of the project now open.
 */
export function writeProject(project: Project, { background = false } = {}): Promise<void> {
  if (!background) useAppStore.getState().setSaveStatus({ status: 'saving' });
  const generation = changes;
  return enqueue(() => write(project, background, generation));
}

function flushPending(state: AppState, options?: { background: boolean }): void {
  if (timer === null) return;
  clearTimeout(timer);
  timer = null;
  const project = snapshotProject(state);
  if (project) void writeProject(project, options);
}

/** Drop a write that has not happened yet (the project is being deleted). */
export function cancelPendingSave(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/** True while a change is not yet written: leaving the page now would lose it. */
export const hasUnsavedWork = (): boolean => timer !== null || writesInFlight > 0;

/**
 * The open project failed to render: keep its last changes in the list, but do not open it on the
 * next start (else every reload would fail the same way).
 */
export function forgetCurrentProject(): Promise<void> {
  const state = useAppStore.getState();
  const id = state.project?.id;
  if (id === undefined) return Promise.resolve();
  forgotten.add(id);
  flushPending(state, { background: true });
  return enqueue(async () => {
    try {
      await storage.setCurrentId(null);
    } catch {
      // Storage unavailable: nothing is opened on the next start anyway.
    }
  });
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
    changes += 1;
    const previousPending = timer !== null;
    cancelPendingSave();
    useAppStore.setState({
      project: { id: newProjectId(), name: state.dataset.name, datasetVersion: state.datasetVersion },
    });
    const last = previousPending ? snapshotProject(previous) : null;
    if (last) void writeProject(last, { background: true });
    return;
  }
  const switched = previous.project && state.project && previous.project.id !== state.project.id;
  if (switched) {
    flushPending(previous, { background: true });
    const left = previous.project!.id;
    void enqueue(async () => locks.release(left));
  }
  if (!WATCHED.some((key) => state[key] !== previous[key])) return;
  changes += 1;
  // Say at once that a change is not yet kept, so nobody reloads believing it is.
  const shown = state.saveStatus.status;
  if (switched || (shown !== 'saving' && shown !== 'error' && shown !== 'elsewhere'))
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
  // A reload or a closed tab while a change is unwritten: start the write and ask the browser to warn.
  const warnOnLeave = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedWork()) return;
    flushPending(useAppStore.getState());
    event.preventDefault();
    event.returnValue = '';
  };
  document.addEventListener('visibilitychange', flushOnHide);
  window.addEventListener('beforeunload', warnOnLeave);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', flushOnHide);
    window.removeEventListener('beforeunload', warnOnLeave);
  };
}

/** Put a project's data set, view and scenes in the store, in one update. */
export function applyProject(project: Project): void {
  // Opened on purpose: it may be the one opened on the next start again.
  forgotten.delete(project.id);
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
