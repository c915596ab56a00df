import type { ImportResult } from '../model/types';
import { ImportError } from '../import/ImportError';
import { importOrAsk, type ImportOptions, type ImportOutcome, type SourceFile } from '../import/importSources';
import type { ImportMessage, ImportRequest } from './protocol';
import { unpackResult } from './packResult';

/** Thrown when the user cancels an import. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled.');
    this.name = 'ImportCancelled';
  }
}

export interface RunImportOptions extends ImportOptions {
  signal?: AbortSignal;
}

function runOnMainThread(files: SourceFile[], options: RunImportOptions): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    try {
      resolve(importOrAsk(files, options));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Structured clone gives every object the ordinary prototype again: put the null prototype back
 * on attribute bags, so that a missing key such as "constructor" reads as undefined, not Object's.
 */
export function restorePrototypes(result: ImportResult): ImportResult {
  for (const organisation of result.dataset.organisations) Object.setPrototypeOf(organisation.attributes, null);
  for (const tie of result.dataset.ties) Object.setPrototypeOf(tie.attributes, null);
  return result;
}

/**
 * Import files in a Web Worker, with progress and cancel. Falls back to the main thread where
 * workers are unavailable (tests, very old browsers) or the worker fails to start.
 */
export function runImport(files: SourceFile[], options: RunImportOptions = {}): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return runOnMainThread(files, options);
  const { signal, onProgress, ...workerOptions } = options;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ImportCancelled());
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress?.(message.fraction);
      finish();
      if (message.type === 'done') unpackResult(message.packed).then((result) => resolve({ kind: 'done', result }), reject);
      else if (message.type === 'done-plain') resolve({ kind: 'done', result: restorePrototypes(message.result) });
      else if (message.type === 'needs-mapping') resolve({ kind: 'needs-mapping', plans: message.plans });
      else reject(message.userFacing ? new ImportError(message.message) : new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      runOnMainThread(files, options).then(resolve, reject);
    };
    const request: ImportRequest = { files, options: workerOptions };
    worker.postMessage(request);
  });
}
