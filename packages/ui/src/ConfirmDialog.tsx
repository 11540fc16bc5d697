import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from "react";
import { Button } from "./Button.js";

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  /** What will happen if the user confirms. */
  children?: ReactNode;
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** "danger" for destructive actions (the default). */
  tone?: "danger" | "primary";
  /** Shows the confirm button as busy and blocks both buttons. */
  busy?: boolean;
  onConfirm: () => void;
  /** Called on Cancel and on Escape. */
  onCancel: () => void;
}

/**
 * A modal confirmation built on the native <dialog>: the browser traps focus,
 * makes the page behind it inert and closes it on Escape. Focus starts on
 * Cancel, the safe choice, and returns to the opener when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "danger",
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Environments without showModal (older engines, test DOMs) fall back to the attribute.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    }
  }, [open]);

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Escape: let the parent's state decide whether the dialog closes.
    event.preventDefault();
    if (!busy) onCancel();
  }

  return (
    <dialog
      ref={ref}
      className="ui-dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={handleCancel}
    >
      <h2 id={titleId} className="ui-dialog__title">
        {title}
      </h2>
      {children && (
        <div id={bodyId} className="ui-dialog__body">
          {children}
        </div>
      )}
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={onCancel} disabled={busy} autoFocus>
          {cancelLabel}
        </Button>
        <Button variant={tone} onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
