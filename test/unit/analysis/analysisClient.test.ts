import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANALYSIS_PARAMS } from '../../../src/analysis/params';
import { AnalysisCancelled, runAnalysis } from '../../../src/workers/analysisClient';
import { datasetFromEdges } from './factories';

const dataset = datasetFromEdges([
  ['a', 'b'],
  ['b', 'c'],
]);
const request = { dataset, roleOverrides: {}, params: DEFAULT_ANALYSIS_PARAMS };

describe('runAnalysis (main-thread fallback: no Worker in the test environment)', () => {
  it('caches per data set and parameters', async () => {
    const first = await runAnalysis(request);
    expect(await runAnalysis({ ...request })).toBe(first);
    const regrouped = await runAnalysis({ ...request, params: { ...DEFAULT_ANALYSIS_PARAMS, groupBy: 'role' } });
    expect(regrouped).not.toBe(first);
    // Same structure parameters: the structure metrics are reused, not recomputed.
    expect(regrouped.nodeMetrics['betweenness']).toBe(first.nodeMetrics['betweenness']);
    const copy = { ...dataset };
    expect(await runAnalysis({ ...request, dataset: copy })).not.toBe(first);
  });

  it('reports progress', async () => {
    const labels: string[] = [];
    await runAnalysis(
      { ...request, params: { ...DEFAULT_ANALYSIS_PARAMS, resolution: 2 } },
      { onProgress: (_fraction, label) => labels.push(label) },
    );
    expect(labels).toContain('Betweenness');
  });

  it('cancelled while it runs: rejects, and the result is not kept for the next run', async () => {
    const params = { ...DEFAULT_ANALYSIS_PARAMS, resolution: 0.5 };
    const controller = new AbortController();
    const seen: string[] = [];
    const cancelOnBetweenness = (_fraction: number, label: string) => {
      seen.push(label);
      if (label === 'Betweenness') controller.abort();
    };
    await expect(
      runAnalysis({ ...request, params }, { signal: controller.signal, onProgress: cancelOnBetweenness }),
    ).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(seen).toContain('Betweenness');
    const again: string[] = [];
    await runAnalysis({ ...request, params }, { onProgress: (_fraction, label) => again.push(label) });
    expect(again).toContain('Groups and brokerage');
  });

  it('an already-cancelled request never starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const seen: string[] = [];
    await expect(
      runAnalysis(
        { ...request, params: { ...DEFAULT_ANALYSIS_PARAMS, resolution: 0.7 } },
        { signal: controller.signal, onProgress: (_fraction, label) => seen.push(label) },
      ),
    ).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(seen).toEqual([]);
  });
});

describe('runAnalysis in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('cancelled after the worker reported progress: the worker is terminated and the run rejects', async () => {
    const workers: { terminated: boolean }[] = [];
    // A worker that starts, reports progress once, and would then work on forever.
    class StartedWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: (() => void) | null = null;
      terminated = false;
      constructor() {
        workers.push(this);
      }
      postMessage() {
        setTimeout(() => this.onmessage?.({ data: { type: 'progress', fraction: 0.2, label: 'Betweenness' } }));
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', StartedWorker);
    const controller = new AbortController();
    const seen: string[] = [];
    const running = runAnalysis(
      { ...request, params: { ...DEFAULT_ANALYSIS_PARAMS, resolution: 3 } },
      {
        signal: controller.signal,
        onProgress: (_fraction, label) => {
          seen.push(label);
          controller.abort();
        },
      },
    );
    await expect(running).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(seen).toEqual(['Betweenness']);
    expect(workers.map((worker) => worker.terminated)).toEqual([true]);
  });
});
