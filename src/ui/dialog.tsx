import { useCallback, useId, type ReactNode } from 'react';

export type DialogProps = {
  title: ReactNode;
  /** Called on Escape; the owner unmounts the dialog to close it. */
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal dialog: mount it to open it, unmount it to close it. The browser's own `<dialog>` traps
 * focus and closes on Escape; focus returns to what had it before.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const titleId = useId();
  const open = useCallback((node: HTMLDialogElement | null) => {
    if (!node) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof node.showModal === 'function') {
      if (!node.open) node.showModal();
    } else {
      node.setAttribute('open', '');
    }
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={open}
      className="dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
