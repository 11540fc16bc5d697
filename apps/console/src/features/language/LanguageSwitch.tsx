import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../../i18n/choose-language";
import { currentLanguage } from "../../i18n/i18n";
import { LANGUAGES, type Language } from "../../i18n/language";
import "../theme/theme-switch.css";

/** Each language named in itself, as language menus do, so a reader finds theirs whatever the page's language. */
const NAMES: Record<Language, string> = { en: "English", de: "Deutsch" };

/** English / Deutsch, remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<Language>(currentLanguage);
  return (
    <span className="theme-switch">
      <label htmlFor={id} className="theme-switch__label">
        {t("language")}
      </label>
      <select
        id={id}
        className="ui-input ui-select theme-switch__select"
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value as Language;
          setChoice(next);
          void chooseLanguage(next);
        }}
      >
        {LANGUAGES.map((value) => (
          <option key={value} value={value} lang={value}>
            {NAMES[value]}
          </option>
        ))}
      </select>
    </span>
  );
}
