import { useId, type ComponentPropsWithRef, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface TextFieldProps extends Omit<ComponentPropsWithRef<"input">, "children"> {
  /** Visible label, always linked to the input. */
  label: ReactNode;
  /** Help text shown under the label. */
  hint?: ReactNode;
  /** Error text; marks the input invalid when present. */
  error?: ReactNode;
  /** Extra class for the input element (the wrapper takes `className`). */
  inputClassName?: string;
}

/** A labelled text input with optional hint and error text wired up for assistive technology. */
export function TextField({
  label,
  hint,
  error,
  id,
  className,
  inputClassName,
  "aria-describedby": describedBy,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? `${autoId}-input`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describers = [describedBy, hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cx("ui-field", error ? "ui-field--invalid" : undefined, className)}>
      <label className="ui-field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      )}
      <input
        {...rest}
        id={inputId}
        className={cx("ui-input", inputClassName)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describers}
      />
      {error && (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
