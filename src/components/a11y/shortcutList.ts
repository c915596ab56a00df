/**
 * Every keyboard shortcut of the app, as the help dialog (`?`) lists it. The handlers live where
 * the keys act (KeyboardShortcuts, the tab list, tables, the search box, presentation/keys.ts);
 * a unit test checks this list against the presentation key map so the two cannot drift.
 */
export interface Shortcut {
  keys: string[];
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Graph (focus on the canvas or the page)',
    shortcuts: [
      { keys: ['←', '↑', '→', '↓'], action: 'Select the neighbour that lies that way' },
      { keys: ['c', 'Shift+C'], action: 'Next / previous city (its best-connected organisation)' },
      { keys: ['m', 'Shift+M'], action: 'Next / previous community (once the analysis has run)' },
      { keys: ['n', 'Shift+N'], action: 'Next / previous organisation by name' },
      { keys: ['i'], action: 'Next organisation without ties' },
      { keys: ['f'], action: 'Fit the whole network in view' },
      { keys: ['+', '-'], action: 'Zoom in / out' },
      { keys: ['Esc'], action: 'Clear the selection' },
    ],
  },
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['/'], action: 'Search organisations' },
      { keys: ['?'], action: 'Show these shortcuts' },
      { keys: ['Ctrl+Z'], action: 'Undo a view change' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
    ],
  },
  {
    title: 'Search, tabs and tables',
    shortcuts: [
      { keys: ['↑', '↓', 'Enter'], action: 'Search results: move, then choose' },
      { keys: ['←', '→', 'Home', 'End'], action: 'Views tab list: move between views' },
      { keys: ['↑', '↓', 'Home', 'End', 'PageUp', 'PageDown'], action: 'Table rows: move' },
      { keys: ['Enter', 'Space'], action: 'Table rows: select the organisation' },
    ],
  },
  {
    title: 'Presenting (also in the presenter view)',
    shortcuts: [
      { keys: ['→', '↓', 'PageDown', 'Space', 'Enter'], action: 'Next scene' },
      { keys: ['←', '↑', 'PageUp', 'Backspace', 'Shift+Space'], action: 'Previous scene' },
      { keys: ['Home', 'End'], action: 'First / last scene' },
      { keys: ['1', '…', '9'], action: 'Go to scene by number' },
      { keys: ['n'], action: 'Show or hide speaker notes' },
      { keys: ['f'], action: 'Full screen on or off' },
      { keys: ['p'], action: 'Open the presenter view' },
      { keys: ['Esc'], action: 'End the presentation' },
    ],
  },
];
