/// <reference lib="webworker" />
import { importOrAsk } from '../import/importSources';
import { ImportError } from '../import/ImportError';
import type { ImportMessage, ImportRequest } from './protocol';
import { packResult } from './packResult';
import { buffersOf } from './transferBytes';

// Thin shell: receive, call the same pure function the main thread could call, post back.
// Progress is posted from inside papaparse's chunk loop; Cancel terminates this worker.
const post = (message: ImportMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { files } = event.data;
  // The bytes were moved here, not copied: they go back with the answer, for the next re-read.
  const bytes = files.map((file) => file.bytes);
  const back = buffersOf(bytes);
  try {
    const outcome = importOrAsk(files, {
      ...event.data.options,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    if (outcome.kind === 'needs-mapping') return post({ type: 'needs-mapping', plans: outcome.plans, bytes }, back);
    const packing = packResult(outcome.result);
    if (packing) post({ type: 'done', packed: packing.packed, bytes }, [...packing.transfer, ...back]);
    else post({ type: 'done-plain', result: outcome.result, bytes }, back);
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message, userFacing: error instanceof ImportError, bytes }, back);
  }
};

post({ type: 'ready' });
