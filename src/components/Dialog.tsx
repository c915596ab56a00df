import { useEffect, useId, useRef, type ReactNode } from 'react';
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
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      className="modal"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className="modal-body">{children}</div>
          <div className="modal-actions">
            {actions ?? (
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}
