import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from "react";
import { cx } from "./cx.js";

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Called on Escape (the parent decides whether the dialog closes). */
  onCancel: () => void;
  /** While true, Escape does nothing. */
  busy?: boolean;
  /** Id of the element that describes the dialog, if any. */
  describedBy?: string;
  className?: string;
  children?: ReactNode;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind it
 * inert and closes it on Escape; focus returns to the opener when it closes. The content
 * (a form, buttons) is the caller's.
 */
export function Dialog({ open, title, onCancel, busy = false, describedBy, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

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
      className={cx("ui-dialog", className)}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={handleCancel}
    >
      {open && (
        <>
          <h2 id={titleId} className="ui-dialog__title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
