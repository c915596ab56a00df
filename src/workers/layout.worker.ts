/// <reference lib="webworker" />
import { createForceRun, type ForceRun } from '../layout/forceLayout';
import type { LayoutMessage, LayoutRequest } from './layoutProtocol';

// Thin shell: run the pure force layout in steps, report progress, stop when asked.
const post = (message: LayoutMessage) => self.postMessage(message);
const STEP = 10;
let run: ForceRun | null = null;
let stopRequested = false;

function next(): void {
  if (!run) return;
  const fraction = stopRequested ? 1 : run.step(STEP);
  if (fraction >= 1) {
    post({ type: 'done', positions: run.positions(), stopped: stopRequested });
    run = null;
    return;
  }
  post({ type: 'progress', fraction });
  // Yield so a 'stop' message can arrive between steps.
  setTimeout(next, 0);
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.type === 'stop') {
    stopRequested = true;
    return;
  }
  try {
    run = createForceRun(request.input);
    stopRequested = false;
    next();
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
};
