import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_PARAMS } from '../../../src/analysis/params';
import { AnalysisCancelled, runAnalysis } from '../../../src/workers/analysisClient';
import { datasetFromEdges } from './factories';

describe('runAnalysis (main-thread fallback: no Worker in the test environment)', () => {
  const dataset = datasetFromEdges([
    ['a', 'b'],
    ['b', 'c'],
  ]);
  const request = { dataset, roleOverrides: {}, params: DEFAULT_ANALYSIS_PARAMS };

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

  it('reports progress and can be cancelled', async () => {
    const labels: string[] = [];
    await runAnalysis(
      { ...request, params: { ...DEFAULT_ANALYSIS_PARAMS, resolution: 2 } },
      { onProgress: (_fraction, label) => labels.push(label) },
    );
    expect(labels).toContain('Betweenness');
    const controller = new AbortController();
    controller.abort();
    await expect(
      runAnalysis(
        { ...request, params: { ...DEFAULT_ANALYSIS_PARAMS, resolution: 0.5 } },
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(AnalysisCancelled);
  });
});
