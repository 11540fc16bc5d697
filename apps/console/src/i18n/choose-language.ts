import { i18n, loadLanguage } from "./i18n";
import { rememberLanguage, type Language } from "./language";

/** Switches the console to `language` (loading it first when needed) and remembers the choice in this browser. */
export async function chooseLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
  rememberLanguage(language);
}
