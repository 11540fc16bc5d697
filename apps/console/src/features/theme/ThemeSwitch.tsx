import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { chooseTheme, readTheme, type ThemeChoice } from "../../lib/theme";
import "./theme-switch.css";

const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** System / Light / Dark, remembered in this browser. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(readTheme);
  return (
    <span className="theme-switch">
      <label htmlFor={id} className="theme-switch__label">
        {t("theme.label")}
      </label>
      <select
        id={id}
        className="ui-input ui-select theme-switch__select"
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value as ThemeChoice;
          setChoice(next);
          chooseTheme(next);
        }}
      >
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
