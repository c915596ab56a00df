import type { WaveParams } from '../analysis/story/waves';
import { useAppStore } from './index';
import { changeAnalysisParams } from './analysisActions';

/** Compare other waves (re-runs the story part of the analysis; the structure comes from the cache). */
export function changeWaves(waves: WaveParams): Promise<void> {
  const { view, updateView } = useAppStore.getState();
  if (view.compare) updateView({ compare: waves });
  return changeAnalysisParams({ waves });
}

/** Colour the graph's ties by their status between the two waves, and show the graph. */
export function showComparisonOnGraph(waves: WaveParams): void {
  const { updateView, showMainView } = useAppStore.getState();
  updateView({ compare: waves });
  showMainView('graph');
}

export function hideComparison(): void {
  useAppStore.getState().updateView({ compare: null });
}

/** Highlight the organisations a finding rests on, and show the graph. */
export function showEvidence(title: string, organisations: string[]): void {
  const { updateView, showMainView } = useAppStore.getState();
  updateView({ evidence: { title, organisations } });
  showMainView('graph');
}

export function hideEvidence(): void {
  useAppStore.getState().updateView({ evidence: null });
}
