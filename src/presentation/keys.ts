/**
 * What a key does while presenting. Clickers send PageDown/PageUp (some send arrows or Space),
 * so every common "next" and "previous" key is mapped; digits jump to a scene by its number.
 */
export type PresentCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'jump'; index: number }
  | { kind: 'exit' }
  | { kind: 'toggle-notes' }
  | { kind: 'toggle-fullscreen' }
  | { kind: 'open-presenter' };

const SIMPLE: Record<string, PresentCommand> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  Enter: { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Backspace: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  Escape: { kind: 'exit' },
  n: { kind: 'toggle-notes' },
  N: { kind: 'toggle-notes' },
  f: { kind: 'toggle-fullscreen' },
  F: { kind: 'toggle-fullscreen' },
  p: { kind: 'open-presenter' },
  P: { kind: 'open-presenter' },
};

/** The command for a key (KeyboardEvent.key), or null when the key means nothing here. */
export function commandForKey(key: string, shiftKey = false): PresentCommand | null {
  if (key === ' ' && shiftKey) return { kind: 'previous' };
  if (/^[1-9]$/.test(key)) return { kind: 'jump', index: Number(key) - 1 };
  return SIMPLE[key] ?? null;
}

/** The scene index a navigation command leads to, kept inside [0, count). */
export function targetIndex(command: PresentCommand, index: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (command.kind) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'jump':
      return command.index <= last ? command.index : index;
    default:
      return index;
  }
}

/** "3 / 7": the progress indicator's text (1-based). */
export const progressText = (index: number, count: number): string => `${Math.min(index + 1, count)} / ${count}`;
