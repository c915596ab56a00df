/// <reference lib="webworker" />
import { analyse } from '../analysis/analyse';
import { expandDataset, metricBuffers, pack, unpack } from '../analysis/transfer';
import type { AnalysisMessage, AnalysisWorkerRequest } from './analysisProtocol';

// Thin shell: unpack, call the same pure function the main thread could call, pack and post back.
const post = (message: AnalysisMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<AnalysisWorkerRequest>) => {
  const { dataset: compact, roleOverrides, params, structure } = event.data;
  try {
    const dataset = expandDataset(compact);
    const output = analyse(dataset, roleOverrides, params, {
      ...(structure ? { structure: unpack(structure) } : {}),
      onProgress: (fraction, label) => post({ type: 'progress', fraction, label }),
    });
    const ids = dataset.organisations.map((organisation) => organisation.id);
    const kinds = new Map(output.results.metrics.map((metric) => [metric.id, metric.kind]));
    const results = pack(output.results, ids, kinds);
    const packedStructure = pack(output.structure, ids, kinds);
    post({ type: 'done', results, structure: packedStructure }, [
      ...metricBuffers(results.packedMetrics),
      ...metricBuffers(packedStructure.packedMetrics),
    ]);
  } catch (error) {
    post({ type: 'failed', message: `Analysis failed: ${(error as Error).message}` });
  }
};
