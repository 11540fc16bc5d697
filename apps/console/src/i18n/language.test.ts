import { afterEach, describe, expect, it } from "vitest";
import { browserLanguage, initialLanguage, intlLocale, LANGUAGE_STORAGE_KEY, rememberLanguage, storedLanguage } from "./language";

afterEach(() => window.localStorage.clear());

describe("the console's language", () => {
  it("follows the browser: German for a first German preference, English otherwise", () => {
    expect(browserLanguage(["de-DE", "en-US"])).toBe("de");
    expect(browserLanguage(["de-AT"])).toBe("de");
    expect(browserLanguage(["DE"])).toBe("de");
    expect(browserLanguage(["fr-FR", "de-CH", "en"])).toBe("de");
    expect(browserLanguage(["en-GB", "de-DE"])).toBe("en");
    expect(browserLanguage(["fr-FR", "es"])).toBe("en");
    expect(browserLanguage([])).toBe("en");
  });

  it("prefers the switch's remembered choice over the browser's", () => {
    expect(storedLanguage()).toBeNull();
    rememberLanguage("de");
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("de");
    expect(initialLanguage()).toBe("de");
    rememberLanguage("en");
    expect(initialLanguage()).toBe("en");
  });

  it("ignores a remembered value that is not one of its languages", () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "fr");
    expect(storedLanguage()).toBeNull();
  });

  it("formats in the browser's variant of the language when it has one", () => {
    expect(intlLocale("de", ["de-AT", "en"])).toBe("de-AT");
    expect(intlLocale("de", ["en-GB"])).toBe("de-DE");
    expect(intlLocale("en", ["de-DE", "en-GB"])).toBe("en-GB");
    expect(intlLocale("en", ["de-DE"])).toBe("en-US");
  });
});
