import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button.js";
import { Dialog } from "./Dialog.js";

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

/** A modal yes/no question. Focus starts on Cancel, the safe choice. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = "danger",
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation("ui");
  const bodyId = useId();
  return (
    <Dialog open={open} title={title} onCancel={onCancel} busy={busy} describedBy={children ? bodyId : undefined}>
      {children && (
        <div id={bodyId} className="ui-dialog__body">
          {children}
        </div>
      )}
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={onCancel} disabled={busy} autoFocus>
          {cancelLabel ?? t("cancel")}
        </Button>
        <Button variant={tone} onClick={onConfirm} loading={busy}>
          {confirmLabel ?? t("confirm")}
        </Button>
      </div>
    </Dialog>
  );
}
