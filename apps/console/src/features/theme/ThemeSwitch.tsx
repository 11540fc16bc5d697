import { HeaderSelect } from "@mfa/ui";
import { useTranslation } from "react-i18next";
import { chooseTheme, readTheme, type ThemeChoice } from "../../lib/theme";

const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** System / Light / Dark, remembered in this browser. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  return <HeaderSelect label={t("theme.label")} options={CHOICES.map((value) => ({ value, label: t(`theme.${value}`) }))} initial={readTheme} onChoose={chooseTheme} />;
}
