/// <reference lib="webworker" />
import { importOrAsk } from '../import/importSources';
import { ImportError } from '../import/ImportError';
import type { ImportMessage, ImportRequest } from './protocol';
import { packResult } from './packResult';

// Thin shell: receive, call the same pure function the main thread could call, post back.
// Progress is posted from inside papaparse's chunk loop; Cancel terminates this worker.
const post = (message: ImportMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  try {
    const outcome = importOrAsk(event.data.files, {
      ...event.data.options,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    if (outcome.kind === 'needs-mapping') return post({ type: 'needs-mapping', plans: outcome.plans });
    const packing = packResult(outcome.result);
    if (packing) post({ type: 'done', packed: packing.packed }, packing.transfer);
    else post({ type: 'done-plain', result: outcome.result });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message, userFacing: error instanceof ImportError });
  }
};
