import { useId, type ReactNode } from 'react';
import { ModalSurface } from './ModalSurface';
import './dialogs.css';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for a question that needs an answer (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  /** Footer buttons; a Close button is added when none are given. */
  actions?: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, Esc closes, and the
 * rest of the page is inert while it is open. Named by its heading.
 */
export function Dialog({ title, open, onClose, children, role = 'dialog', actions }: DialogProps) {
  const titleId = useId();
  if (!open) return null;
  return (
    <ModalSurface labelledBy={titleId} className="modal" role={role} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <div className="modal-body">{children}</div>
      <div className="modal-actions">
        {actions ?? (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </ModalSurface>
  );
}
