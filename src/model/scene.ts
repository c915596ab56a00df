// A scene stores a ViewState; the type is erased at build time, so this pure module still
// carries no store code (the lead may move ViewState into model/ at merge).
// eslint-disable-next-line no-restricted-imports
import type { Camera, ViewState } from '../store/viewSlice';

/** A saved view to present: the view, every node's position, the camera and a caption. */
export interface Scene {
  id: string;
  title: string;
  /** Caption text shown under the title while presenting. */
  text: string;
  /** Speaker notes: never shown to the audience unless the presenter asks (key N). */
  notes: string;
  view: ViewState;
  positions: Record<string, { x: number; y: number }>;
  camera: Camera;
}
