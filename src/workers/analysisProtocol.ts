import type { AnalysisParams } from '../analysis/params';
import type { StructureResults } from '../analysis/structure';
import type { AnalysisResults } from '../analysis/types';
import type { RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';

/** Main thread -> analysis worker: plain data; the worker builds the graph itself. */
export interface AnalysisRequest {
  dataset: Dataset;
  roleOverrides: RoleOverrides;
  params: AnalysisParams;
  /** Structure results cached for this data set and parameters: the worker skips recomputing them. */
  structure?: StructureResults;
}

export interface AnalysisOutput {
  results: AnalysisResults;
  structure: StructureResults;
}

/** Analysis worker -> main thread. */
export type AnalysisMessage =
  | { type: 'progress'; fraction: number; label: string }
  | { type: 'done'; output: AnalysisOutput }
  | { type: 'failed'; message: string };
