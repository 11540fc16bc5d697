import { useId, type ComponentPropsWithRef, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface CheckboxProps extends Omit<ComponentPropsWithRef<"input">, "type"> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown and announced as an on/off switch instead of a checkbox. */
  switch?: boolean;
}

/** A labelled checkbox, or an on/off switch (`role="switch"`). */
export function Checkbox({ label, hint, id, className, switch: isSwitch = false, ...rest }: CheckboxProps) {
  const autoId = useId();
  const inputId = id ?? `${autoId}-check`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className={cx("ui-check", isSwitch && "ui-check--switch", className)}>
      <input
        {...rest}
        id={inputId}
        type="checkbox"
        role={isSwitch ? "switch" : undefined}
        className={cx("ui-check__input", isSwitch && "ui-switch")}
        aria-describedby={hintId}
      />
      <div>
        <label className="ui-check__label" htmlFor={inputId}>
          {label}
        </label>
        {hint && (
          <p id={hintId} className="ui-field__hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
