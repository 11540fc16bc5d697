import type { ReactNode } from "react";
import { cx } from "./cx.js";

export type AlertTone = "error" | "warning" | "success" | "info";

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A message box. Errors use role="alert" (announced at once); other tones use
 * role="status" (announced politely).
 */
export function Alert({ tone = "info", title, children, className }: AlertProps) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cx("ui-alert", `ui-alert--${tone}`, className)}>
      {title && <p className="ui-alert__title">{title}</p>}
      {children && <div className="ui-alert__body">{children}</div>}
    </div>
  );
}
