import { useId, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface RadioOption<T extends string> {
  value: T;
  /** The option's name (its accessible name: keep it short). */
  label: ReactNode;
  /** What choosing it means; linked to the radio as its description. */
  hint?: ReactNode;
}

export interface RadioGroupProps<T extends string> {
  /** Names the group (a fieldset legend). */
  legend: ReactNode;
  options: ReadonlyArray<RadioOption<T>>;
  /** The chosen value; null when nothing is chosen yet. */
  value: T | null;
  onChange: (value: T) => void;
  /** Radios of one group share a name; one is made up when not given. */
  name?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * A labelled group of native radio buttons: arrow keys move between options, the legend names
 * the group, and each option's hint is read as its description.
 */
export function RadioGroup<T extends string>({ legend, options, value, onChange, name, disabled, className }: RadioGroupProps<T>) {
  const autoId = useId();
  const groupName = name ?? `${autoId}-radio`;
  return (
    <fieldset className={cx("ui-radio-group", className)} disabled={disabled}>
      <legend className="ui-field__label ui-radio-group__legend">{legend}</legend>
      {options.map((option, index) => {
        const inputId = `${autoId}-${index}`;
        const hintId = option.hint ? `${inputId}-hint` : undefined;
        return (
          <div key={option.value} className="ui-check ui-radio">
            <input
              id={inputId}
              type="radio"
              name={groupName}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="ui-check__input"
              aria-describedby={hintId}
            />
            <div>
              <label className="ui-check__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <p id={hintId} className="ui-field__hint">
                  {option.hint}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
