import type { ImportResult } from '../model/types';
import type { ImportOptions, SourceFile } from '../import/importSources';
import type { TablePlan } from '../import/tableMapping';
import type { PackedResult } from './packResult';

/** Main thread -> import worker. */
export interface ImportRequest {
  files: SourceFile[];
  options: Omit<ImportOptions, 'onProgress'>;
}

/** The files' bytes, moved back with the answer after being moved to the worker, in request order. */
interface Returned {
  bytes?: Uint8Array[];
}

/** Import worker -> main thread. */
export type ImportMessage =
  /** Posted once, as soon as the worker runs: the request is sent then. */
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  /** The result in columns (see packResult), or as it is when it cannot be packed. */
  | ({ type: 'done'; packed: PackedResult } & Returned)
  | ({ type: 'done-plain'; result: ImportResult } & Returned)
  | ({ type: 'needs-mapping'; plans: TablePlan[] } & Returned)
  | ({ type: 'failed'; message: string; userFacing: boolean } & Returned);
