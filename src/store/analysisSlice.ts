import type { StateCreator } from 'zustand';
import type { AnalysisResults } from '../analysis/types';
import type { AppState } from './index';

export type AnalysisStatus =
  | { status: 'idle' }
  | { status: 'running'; progress: number; label: string }
  | { status: 'error'; message: string };

export interface AnalysisState {
  analysisStatus: AnalysisStatus;
  /** Results for the loaded data set, or null until computed. */
  analysis: AnalysisResults | null;
}

export interface AnalysisSlice extends AnalysisState {
  setAnalysisStatus: (status: AnalysisStatus) => void;
  setAnalysis: (results: AnalysisResults | null) => void;
}

export const getEmptyAnalysisState = (): AnalysisState => ({ analysisStatus: { status: 'idle' }, analysis: null });

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  ...getEmptyAnalysisState(),
  setAnalysisStatus: (analysisStatus) => set({ analysisStatus }),
  setAnalysis: (analysis) => set({ analysis }),
});
