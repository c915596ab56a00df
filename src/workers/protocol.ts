import type { ImportResult } from '../model/types';
import type { ImportOptions, SourceFile } from '../import/importSources';
import type { TablePlan } from '../import/tableMapping';

/** Main thread -> import worker. */
export interface ImportRequest {
  files: SourceFile[];
  options: Omit<ImportOptions, 'onProgress'>;
}

/** Import worker -> main thread. */
export type ImportMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'needs-mapping'; plans: TablePlan[] }
  | { type: 'failed'; message: string; userFacing: boolean };
