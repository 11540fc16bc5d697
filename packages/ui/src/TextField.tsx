import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "./cx.js";
import { FieldFrame, useFieldIds } from "./Field.js";

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
export function TextField({ label, hint, error, id, className, inputClassName, "aria-describedby": describedBy, ...rest }: TextFieldProps) {
  const ids = useFieldIds({ id, suffix: "input", hint, error, describedBy });
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        {...rest}
        id={ids.controlId}
        className={cx("ui-input", inputClassName)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}
