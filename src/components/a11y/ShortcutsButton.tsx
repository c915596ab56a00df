import { useAppStore } from '../../store';

/** Opens the list of keyboard shortcuts (also `?`). */
export function ShortcutsButton() {
  const setShortcutsOpen = useAppStore((state) => state.setShortcutsOpen);
  return (
    <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setShortcutsOpen(true)}>
      Keyboard shortcuts
    </button>
  );
}
