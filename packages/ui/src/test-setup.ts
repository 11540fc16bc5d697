import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";

// The components speak through react-i18next: the tests read them in English, as the console starts.
await i18next.use(initReactI18next).init({
  lng: "en",
  resources: { en: { ui: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
