/// <reference lib="webworker" />
import { importOrAsk } from '../import/importSources';
import { ImportError } from '../import/ImportError';
import type { ImportMessage, ImportRequest } from './protocol';

// Thin shell: receive, call the same pure function the main thread could call, post back.
// Progress is posted from inside papaparse's chunk loop; Cancel terminates this worker.
const post = (message: ImportMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  try {
    const outcome = importOrAsk(event.data.files, {
      ...event.data.options,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post(outcome.kind === 'done' ? { type: 'done', result: outcome.result } : { type: 'needs-mapping', plans: outcome.plans });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message, userFacing: error instanceof ImportError });
  }
};
