import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset } from '../model/types';
import { summariseProject, type Project, type ProjectSummary } from './project';
import { readProject } from './restore';

/**
 * Where projects are kept. The app uses IndexedDB; tests and browsers without storage can pass
 * another implementation (the interface is all the rest of the app knows).
 */
export interface ProjectStorage {
  list(): Promise<ProjectSummary[]>;
  load(id: string): Promise<Project | undefined>;
  save(project: Project): Promise<void>;
  remove(id: string): Promise<void>;
  /** The project the app opens on the next start. */
  getCurrentId(): Promise<string | undefined>;
  setCurrentId(id: string | null): Promise<void>;
}

/** A project as stored: its data set lives apart, written only when it changed. */
type StoredProject = Omit<Project, 'dataset'>;

interface ClusnetDb extends DBSchema {
  projects: { key: string; value: StoredProject };
  /** Data sets by project id: a view change rewrites a few hundred bytes, not the whole data. */
  datasets: { key: string; value: Dataset };
  /** Summaries apart from the data, so the Projects list never loads every data set. */
  summaries: { key: string; value: ProjectSummary };
  meta: { key: string; value: string };
}

const DB_NAME = 'clusnet-explorer';
const CURRENT = 'current-project';

/**
 * The IndexedDB store of projects (via `idb`, a thin promise wrapper over the browser's
 * IndexedDB; unit tests install fake-indexeddb's globals).
 */
export function indexedDbStorage(): ProjectStorage {
  let db: Promise<IDBPDatabase<ClusnetDb>> | null = null;
  // The data set last written for a project: autosave after a view change skips rewriting it.
  let written: { id: string; dataset: Dataset } | null = null;
  /** A storage error with a name the UI tells apart (see storageProblem). */
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });
  const open = () => {
    if (typeof indexedDB === 'undefined')
      return Promise.reject(named('UnavailableError', 'IndexedDB is not available in this browser.'));
    db ??= new Promise<IDBPDatabase<ClusnetDb>>((resolve, reject) => {
      let gaveUp = false;
      const opening = openDB<ClusnetDb>(DB_NAME, 1, {
        upgrade(database) {
          database.createObjectStore('projects', { keyPath: 'id' });
          database.createObjectStore('datasets');
          database.createObjectStore('summaries', { keyPath: 'id' });
          database.createObjectStore('meta');
        },
        // Another tab holds an older version open: say so now instead of waiting for ever.
        blocked() {
          gaveUp = true;
          reject(named('BlockedError', 'Another tab holds the storage open.'));
        },
        // A newer version of the app opened in another tab: let it upgrade; reopen on the next call.
        blocking() {
          void opening.then((database) => database.close());
          db = null;
        },
        // The browser closed the connection (storage cleared, disk trouble): reopen on the next call.
        terminated() {
          db = null;
        },
      });
      opening.then(
        (database) => (gaveUp ? database.close() : resolve(database)),
        (error: unknown) => reject(error instanceof Error ? error : named('UnknownError', String(error))),
      );
    });
    // A failed open (private window, storage disabled, blocked) is retried on the next call.
    db.catch(() => {
      db = null;
    });
    return db;
  };
  return {
    async list() {
      const summaries = await (await open()).getAll('summaries');
      return summaries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async load(id) {
      const database = await open();
      const [stored, dataset] = await Promise.all([database.get('projects', id), database.get('datasets', id)]);
      if (stored === undefined) return undefined;
      const project = readProject({ ...stored, dataset }, 'Saved project');
      written = { id, dataset: project.dataset };
      return project;
    },
    async save(project) {
      const { dataset, ...rest } = project;
      const writeDataset = written?.id !== project.id || written.dataset !== dataset;
      const transaction = (await open()).transaction(['projects', 'datasets', 'summaries'], 'readwrite');
      await Promise.all([
        transaction.objectStore('projects').put(rest),
        writeDataset ? transaction.objectStore('datasets').put(dataset, project.id) : undefined,
        transaction.objectStore('summaries').put(summariseProject(project)),
        transaction.done,
      ]);
      written = { id: project.id, dataset };
    },
    async remove(id) {
      const transaction = (await open()).transaction(['projects', 'datasets', 'summaries'], 'readwrite');
      await Promise.all([
        transaction.objectStore('projects').delete(id),
        transaction.objectStore('datasets').delete(id),
        transaction.objectStore('summaries').delete(id),
        transaction.done,
      ]);
      if (written?.id === id) written = null;
    },
    async getCurrentId() {
      return (await open()).get('meta', CURRENT);
    },
    async setCurrentId(id) {
      const database = await open();
      await (id === null ? database.delete('meta', CURRENT) : database.put('meta', id, CURRENT));
    },
  };
}
