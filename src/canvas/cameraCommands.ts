import type { Direction } from '../graph/neighbourInDirection';

/**
 * Commands for the one component that holds `cy` (CameraController), from components that must
 * not touch it: the search reveals a result with its ties, the keyboard fits, zooms and walks to
 * neighbours.
 */
export type CameraCommand =
  /** Bring an organisation and the organisations it is tied to into view. */
  | { kind: 'reveal'; id: string }
  | { kind: 'fit' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'step'; direction: Direction }
  /** Write the camera to the view now (before a link is copied), not after the usual delay. */
  | { kind: 'sync' };

type Handler = (command: CameraCommand) => void;
let handler: Handler | null = null;

/** Called by CameraController; returns the unregister function. */
export function registerCameraHandler(next: Handler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

/** Does nothing while no canvas is mounted (e.g. while a data set loads). */
export function sendCameraCommand(command: CameraCommand): void {
  handler?.(command);
}
