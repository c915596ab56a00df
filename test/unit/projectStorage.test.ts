import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { importSources } from '../../src/import/importSources';
import { indexedDbStorage } from '../../src/persist/projectStorage';
import type { Project } from '../../src/persist/project';
import { getEmptyViewState } from '../../src/model/view';

const encode = (text: string) => new TextEncoder().encode(text);
const { dataset } = importSources([{ name: 'orgs.csv', bytes: encode('id,name\na,Alpha\nb,Beta\nc,Gamma\n') }]);
const project = (id: string, savedAt: string): Project => ({
  format: 'clusnet-project',
  version: 1,
  id,
  name: `Project ${id}`,
  dataset,
  view: { ...getEmptyViewState(), layout: 'concentric' },
  scenes: [],
  savedAt,
});

describe('indexedDbStorage (fake-indexeddb)', () => {
  it('saves, lists newest first, loads, remembers the current project and removes', async () => {
    const storage = indexedDbStorage();
    await storage.save(project('one', '2026-01-01T00:00:00.000Z'));
    await storage.save(project('two', '2026-02-01T00:00:00.000Z'));
    expect(await storage.list()).toEqual([
      { id: 'two', name: 'Project two', savedAt: '2026-02-01T00:00:00.000Z', organisations: 3, ties: 0 },
      { id: 'one', name: 'Project one', savedAt: '2026-01-01T00:00:00.000Z', organisations: 3, ties: 0 },
    ]);
    expect(await storage.load('one')).toEqual(project('one', '2026-01-01T00:00:00.000Z'));
    expect(await storage.getCurrentId()).toBeUndefined();
    await storage.setCurrentId('two');
    expect(await indexedDbStorage().getCurrentId()).toBe('two');
    await storage.remove('two');
    await storage.setCurrentId(null);
    expect((await storage.list()).map((summary) => summary.id)).toEqual(['one']);
    expect(await storage.load('two')).toBeUndefined();
    expect(await storage.getCurrentId()).toBeUndefined();
  });

  it('rewrites the data set only when it changed, so a view change stays a small write', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const datasetPuts = () => put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'datasets').length;
    const storage = indexedDbStorage();
    const first = project('three', '2026-03-01T00:00:00.000Z');
    await storage.save(first);
    await storage.save({ ...first, view: { ...first.view, layout: 'city' } });
    expect(datasetPuts()).toBe(1);
    expect((await storage.load('three'))?.view.layout).toBe('city');
    const bigger = {
      ...dataset,
      organisations: [...dataset.organisations, { id: 'd', name: 'Delta', attributes: Object.create(null) }],
    };
    await storage.save({ ...first, dataset: bigger });
    expect(datasetPuts()).toBe(2);
    expect((await indexedDbStorage().load('three'))?.dataset.organisations.map((org) => org.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    put.mockRestore();
  });
});

describe('indexedDbStorage when another tab needs the database', () => {
  it('steps aside for a newer version instead of blocking it, and refuses clearly when it is blocked itself', async () => {
    const name = 'clusnet-explorer';
    const storage = indexedDbStorage();
    await storage.save(project('four', '2026-04-01T00:00:00.000Z'));
    // A newer app in another tab opens version 2: our open connection must let it through.
    const newer = await new Promise<IDBDatabase | 'blocked'>((resolve) => {
      const request = indexedDB.open(name, 2);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => resolve(request.result);
    });
    expect(newer).not.toBe('blocked');
    // That newer tab keeps version 2 open and does not step aside: we say so instead of hanging.
    const older = indexedDbStorage();
    await expect(older.list()).rejects.toMatchObject({ name: expect.stringMatching(/VersionError|BlockedError/) });
    (newer as IDBDatabase).close();
  });
});
