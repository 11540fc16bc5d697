import uiEnglish from "@mfa/ui/locales/en.json";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { catalogs } from "./catalogs";
import { intlLocale, type Language } from "./language";

// English ships with the first page, so the console always has words to fall back on.
const english = import.meta.glob("../locales/en/*.json", { eager: true, import: "default" });

/** The English resources: the console's catalogs and the shared components' ("ui"). */
const en = { ...catalogs(english), ui: uiEnglish };

export const i18n = i18next.createInstance();

/** Adds German to the instance (its own chunk, fetched the first time it is needed). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || i18n.hasResourceBundle(language, "common")) return;
  const { germanResources } = await import("./german");
  for (const [namespace, catalog] of Object.entries(germanResources)) i18n.addResourceBundle(language, namespace, catalog, true, true);
}

/** Starts i18next in `language` with English bundled; the page's <html lang> follows every change. */
export async function initI18n(language: Language): Promise<void> {
  i18n.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "de"],
    resources: { en },
    partialBundledLanguages: true,
    defaultNS: "common",
    ns: Object.keys(en),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The current language (English until chosen otherwise). */
export const currentLanguage = (): Language => (i18n.language === "de" ? "de" : "en");

/** The locale `Intl` formats with for the current language. */
export const currentLocale = (): string => intlLocale(currentLanguage());
