import type { Scene } from '../model/scene';
import type { PresentCommand } from './keys';
import { isRecord } from '../model/isRecord';

/**
 * The presenter view is a second window of the same page (`?presenter=<session>`) that shows the
 * speaker notes, the next scene and a timer while the projector shows the graph. The two windows
 * talk over a BroadcastChannel named for the session, so two app tabs never drive each other.
 * Messages are plain data, checked on arrival: a channel is shared by everything on the origin.
 */

/** What the presenter needs of a scene: its words, never its data. */
export interface PresenterScene {
  title: string;
  text: string;
  notes: string;
}

export interface PresenterSnapshot {
  kind: 'state';
  presenting: boolean;
  index: number;
  scenes: PresenterScene[];
  datasetName: string;
  /** Epoch milliseconds when the presentation started; null when it is not running. */
  startedAt: number | null;
  theme: 'light' | 'dark';
}

/** Main window -> presenter. */
export type ToPresenter = PresenterSnapshot | { kind: 'closed' };

/** Commands the presenter may send: navigation and ending; full screen needs a gesture in the main window. */
export type RemoteCommand = Extract<PresentCommand, { kind: 'next' | 'previous' | 'first' | 'last' | 'jump' | 'exit' }>;

/** Presenter -> main window. */
export type FromPresenter = { kind: 'hello' } | { kind: 'start' } | { kind: 'command'; command: RemoteCommand };

export const presenterChannelName = (session: string): string => `clusnet-presenter:${session}`;

/** The `?presenter=<session>` value of a query string, or null when the page is the app itself. */
export function presenterSessionOf(search: string): string | null {
  const session = new URLSearchParams(search).get('presenter');
  return session && /^[\w-]{1,64}$/.test(session) ? session : null;
}

/** A scene's title as the presenter shows it: untitled scenes are numbered. */
const titleOf = (scene: Scene, index: number): string => scene.title.trim() || `Scene ${index + 1}`;

export function presenterSnapshot(input: {
  deck: readonly Scene[];
  index: number;
  presenting: boolean;
  datasetName: string;
  startedAt: number | null;
  theme: 'light' | 'dark';
}): PresenterSnapshot {
  return {
    kind: 'state',
    presenting: input.presenting,
    index: input.index,
    scenes: input.deck.map((scene, index) => ({ title: titleOf(scene, index), text: scene.text, notes: scene.notes })),
    datasetName: input.datasetName,
    startedAt: input.presenting ? input.startedAt : null,
    theme: input.theme,
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function readScene(value: unknown): PresenterScene | null {
  if (!isRecord(value) || !isText(value.title) || !isText(value.text) || !isText(value.notes)) return null;
  return { title: value.title, text: value.text, notes: value.notes };
}

/** A message for the presenter, or null when it is not one we sent. */
export function readToPresenter(data: unknown): ToPresenter | null {
  if (!isRecord(data)) return null;
  if (data.kind === 'closed') return { kind: 'closed' };
  if (
    data.kind !== 'state' ||
    typeof data.presenting !== 'boolean' ||
    !isIndex(data.index) ||
    !Array.isArray(data.scenes)
  )
    return null;
  if (!isText(data.datasetName) || (data.theme !== 'light' && data.theme !== 'dark')) return null;
  if (data.startedAt !== null && typeof data.startedAt !== 'number') return null;
  const scenes = data.scenes.map(readScene);
  if (scenes.some((scene) => scene === null)) return null;
  return {
    kind: 'state',
    presenting: data.presenting,
    index: data.index,
    scenes: scenes as PresenterScene[],
    datasetName: data.datasetName,
    startedAt: data.startedAt,
    theme: data.theme,
  };
}

const SIMPLE_REMOTE = ['next', 'previous', 'first', 'last', 'exit'] as const;

function readCommand(value: unknown): RemoteCommand | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'jump') return isIndex(value.index) ? { kind: 'jump', index: value.index } : null;
  const simple = SIMPLE_REMOTE.find((kind) => kind === value.kind);
  return simple ? { kind: simple } : null;
}

/** A message from the presenter, or null when it is not a valid one. */
export function readFromPresenter(data: unknown): FromPresenter | null {
  if (!isRecord(data)) return null;
  if (data.kind === 'hello' || data.kind === 'start') return { kind: data.kind };
  if (data.kind !== 'command') return null;
  const command = readCommand(data.command);
  return command ? { kind: 'command', command } : null;
}

/** "0:07", "12:34", "1:02:03": elapsed time as a presenter's clock shows it. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
