import { useId, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface FieldIds {
  controlId: string;
  hintId: string | undefined;
  errorId: string | undefined;
  /** The control's aria-describedby: the caller's own, then the hint, then the error. */
  describedBy: string | undefined;
}

/** Ids that tie a form control to its label, hint and error text. */
export function useFieldIds(options: { id: string | undefined; suffix: string; hint: ReactNode; error: ReactNode; describedBy: string | undefined }): FieldIds {
  const autoId = useId();
  const controlId = options.id ?? `${autoId}-${options.suffix}`;
  const hintId = options.hint ? `${controlId}-hint` : undefined;
  const errorId = options.error ? `${controlId}-error` : undefined;
  const describedBy = [options.describedBy, hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { controlId, hintId, errorId, describedBy };
}

/** The frame of a labelled control: label, hint above the control, error below it. */
export function FieldFrame(props: { ids: FieldIds; label: ReactNode; hint: ReactNode; error: ReactNode; className: string | undefined; children: ReactNode }) {
  const { ids, label, hint, error, className, children } = props;
  return (
    <div className={cx("ui-field", error ? "ui-field--invalid" : undefined, className)}>
      <label className="ui-field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="ui-field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={ids.errorId} className="ui-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
