import type { ImportResult } from '../model/types';
import type { ImportOptions, SourceFile } from '../import/importSources';
import type { TablePlan } from '../import/tableMapping';
import type { PackedResult } from './packResult';

/** Main thread -> import worker. */
export interface ImportRequest {
  files: SourceFile[];
  options: Omit<ImportOptions, 'onProgress'>;
}

/** Import worker -> main thread. */
export type ImportMessage =
  | { type: 'progress'; fraction: number }
  /** The result in columns (see packResult), or as it is when it cannot be packed. */
  | { type: 'done'; packed: PackedResult }
  | { type: 'done-plain'; result: ImportResult }
  | { type: 'needs-mapping'; plans: TablePlan[] }
  | { type: 'failed'; message: string; userFacing: boolean };
