import { createForceRun, type ForceInput } from '../layout/forceLayout';
import type { Positions } from '../layout/types';
import type { LayoutMessage, LayoutRequest } from './layoutProtocol';

/** Positions reached, and the fraction of the run done when it was stopped early (null: it ran to the end). */
export interface ForceResult {
  positions: Positions;
  stoppedAt: number | null;
}

/** A running force layout: its result, and a way to stop it early (keeping the positions so far). */
export interface ForceJob {
  result: Promise<ForceResult>;
  /** Stop after the current step; `result` resolves with the positions reached. */
  stop: () => void;
  /** Abandon it: the worker ends and `result` never resolves. */
  cancel: () => void;
}

function runOnMainThread(input: ForceInput): ForceJob {
  const run = createForceRun(input);
  while (run.step(50) < 1);
  return {
    result: Promise.resolve({ positions: run.positions(), stoppedAt: null }),
    stop: () => undefined,
    cancel: () => undefined,
  };
}

/**
 * ForceAtlas2 in a Web Worker with progress and stop, so the page never freezes; falls back to
 * the main thread where workers are unavailable (tests) or the worker fails to start.
 */
export function runForceLayout(input: ForceInput, onProgress?: (fraction: number) => void): ForceJob {
  if (typeof Worker === 'undefined') return runOnMainThread(input);
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const send = (request: LayoutRequest) => worker.postMessage(request);
  let progress = 0;
  const result = new Promise<ForceResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        progress = message.fraction;
        return onProgress?.(message.fraction);
      }
      worker.terminate();
      if (message.type === 'done')
        resolve({ positions: message.positions, stoppedAt: message.stopped ? progress : null });
      else reject(new Error(`Layout failed: ${message.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      runOnMainThread(input).result.then(resolve, reject);
    };
  });
  send({ type: 'run', input });
  return { result, stop: () => send({ type: 'stop' }), cancel: () => worker.terminate() };
}
