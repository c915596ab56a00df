import type { AnalysisParams } from '../analysis/params';
import type { Role } from '../model/roles';
import { AnalysisCancelled, runAnalysis } from '../workers/analysisClient';
import { useAppStore } from './index';
import { markPerf } from '../perf';

let current: AbortController | null = null;

/**
 * Analyse the loaded data set with the current parameters and role mapping (in a worker, cached).
 * A newer run replaces a running one; the previous results stay shown until the new ones arrive.
 */
export async function analyseLoadedDataset(): Promise<void> {
  const { dataset, roleOverrides, analysisParams, setAnalysisStatus, setAnalysis } = useAppStore.getState();
  current?.abort();
  if (!dataset) return;
  const controller = new AbortController();
  current = controller;
  setAnalysisStatus({ status: 'running', progress: 0, label: 'Starting the analysis' });
  markPerf('analysis-start');
  try {
    const results = await runAnalysis(
      { dataset, roleOverrides, params: analysisParams },
      {
        signal: controller.signal,
        onProgress: (progress, label) => setAnalysisStatus({ status: 'running', progress, label }),
      },
    );
    // A data set loaded meanwhile makes these results stale.
    if (useAppStore.getState().dataset !== dataset) return;
    setAnalysis(results);
    setAnalysisStatus({ status: 'idle' });
    markPerf('analysis-end');
  } catch (error) {
    if (error instanceof AnalysisCancelled) return;
    setAnalysisStatus({ status: 'error', message: (error as Error).message });
  } finally {
    if (current === controller) current = null;
  }
}

/** Stop the running analysis; results already shown stay. */
export function cancelAnalysis(): void {
  current?.abort();
  current = null;
  useAppStore.getState().setAnalysisStatus({ status: 'idle' });
}

/** Change resolution, weighting or grouping, and re-run (the structure part comes from the cache when it can). */
export function changeAnalysisParams(change: Partial<AnalysisParams>): Promise<void> {
  useAppStore.getState().setAnalysisParams(change);
  return analyseLoadedDataset();
}

/** Map an organisation type to a role (null: back to the default), and re-run the role-based measures. */
export function changeRoleOverride(type: string, role: Role | null): Promise<void> {
  useAppStore.getState().setRoleOverride(type, role);
  return analyseLoadedDataset();
}
