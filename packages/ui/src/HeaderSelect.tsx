import { useId, useState } from "react";

interface HeaderSelectOption<T extends string> {
  value: T;
  label: string;
  /** The option's own language, when its label is written in it (a language menu). */
  lang?: string;
}

interface HeaderSelectProps<T extends string> {
  /** Visible label, linked to the select. */
  label: string;
  options: readonly HeaderSelectOption<T>[];
  /** The choice shown first (a remembered one). */
  initial: T | (() => T);
  /** Called with each new choice, once it is shown. */
  onChoose: (value: T) => void;
}

/** A small labelled select for a page header (a theme, a language): shows the new choice at once and hands it on. */
export function HeaderSelect<T extends string>({ label, options, initial, onChoose }: HeaderSelectProps<T>) {
  const id = useId();
  const [choice, setChoice] = useState<T>(initial);
  return (
    <span className="ui-header-select">
      <label htmlFor={id} className="ui-header-select__label">
        {label}
      </label>
      <select
        id={id}
        className="ui-input ui-select ui-header-select__select"
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value as T;
          setChoice(next);
          onChoose(next);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
