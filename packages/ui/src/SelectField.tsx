import type { ComponentPropsWithRef, ReactNode } from "react";
import { FieldFrame, useFieldIds } from "./Field.js";

export interface SelectFieldProps extends ComponentPropsWithRef<"select"> {
  /** Visible label, always linked to the select. */
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A labelled native select (keyboard and screen-reader friendly on every platform). */
export function SelectField({ label, hint, error, id, className, children, "aria-describedby": describedBy, ...rest }: SelectFieldProps) {
  const ids = useFieldIds({ id, suffix: "select", hint, error, describedBy });
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <select {...rest} id={ids.controlId} className="ui-input ui-select" aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy}>
        {children}
      </select>
    </FieldFrame>
  );
}
