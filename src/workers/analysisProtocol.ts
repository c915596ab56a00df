import type { AnalysisParams } from '../analysis/params';
import type { StructureResults } from '../analysis/structure';
import type { CompactDataset, Packed } from '../analysis/transfer';
import type { AnalysisResults } from '../analysis/types';
import type { RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';

/** What the client asks for (plain data; the worker builds the graph itself). */
export interface AnalysisRequest {
  dataset: Dataset;
  roleOverrides: RoleOverrides;
  params: AnalysisParams;
  /** Structure results cached for this data set and parameters: not recomputed. */
  structure?: StructureResults;
}

export interface AnalysisOutput {
  results: AnalysisResults;
  structure: StructureResults;
}

/** Main thread -> analysis worker: the data set as transferable columns (see transfer.ts). */
export interface AnalysisWorkerRequest {
  dataset: CompactDataset;
  roleOverrides: RoleOverrides;
  params: AnalysisParams;
  structure?: Packed<StructureResults>;
}

/** Analysis worker -> main thread. */
export type AnalysisMessage =
  | { type: 'progress'; fraction: number; label: string }
  | { type: 'done'; results: Packed<AnalysisResults>; structure: Packed<StructureResults> }
  | { type: 'failed'; message: string };
