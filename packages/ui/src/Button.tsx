import type { ComponentPropsWithRef } from "react";
import { cx } from "./cx.js";
import { Spinner } from "./Spinner.js";

export type ButtonVariant = "primary" | "secondary" | "danger";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  /** While true the button is disabled, marked busy and shows a spinner. */
  loading?: boolean;
}

/** A button; `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = "primary",
  loading = false,
  disabled,
  type = "button",
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx("ui-button", `ui-button--${variant}`, className)}
    >
      {loading && <Spinner decorative size="small" />}
      <span>{children}</span>
    </button>
  );
}
