import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useTranslation } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { chooseLanguage } from "../../i18n/choose-language";
import { i18n } from "../../i18n/i18n";
import { LANGUAGE_STORAGE_KEY } from "../../i18n/language";
import { errorMessage } from "../../lib/error-messages";
import { usePage } from "../../lib/router";
import { LanguageSwitch } from "./LanguageSwitch";

afterEach(async () => {
  cleanup();
  await chooseLanguage("en");
  window.localStorage.clear();
});

function Page() {
  const { t } = useTranslation("sign-in");
  const heading = usePage(t("title"));
  return (
    <>
      <h1 ref={heading}>{t("title")}</h1>
      <LanguageSwitch />
    </>
  );
}

describe("LanguageSwitch", () => {
  it("turns the page to German and back, and sets <html lang>, the title and the stored choice", async () => {
    render(<Page />);
    expect(screen.getByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "de" } });
    expect(await screen.findByRole("heading", { name: "Anmelden" })).toBeTruthy();
    expect(screen.getByLabelText("Sprache")).toBeTruthy();
    expect(document.documentElement.lang).toBe("de");
    expect(document.title).toBe("Anmelden · MFA-Konsole");
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("de");

    fireEvent.change(screen.getByLabelText("Sprache"), { target: { value: "en" } });
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Sign in · MFA Console");
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
  });

  it("names each language in itself", () => {
    render(<LanguageSwitch />);
    expect(screen.getByRole("option", { name: "Deutsch" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "English" })).toBeTruthy();
  });

  it("loads German only when it is chosen, and words error codes in it", async () => {
    expect(i18n.hasResourceBundle("de", "common") && i18n.language === "de").toBe(false);
    await chooseLanguage("de");
    const locked = Object.assign(new Error("x"), { name: "CombinedGraphQLErrors" });
    expect(errorMessage(locked)).toBe("Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.");
    expect(i18n.t("errors.attemptsLeft", { text: "Falsch.", count: 1 })).toBe("Falsch. Noch 1 Versuch, bevor Ihr Konto gesperrt wird.");
    expect(i18n.t("errors.attemptsLeft", { text: "Falsch.", count: 3 })).toBe("Falsch. Noch 3 Versuche, bevor Ihr Konto gesperrt wird.");
  });
});
