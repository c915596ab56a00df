import type { ForceInput } from '../layout/forceLayout';
import type { Positions } from '../layout/types';

export type LayoutRequest = { type: 'run'; input: ForceInput } | { type: 'stop' };

export type LayoutMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; positions: Positions; stopped: boolean }
  | { type: 'failed'; message: string };
