import type { ImportResult } from '../model/types';
import { ImportError } from '../import/ImportError';
import { importOrAsk, type ImportOptions, type ImportOutcome, type SourceFile } from '../import/importSources';
import type { ImportMessage, ImportRequest } from './protocol';
import { runWorkerTask } from './workerTask';
import { unpackResult } from './packResult';
import { buffersOf } from './transferBytes';

/** Thrown when the user cancels an import. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled.');
    this.name = 'ImportCancelled';
  }
}

export interface RunImportOptions extends ImportOptions {
  signal?: AbortSignal;
  /**
   * Move the files' bytes to the worker instead of copying them; they come back with the answer
   * (the same SourceFile objects hold them again). Only for bytes nobody else reads meanwhile:
   * after a cancel they are gone.
   */
  transferFiles?: boolean;
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
 * workers are unavailable (tests, very old browsers) or the worker fails to start; a worker that
 * fails once started reports its error.
 */
export function runImport(files: SourceFile[], options: RunImportOptions = {}): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return runOnMainThread(files, options);
  return runImportIn(
    () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    files,
    options,
  );
}

/** Put the bytes the worker sent back into the files they came from. */
function takeBack(files: SourceFile[], bytes: Uint8Array[] | undefined): void {
  bytes?.forEach((array, index) => {
    const file = files[index];
    if (file) file.bytes = array;
  });
}

/** `runImport` with the worker it starts given (tests give a fake one). */
export function runImportIn(
  start: () => Worker,
  files: SourceFile[],
  options: RunImportOptions,
): Promise<ImportOutcome> {
  const { signal, onProgress, transferFiles, ...workerOptions } = options;
  const request: ImportRequest = { files, options: workerOptions };
  return runWorkerTask<ImportMessage, ImportOutcome>({
    start,
    request,
    ...(transferFiles ? { transfer: buffersOf(files.map((file) => file.bytes)) } : {}),
    signal,
    cancelled: () => new ImportCancelled(),
    announcesStart: { failed: (detail) => new Error(`The import stopped: ${detail}`) },
    settle: (message) => {
      if ('bytes' in message) takeBack(files, message.bytes);
      switch (message.type) {
        case 'ready':
          return undefined;
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
