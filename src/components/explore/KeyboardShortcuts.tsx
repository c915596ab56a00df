import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { sendCameraCommand } from '../../canvas/cameraCommands';
import type { Direction } from '../../graph/neighbourInDirection';

export const SEARCH_INPUT_ID = 'organisation-search';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const NON_TEXT_INPUTS = ['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file'];

/** True while the person types text (or picks in a select): then every key is theirs. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Arrow keys walk the graph only when no other widget (table, tabs, lists) has the focus. */
function focusIsFree(target: EventTarget | null): boolean {
  return !(target instanceof HTMLElement) || target === document.body || target.closest('.graph-canvas') !== null;
}

/** Undo/redo keys: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y. Returns true when handled. */
function handleHistoryKeys(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const key = event.key.toLowerCase();
  const { undoView, redoView } = useAppStore.getState();
  if (key === 'z' && !event.shiftKey) undoView();
  else if ((key === 'z' && event.shiftKey) || key === 'y') redoView();
  else return false;
  return true;
}

/** Single keys: / search, Esc clear, arrows walk neighbours, f fit, + and - zoom. */
function handlePlainKeys(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const state = useAppStore.getState();
  const onGraph = state.mainView === 'graph';
  const direction = ARROWS[event.key];
  if (event.key === '/') document.getElementById(SEARCH_INPUT_ID)?.focus();
  else if (event.key === 'Escape') state.selectOrganisation(null);
  else if (direction && onGraph && focusIsFree(event.target)) sendCameraCommand({ kind: 'step', direction });
  else if (event.key === 'f' && onGraph) sendCameraCommand({ kind: 'fit' });
  else if ((event.key === '+' || event.key === '=') && onGraph) sendCameraCommand({ kind: 'zoom', factor: 1.25 });
  else if ((event.key === '-' || event.key === '_') && onGraph) sendCameraCommand({ kind: 'zoom', factor: 0.8 });
  else return false;
  return true;
}

/** An open dialog owns the keyboard: Esc is its cancel, and nothing should move behind it. */
const dialogIsOpen = () => document.querySelector('dialog[open]') !== null;

/** The keyboard shortcuts of the explorer; none fires while the person types in a field or a dialog is open. */
export function KeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || dialogIsOpen()) return;
      if (handleHistoryKeys(event) || handlePlainKeys(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
