import type { ImportResult } from '../model/types';
import { ImportError } from '../import/ImportError';
import { importOrAsk, type ImportOptions, type ImportOutcome, type SourceFile } from '../import/importSources';
import type { ImportMessage, ImportRequest } from './protocol';
import { runWorkerTask } from './workerTask';
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
  const request: ImportRequest = { files, options: workerOptions };
  return runWorkerTask<ImportMessage, ImportOutcome>({
    start: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    cancelled: () => new ImportCancelled(),
    settle: (message) => {
      switch (message.type) {
        case 'progress':
          onProgress?.(message.fraction);
          return undefined;
        case 'done':
          return unpackResult(message.packed).then((result) => ({ kind: 'done', result }));
        case 'done-plain':
          return Promise.resolve({ kind: 'done', result: restorePrototypes(message.result) });
        case 'needs-mapping':
          return Promise.resolve({ kind: 'needs-mapping', plans: message.plans });
        default:
          return Promise.reject(message.userFacing ? new ImportError(message.message) : new Error(message.message));
      }
    },
    fallback: () => runOnMainThread(files, options),
  });
}
