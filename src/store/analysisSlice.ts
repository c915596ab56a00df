import type { StateCreator } from 'zustand';
import type { AnalysisResults } from '../analysis/types';
import { DEFAULT_ANALYSIS_PARAMS, type AnalysisParams } from '../analysis/params';

export type AnalysisStatus =
  { status: 'idle' } | { status: 'running'; progress: number; label: string } | { status: 'error'; message: string };

export interface AnalysisState {
  analysisStatus: AnalysisStatus;
  /** Results for the loaded data set, or null until computed. */
  analysis: AnalysisResults | null;
  /** Resolution, weighted betweenness and grouping the analysis runs with (reset per data set). */
  analysisParams: AnalysisParams;
}

export interface AnalysisSlice extends AnalysisState {
  setAnalysisStatus: (status: AnalysisStatus) => void;
  setAnalysis: (results: AnalysisResults | null) => void;
  setAnalysisParams: (change: Partial<AnalysisParams>) => void;
}

export const getEmptyAnalysisState = (): AnalysisState => ({
  analysisStatus: { status: 'idle' },
  analysis: null,
  analysisParams: DEFAULT_ANALYSIS_PARAMS,
});

export const createAnalysisSlice: StateCreator<AnalysisSlice> = (set) => ({
  ...getEmptyAnalysisState(),
  setAnalysisStatus: (analysisStatus) => set({ analysisStatus }),
  setAnalysis: (analysis) => set({ analysis }),
  setAnalysisParams: (change) => set((state) => ({ analysisParams: { ...state.analysisParams, ...change } })),
});
