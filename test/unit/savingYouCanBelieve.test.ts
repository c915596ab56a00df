import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importSources } from '../../src/import/importSources';
import type { Project } from '../../src/persist/project';
import type { ProjectStorage } from '../../src/persist/projectStorage';
import { resetAllSlices, useAppStore } from '../../src/store';
import {
  forgetCurrentProject,
  setProjectLocks,
  setProjectStorage,
  startAutosave,
  storageProblem,
} from '../../src/store/persistence';
import { getEmptyViewState } from '../../src/store/viewSlice';

/** A storage whose writes wait until the test lets them finish, as a busy disk does. */
function slowStorage() {
  const projects = new Map<string, Project>();
  let current: string | undefined;
  const waiting: (() => void)[] = [];
  const storage: ProjectStorage = {
    list: async () => [],
    load: async (id) => projects.get(id),
    save: (project) =>
      new Promise<void>((resolve) =>
        waiting.push(() => {
          projects.set(project.id, project);
          resolve();
        }),
      ),
    remove: async (id) => void projects.delete(id),
    getCurrentId: async () => current,
    setCurrentId: async (id) => {
      current = id ?? undefined;
    },
  };
  const finishWrites = async () => {
    while (waiting.length > 0) {
      waiting.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    }
  };
  return { storage, projects, finishWrites, current: () => current, waiting };
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
const status = () => useAppStore.getState().saveStatus.status;

let slow: ReturnType<typeof slowStorage>;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  resetAllSlices();
  slow = slowStorage();
  setProjectStorage(slow.storage);
  setProjectLocks({ claim: async () => true, release: () => {} });
  stop = startAutosave();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the save status', () => {
  it('stays "Saving…" when a new data set arrives while the previous one is being written', async () => {
    load('id\na\n');
    await vi.advanceTimersByTimeAsync(1000);
    expect(slow.waiting).toHaveLength(1); // the first data set's write is under way
    load('id\nx\ny\n');
    const second = useAppStore.getState().project!.id;
    expect(status()).toBe('saving');
    await slow.finishWrites(); // the earlier write finishes after the new data set arrived
    expect(status()).toBe('saving');
    await vi.advanceTimersByTimeAsync(1000);
    await slow.finishWrites();
    expect(status()).toBe('saved');
    expect(slow.projects.get(second)?.dataset.organisations).toHaveLength(2);
    expect(slow.current()).toBe(second);
  });

  it('warns before the page is left while a change is not written, and not once it is', async () => {
    load('id\na\n');
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leaving()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    await slow.finishWrites();
    expect(status()).toBe('saved');
    expect(leaving()).toBe(false);
  });
});

describe('a project that failed to render', () => {
  it('is no longer the one opened on the next start, even if a write was pending', async () => {
    load('id\na\n');
    await vi.advanceTimersByTimeAsync(1000);
    await slow.finishWrites();
    const failing = useAppStore.getState().project!.id;
    expect(slow.current()).toBe(failing);
    useAppStore.getState().updateView({ layout: 'city' });
    const forgetting = forgetCurrentProject();
    await vi.advanceTimersByTimeAsync(1000);
    await slow.finishWrites();
    await forgetting;
    expect(slow.current()).toBeUndefined();
    // Its last change is still kept in the list.
    expect(slow.projects.get(failing)?.view.layout).toBe('city');
  });
});

describe('two tabs on one project', () => {
  it('the tab that does not hold the project says it is open elsewhere and does not write', async () => {
    setProjectLocks({ claim: async () => false, release: () => {} });
    load('id\na\n');
    await vi.advanceTimersByTimeAsync(1000);
    expect(slow.waiting).toHaveLength(0);
    expect(useAppStore.getState().saveStatus).toEqual({ status: 'elsewhere' });
  });
});

describe('storage problems', () => {
  it.each([
    ['QuotaExceededError', 'storage is full'],
    ['BlockedError', 'another tab'],
    ['SecurityError', 'private window'],
    ['InvalidStateError', 'private window'],
    ['UnavailableError', 'private window'],
    ['UnknownError', 'could not write'],
    ['AbortError', 'could not write'],
  ])('%s says what happened', (name, words) => {
    expect(storageProblem(new DOMException('x', name))).toMatch(new RegExp(words, 'i'));
  });
});
