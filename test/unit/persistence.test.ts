import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importSources } from '../../src/import/importSources';
import type { Project, ProjectSummary } from '../../src/persist/project';
import { summariseProject } from '../../src/persist/project';
import type { ProjectStorage } from '../../src/persist/projectStorage';
import { resetAllSlices, useAppStore } from '../../src/store';
import { applyProject, restoreSavedWork, setProjectStorage, startAutosave } from '../../src/store/persistence';
import { getEmptyViewState } from '../../src/model/view';

/** An in-memory storage that records writes, and can be told to fail like a full disk. */
function memoryStorage() {
  const projects = new Map<string, Project>();
  let current: string | undefined;
  const state = { failWith: null as string | null, writes: [] as Project[] };
  const fail = () => {
    if (state.failWith) throw new DOMException('full', state.failWith);
  };
  const storage: ProjectStorage = {
    list: async () =>
      [...projects.values()]
        .map(summariseProject)
        .sort((a: ProjectSummary, b: ProjectSummary) => b.savedAt.localeCompare(a.savedAt)),
    load: async (id) => projects.get(id),
    save: async (project) => {
      fail();
      state.writes.push(project);
      projects.set(project.id, structuredClone(project));
    },
    remove: async (id) => void projects.delete(id),
    getCurrentId: async () => current,
    setCurrentId: async (id) => {
      current = id ?? undefined;
    },
  };
  return { storage, projects, state, current: () => current };
}

const encode = (text: string) => new TextEncoder().encode(text);
const load = (orgs: string) => {
  const { dataset, report } = importSources([{ name: `${orgs.length}.csv`, bytes: encode(orgs) }]);
  useAppStore.setState((state) => ({
    dataset,
    report,
    datasetVersion: state.datasetVersion + 1,
    view: getEmptyViewState(),
    scenes: [],
  }));
};

let memory: ReturnType<typeof memoryStorage>;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  resetAllSlices();
  memory = memoryStorage();
  setProjectStorage(memory.storage);
  stop = startAutosave();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

const settle = async () => {
  await vi.advanceTimersByTimeAsync(1000);
};

describe('autosave', () => {
  it('keeps a newly loaded data set as a new project and its view changes in it', async () => {
    load('id,name\na,Alpha\nb,Beta\n');
    await settle();
    const first = useAppStore.getState().project!;
    expect(memory.current()).toBe(first.id);
    useAppStore.getState().updateView({ layout: 'concentric' });
    useAppStore.getState().updateView({ groupBy: 'city' });
    await settle();
    expect(memory.projects.get(first.id)?.view).toMatchObject({ layout: 'concentric', groupBy: 'city' });
    expect(useAppStore.getState().saveStatus.status).toBe('saved');
    expect(useAppStore.getState().projects.map((p) => p.id)).toEqual([first.id]);
  });

  it('writes the last changes of the old project before a new data set replaces it', async () => {
    load('id\na\n');
    await settle();
    const first = useAppStore.getState().project!.id;
    useAppStore.getState().updateView({ layout: 'city' });
    load('id\nx\ny\nz\n');
    await settle();
    expect(memory.projects.get(first)?.view.layout).toBe('city');
    expect(memory.projects.get(first)?.dataset.organisations).toHaveLength(1);
    const second = useAppStore.getState().project!.id;
    expect(second).not.toBe(first);
    expect(memory.projects.get(second)?.dataset.organisations).toHaveLength(3);
    expect(memory.current()).toBe(second);
  });

  it('says so when storage is full, and keeps what is loaded', async () => {
    memory.state.failWith = 'QuotaExceededError';
    load('id\na\nb\n');
    await settle();
    const status = useAppStore.getState().saveStatus;
    expect(status).toEqual({ status: 'error', message: expect.stringContaining('storage is full') });
    expect(useAppStore.getState().dataset?.organisations).toHaveLength(2);
  });
});

describe('restoreSavedWork', () => {
  it('restores the current project with its view and scenes, or answers false', async () => {
    expect(await restoreSavedWork()).toBe(false);
    load('id,name\na,Alpha\nb,Beta\n');
    useAppStore.getState().updateView({ layout: 'concentric', hiddenCategories: ['Firm'] });
    await settle();
    const saved = memory.projects.get(useAppStore.getState().project!.id)!;
    resetAllSlices();
    setProjectStorage(memory.storage);
    expect(await restoreSavedWork()).toBe(true);
    const state = useAppStore.getState();
    expect(state.dataset).toEqual(saved.dataset);
    expect(state.view).toEqual(saved.view);
    expect(state.project?.id).toBe(saved.id);
  });

  it('a project opened in place of another keeps the other one’s last change', async () => {
    load('id\na\n');
    await settle();
    const first = useAppStore.getState().project!.id;
    const other: Project = {
      ...memory.projects.get(first)!,
      id: 'other',
      name: 'Other',
      view: { ...getEmptyViewState(), layout: 'geographic' },
    };
    useAppStore.getState().updateView({ layout: 'city' });
    applyProject(other);
    await settle();
    expect(memory.projects.get(first)?.view.layout).toBe('city');
    expect(useAppStore.getState().view.layout).toBe('geographic');
    expect(memory.current()).toBe('other');
  });
});
