import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalSurfaceProps {
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  className: string;
  /** 'alertdialog' for a question that needs an answer (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  /** Esc (the dialog's cancel event) asks to close; the owner decides. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native `<dialog>` opened modally for as long as it is mounted: the browser keeps Tab inside
 * it, makes the page behind inert and turns Esc into a cancel event. Shown before the first paint,
 * so a closed dialog is never drawn in the page's flow.
 */
export function ModalSurface({ labelledBy, className, role, onClose, children }: ModalSurfaceProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={labelledBy}
      className={className}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
