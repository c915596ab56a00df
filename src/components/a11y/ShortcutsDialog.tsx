import { Dialog } from '../Dialog';
import { SHORTCUT_GROUPS } from './shortcutList';

/** The help dialog (`?`): every keyboard shortcut, grouped by where it acts. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open onClose={onClose}>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title} aria-label={group.title} className="shortcut-group">
          <h3>{group.title}</h3>
          <dl className="shortcut-list">
            {group.shortcuts.map((shortcut) => (
              <div key={`${group.title}:${shortcut.action}`} className="shortcut">
                <dt>
                  {shortcut.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
