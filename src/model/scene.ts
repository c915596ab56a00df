import type { Camera, ViewState } from './view';

/** A position on the canvas, in model coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A saved view to present: the view state, the positions it was laid out with (so presenting
 * never re-runs a layout), the camera, and the words that go with it. Plain data: it is kept in
 * IndexedDB and in project files.
 */
export interface Scene {
  id: string;
  title: string;
  /** Caption text shown over the graph. */
  text: string;
  /** Speaker notes, never shown to the room. */
  notes: string;
  view: ViewState;
  /** Organisation id -> position. */
  positions: Record<string, Point>;
  camera: Camera;
}
