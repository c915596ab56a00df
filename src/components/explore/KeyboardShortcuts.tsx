import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { sendCameraCommand } from '../../canvas/cameraCommands';
import type { Direction } from '../../graph/neighbourInDirection';
import { jumpTarget, type JumpKind } from '../../graph/keyboardJumps';
import { selectGraph } from '../../store/selectors';
import { selectVisible } from '../../store/exploreSelectors';
import { ShortcutsDialog } from '../a11y/ShortcutsDialog';

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

const JUMPS: Record<string, { kind: JumpKind; step: 1 | -1 }> = {
  c: { kind: 'city', step: 1 },
  C: { kind: 'city', step: -1 },
  m: { kind: 'community', step: 1 },
  M: { kind: 'community', step: -1 },
  n: { kind: 'name', step: 1 },
  N: { kind: 'name', step: -1 },
  i: { kind: 'isolated', step: 1 },
};

/** Jump keys: select another city's, community's, isolated or next-by-name organisation and bring it into view. */
function jump(key: string): boolean {
  const move = JUMPS[key];
  const state = useAppStore.getState();
  if (!move || !state.dataset) return false;
  const graph = selectGraph(state.dataset, state.roleOverrides);
  const analysis = state.analysis?.datasetId === state.dataset.id ? state.analysis : null;
  const visible = selectVisible(graph, state.view, analysis).nodes;
  const community = analysis?.nodeMetrics['community'];
  const target = jumpTarget(graph, move.kind, state.selectedId, move.step, (id) => visible.has(id), community);
  if (target === null) return true;
  state.selectOrganisation(target);
  sendCameraCommand({ kind: 'reveal', id: target });
  return true;
}

/** Single keys: / search, ? help, Esc clear, arrows walk neighbours, jumps, f fit, + and - zoom. */
function handlePlainKeys(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const state = useAppStore.getState();
  const onGraph = state.mainView === 'graph' && !state.presenting;
  const direction = ARROWS[event.key];
  if (event.key === '/') document.getElementById(SEARCH_INPUT_ID)?.focus();
  else if (event.key === '?') state.setShortcutsOpen(true);
  else if (event.key in JUMPS && onGraph && focusIsFree(event.target)) return jump(event.key);
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
  const shortcutsOpen = useAppStore((state) => state.shortcutsOpen);
  const setShortcutsOpen = useAppStore((state) => state.setShortcutsOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || dialogIsOpen()) return;
      if (handleHistoryKeys(event) || handlePlainKeys(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null;
}
