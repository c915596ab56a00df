/// <reference lib="webworker" />
import { importSources } from '../import/importSources';
import { ImportError } from '../import/ImportError';
import type { ImportMessage, ImportRequest } from './protocol';

// Thin shell: receive, call the same pure function the main thread could call, post back.
const post = (message: ImportMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  try {
    const result = importSources(event.data.files, {
      ...event.data.options,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message, userFacing: error instanceof ImportError });
  }
};
