import { useId, type ComponentPropsWithRef, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface SelectFieldProps extends ComponentPropsWithRef<"select"> {
  /** Visible label, always linked to the select. */
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A labelled native select (keyboard and screen-reader friendly on every platform). */
export function SelectField({ label, hint, error, id, className, children, "aria-describedby": describedBy, ...rest }: SelectFieldProps) {
  const autoId = useId();
  const selectId = id ?? `${autoId}-select`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  const describers = [describedBy, hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cx("ui-field", error ? "ui-field--invalid" : undefined, className)}>
      <label className="ui-field__label" htmlFor={selectId}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      )}
      <select
        {...rest}
        id={selectId}
        className="ui-input ui-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describers}
      >
        {children}
      </select>
      {error && (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
