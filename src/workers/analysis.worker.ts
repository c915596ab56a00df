/// <reference lib="webworker" />
import { analyse } from '../analysis/analyse';
import type { AnalysisMessage, AnalysisRequest } from './analysisProtocol';

// Thin shell: receive, call the same pure function the main thread could call, post back.
const post = (message: AnalysisMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { dataset, roleOverrides, params, structure } = event.data;
  try {
    const output = analyse(dataset, roleOverrides, params, {
      ...(structure ? { structure } : {}),
      onProgress: (fraction, label) => post({ type: 'progress', fraction, label }),
    });
    post({ type: 'done', output });
  } catch (error) {
    post({ type: 'failed', message: `Analysis failed: ${(error as Error).message}` });
  }
};
