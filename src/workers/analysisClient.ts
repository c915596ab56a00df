import { analyse } from '../analysis/analyse';
import { structureKey } from '../analysis/params';
import { STRUCTURE_METRICS } from '../analysis/registry';
import type { StructureResults } from '../analysis/structure';
import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import { compactBuffers, compactDataset, metricBuffers, pack, unpack } from '../analysis/transfer';
import type { AnalysisMessage, AnalysisOutput, AnalysisRequest, AnalysisWorkerRequest } from './analysisProtocol';
import { runWorkerTask } from './workerTask';

/** Thrown when a newer analysis replaces a running one, or the user cancels it. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled.');
    this.name = 'AnalysisCancelled';
  }
}

export interface RunAnalysisOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number, label: string) => void;
}

// Caches per data set (by identity, so a new load never sees stale results) and per parameters.
const structures = new WeakMap<Dataset, Map<string, StructureResults>>();
const fullResults = new WeakMap<Dataset, Map<string, AnalysisResults>>();
const resultKey = (request: AnalysisRequest) =>
  JSON.stringify([request.params, Object.entries(request.roleOverrides).sort()]);

function remember(request: AnalysisRequest, output: AnalysisOutput): AnalysisResults {
  const perStructure = structures.get(request.dataset) ?? new Map<string, StructureResults>();
  perStructure.set(structureKey(request.params), output.structure);
  structures.set(request.dataset, perStructure);
  const perResults = fullResults.get(request.dataset) ?? new Map<string, AnalysisResults>();
  perResults.set(resultKey(request), output.results);
  fullResults.set(request.dataset, perResults);
  return output.results;
}

function runOnMainThread(request: AnalysisRequest, options: RunAnalysisOptions): Promise<AnalysisOutput> {
  // The run cannot be stopped once started (it is synchronous): at least never start one already cancelled.
  if (options.signal?.aborted) return Promise.reject(new AnalysisCancelled());
  return new Promise((resolve, reject) => {
    try {
      resolve(
        analyse(request.dataset, request.roleOverrides, request.params, {
          ...(request.structure ? { structure: request.structure } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        }),
      );
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** The request in transferable form: ties as typed-array columns, cached metrics packed. */
function toWorkerRequest({ dataset, roleOverrides, params, structure }: AnalysisRequest): AnalysisWorkerRequest {
  const ids = dataset.organisations.map((organisation) => organisation.id);
  const kinds = new Map(STRUCTURE_METRICS.map((metric) => [metric.id, metric.kind]));
  return {
    dataset: compactDataset(dataset),
    roleOverrides,
    params,
    ...(structure ? { structure: pack(structure, ids, kinds) } : {}),
  };
}

function runInWorker(request: AnalysisRequest, options: RunAnalysisOptions): Promise<AnalysisOutput> {
  if (typeof Worker === 'undefined') return runOnMainThread(request, options);
  const { signal, onProgress } = options;
  const workerRequest = toWorkerRequest(request);
  return runWorkerTask<AnalysisMessage, AnalysisOutput>({
    start: () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
    request: workerRequest,
    transfer: [
      ...compactBuffers(workerRequest.dataset),
      ...(workerRequest.structure ? metricBuffers(workerRequest.structure.packedMetrics) : []),
    ],
    signal,
    cancelled: () => new AnalysisCancelled(),
    settle: (message) => {
      if (message.type === 'progress') {
        onProgress?.(message.fraction, message.label);
        return undefined;
      }
      if (message.type === 'done')
        return Promise.resolve({ results: unpack(message.results), structure: unpack(message.structure) });
      return Promise.reject(new Error(message.message));
    },
    fallback: () => runOnMainThread(request, options),
  });
}

/**
 * Analyse a data set in a Web Worker, with progress and cancel, reusing cached results for the
 * same data set and parameters; falls back to the main thread where workers are unavailable.
 */
export async function runAnalysis(
  request: AnalysisRequest,
  options: RunAnalysisOptions = {},
): Promise<AnalysisResults> {
  const cached = fullResults.get(request.dataset)?.get(resultKey(request));
  if (cached) return cached;
  const structure = structures.get(request.dataset)?.get(structureKey(request.params));
  const withStructure = structure ? { ...request, structure } : request;
  const output = await runInWorker(withStructure, options);
  if (options.signal?.aborted) throw new AnalysisCancelled();
  return remember(request, output);
}
