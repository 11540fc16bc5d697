import { HeaderSelect } from "@mfa/ui";
import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../../i18n/choose-language";
import { currentLanguage } from "../../i18n/i18n";
import { LANGUAGES, type Language } from "../../i18n/language";

/** Each language named in itself, as language menus do, so a reader finds theirs whatever the page's language. */
const NAMES: Record<Language, string> = { en: "English", de: "Deutsch" };

/** English / Deutsch, remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <HeaderSelect
      label={t("language")}
      options={LANGUAGES.map((value) => ({ value, label: NAMES[value], lang: value }))}
      initial={currentLanguage}
      onChoose={(next) => void chooseLanguage(next)}
    />
  );
}
