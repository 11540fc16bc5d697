/** The console's colour theme: the system's (prefers-color-scheme), or light or dark whatever the system says. */
export type ThemeChoice = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "mfa-console-theme";

const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

const isChoice = (value: unknown): value is ThemeChoice => typeof value === "string" && (CHOICES as readonly string[]).includes(value);

/** The remembered choice ("system" when none, or when storage is off limits). */
export function readTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

/** Applies a choice to the page: `data-theme` on <html> sets the `color-scheme` the theme's colours follow. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset["theme"];
  else root.dataset["theme"] = choice;
}

/** Applies and remembers a choice in this browser. */
export function chooseTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  try {
    if (choice === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}
