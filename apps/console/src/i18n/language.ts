/** The console's languages: English (bundled) and German (loaded when chosen). */
export type Language = "en" | "de";

export const LANGUAGES: readonly Language[] = ["en", "de"];

export const LANGUAGE_STORAGE_KEY = "mfa-console-language";

const isLanguage = (value: unknown): value is Language => typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

/** The language of a browser's preference list: German for a first `de` or `de-*` among ours, else English. */
export function browserLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

const preferences = (): readonly string[] =>
  typeof navigator === "undefined" ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/** The language chosen in this browser's switch, if any (none when storage is off limits). */
export function storedLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The language to start in: the remembered choice, else the browser's. */
export function initialLanguage(): Language {
  return storedLanguage() ?? browserLanguage(preferences());
}

/** Remembers a choice made with the switch. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

/**
 * The locale `Intl` formats with: the browser's own variant of the language when it has one (de-AT, en-GB), else
 * the language's usual one (de-DE, en-US).
 */
export function intlLocale(language: Language, browser: readonly string[] = preferences()): string {
  const own = browser.find((tag) => tag.toLowerCase().split("-")[0] === language && tag.includes("-"));
  return own ?? (language === "de" ? "de-DE" : "en-US");
}
