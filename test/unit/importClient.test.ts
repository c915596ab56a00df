import { beforeEach, describe, expect, it } from 'vitest';
import { ImportCancelled, runImportIn } from '../../src/workers/importClient';
import { importOrAsk, MAX_FILE_BYTES, type SourceFile } from '../../src/import/importSources';
import type { ImportMessage } from '../../src/workers/protocol';
import { resetAllSlices, useAppStore } from '../../src/store';
import { cancelImport, importBrowserFiles } from '../../src/store/importActions';

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (name: string, text: string): SourceFile => ({ name, bytes: encode(text) });
const TIES = 'source,target\nA,B\n';

/** A stand-in for a Web Worker: records what it is sent; the test plays the worker's side. */
class FakeWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: { message: unknown; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  say(message: ImportMessage) {
    this.onmessage?.({ data: message } as MessageEvent<ImportMessage>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

const start = () => {
  const worker = new FakeWorker();
  return { worker, start: () => worker as unknown as Worker };
};

describe('import worker client', () => {
  it('sends the request only once the worker runs, moving the bytes rather than copying them', () => {
    const { worker, start: begin } = start();
    const file = csv('ties.csv', TIES);
    void runImportIn(begin, [file], { transferFiles: true });
    expect(worker.posted).toEqual([]);
    worker.say({ type: 'ready' });
    expect(worker.posted).toHaveLength(1);
    expect(worker.posted[0]!.transfer).toEqual([file.bytes.buffer]);
  });

  it('falls back to the main thread when the worker cannot start, with the bytes intact', async () => {
    const { worker, start: begin } = start();
    const file = csv('ties.csv', TIES);
    const running = runImportIn(begin, [file], { transferFiles: true });
    worker.fail('could not load the worker script');
    const outcome = await running;
    expect(outcome.kind).toBe('done');
    if (outcome.kind === 'done') expect(outcome.result.dataset.ties).toHaveLength(1);
    expect(worker.posted).toEqual([]);
  });

  it('reports a worker that fails after it started, without running again on the main thread', async () => {
    const { worker, start: begin } = start();
    const running = runImportIn(begin, [csv('ties.csv', TIES)], {});
    worker.say({ type: 'ready' });
    worker.say({ type: 'progress', fraction: 0.3 });
    worker.fail('out of memory');
    await expect(running).rejects.toThrow('The import stopped: out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('passes a user-facing failure on and puts the returned bytes back in the file', async () => {
    const { worker, start: begin } = start();
    const file = csv('ties.csv', TIES);
    const running = runImportIn(begin, [file], { transferFiles: true });
    worker.say({ type: 'ready' });
    const returned = encode(TIES);
    worker.say({ type: 'failed', message: 'ties.csv: broken', userFacing: true, bytes: [returned] });
    await expect(running).rejects.toThrow('ties.csv: broken');
    expect(file.bytes).toBe(returned);
  });

  it('cancels: the worker ends and the promise says so', async () => {
    const { worker, start: begin } = start();
    const controller = new AbortController();
    const running = runImportIn(begin, [csv('ties.csv', TIES)], { signal: controller.signal });
    worker.say({ type: 'ready' });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.terminated).toBe(true);
  });
});

describe('companion files', () => {
  // Bytes that cannot be read: reading them would throw.
  const unreadable: SourceFile = { name: 'old.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) };
  it('are not read again for a file that stands on its own', () => {
    const json = csv('graph.json', '{"organisations":[{"id":"a"}],"ties":[{"source":"a","target":"a"}]}');
    expect(importOrAsk([json], { companions: [unreadable] }).kind).toBe('done');
  });
  it('are read for a ties file that they may complete', () => {
    expect(() => importOrAsk([csv('ties.csv', TIES)], { companions: [unreadable] })).toThrow('old.csv');
  });
});

/** A browser File whose bytes arrive when the test says. */
function slowFile(name: string, text: string, size = encode(text).length) {
  let release = () => undefined as void;
  let reads = 0;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const file = {
    name,
    size,
    arrayBuffer: async () => {
      reads++;
      await ready;
      return encode(text).buffer;
    },
  } as unknown as File;
  return { file, release, reads: () => reads };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('choosing files', () => {
  beforeEach(() => resetAllSlices());

  it('refuses a file over the limit before reading it, naming the file and the limit', async () => {
    const big = slowFile('huge.csv', TIES, MAX_FILE_BYTES + 1);
    await importBrowserFiles([big.file]);
    expect(big.reads()).toBe(0);
    expect(useAppStore.getState().importStatus).toEqual({
      status: 'error',
      message: `huge.csv: the file is 250 MB; the limit is 250 MB.`,
    });
  });

  it('a second file chosen while the first is still read wins; the first says nothing', async () => {
    const first = slowFile('first.csv', 'source,target\nA,B\n');
    const second = slowFile('second.csv', 'source,target\nC,D\nD,E\n');
    const one = importBrowserFiles([first.file]);
    expect(useAppStore.getState().importStatus).toMatchObject({ status: 'loading', label: 'Reading first.csv' });
    const two = importBrowserFiles([second.file]);
    expect(useAppStore.getState().importStatus).toMatchObject({ status: 'loading', label: 'Reading second.csv' });
    second.release();
    await two;
    first.release();
    await one;
    await settled();
    expect(useAppStore.getState().dataset?.files).toEqual(['second.csv']);
    expect(useAppStore.getState().importStatus).toEqual({ status: 'idle' });
  });

  it('Cancel while a file is read: nothing loaded, status back to idle', async () => {
    const slow = slowFile('slow.csv', TIES);
    const running = importBrowserFiles([slow.file]);
    cancelImport();
    slow.release();
    await running;
    expect(useAppStore.getState().dataset).toBeNull();
    expect(useAppStore.getState().importStatus).toEqual({ status: 'idle' });
  });
});
