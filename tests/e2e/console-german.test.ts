import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { decodeQrOnPage, snapshotAndAudit } from "../support/console-pages.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";
import { Authenticator } from "../support/totp.js";

const USER_PASSWORD = "console-german-user-password";
const ADMIN_PASSWORD = "console-german-admin-password";
const WIDTHS = [1280, 375] as const;

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).first();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Below 640 px the header's controls are behind the menu button ("Menü" in German, "Menu" in English). */
async function openMenuIfCollapsed(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: /^(Menü|Menu)$/ });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
}

/** A screenshot and an axe audit of the page as it stands, at each width. */
async function snapshotBothWidths(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction(() => document.querySelectorAll(".ui-spinner").length === 0, undefined, { timeout: 15_000 });
    // German's longer words still fit: nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} is wider than ${width} px`).toBeLessThanOrEqual(0);
    await snapshotAndAudit(page, `german-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Signs in through the German password step. */
async function anmelden(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Benutzername").fill(username);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

describe("the console in German in Chromium (a de-DE browser), on MariaDB", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    assertBuilt();
    const db = await createMariaDatabase();
    drop = db.drop;
    server = await startBuiltServer({ DATABASE_URL: db.url, SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await drop?.();
  });

  it("signs a user in, sets up an authenticator with a real code and shows the Security page in German, then switches to English for good", async () => {
    context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();

    // Sign-in, chosen from the browser's language: nothing stored yet.
    await page.goto(`${server.url}/sign-in`);
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Anmelden");
    expect(await htmlLang(page)).toBe("de");
    expect(await page.title()).toBe("Anmelden · MFA-Konsole");
    expect(await page.getByLabel("Sprache").inputValue()).toBe("de");
    // An error code from the service, worded in German.
    await page.getByLabel("Benutzername").fill("alice@example.com");
    await page.getByLabel("Passwort").fill("not-the-password");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect.poll(() => page.getByText("Benutzername oder Passwort ist nicht korrekt.").count(), { timeout: 15_000 }).toBe(1);
    await snapshotBothWidths(page, "sign-in");

    await anmelden(page, server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Sicherheit");
    expect(await page.title()).toBe("Sicherheit · MFA-Konsole");

    // The setup wizard: choose the method, name the app, scan the QR code, enter a real code.
    await page.getByRole("button", { name: "Multi-Faktor-Authentifizierung einrichten" }).click();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Methode für die Multi-Faktor-Authentifizierung wählen");
    await snapshotBothWidths(page, "setup-choose");
    await page.getByRole("button", { name: "Authentifizierungs-App verwenden" }).click();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Authentifizierungs-App einrichten");
    await page.getByLabel("Gerätename").fill("Diensthandy");
    await page.getByRole("button", { name: "Weiter" }).click();
    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = await decodeQrOnPage(page, "QR-Code für Ihre Authentifizierungs-App");
    expect(new URL(uri).searchParams.get("secret")).toBe(secret);
    expect(await page.getByRole("heading", { name: "QR-Code scannen" }).count()).toBe(1);
    await snapshotBothWidths(page, "setup-authenticator");
    const app = new Authenticator(secret);
    await page.getByLabel("Code", { exact: true }).fill(await app.code());
    await page.getByRole("button", { name: "Bestätigen", exact: true }).click();

    // The Security page in German, with the device's date written the German way (DD.MM.YYYY).
    await expect.poll(() => page.getByText("„Diensthandy“ ist bestätigt und einsatzbereit.").count(), { timeout: 15_000 }).toBe(1);
    expect(await heading(page).textContent()).toBe("Sicherheit");
    const today = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium" }).format(new Date());
    expect(today).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await expect.poll(() => page.getByText(`Hinzugefügt am ${today}`).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByRole("heading", { name: "Meine MFA-Geräte" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Wiederherstellungscodes erstellen" }).count()).toBe(1);
    expect(await page.getByRole("switch", { name: "Multi-Faktor-Authentifizierung" }).count()).toBe(1);
    await snapshotBothWidths(page, "security");

    // The switch turns the page to English and the choice outlives a reload, whatever the browser prefers.
    await openMenuIfCollapsed(page);
    await page.getByLabel("Sprache").selectOption("en");
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Security");
    expect(await htmlLang(page)).toBe("en");
    expect(await page.title()).toBe("Security · MFA Console");
    expect(await page.getByText("Diensthandy").count()).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Security");
    expect(await htmlLang(page)).toBe("en");
    expect(await page.getByLabel("Language").inputValue()).toBe("en");
    await expect.poll(() => page.getByRole("heading", { name: "My Multi-Factor Devices" }).count(), { timeout: 15_000 }).toBe(1);

    // And back: German again, also after a reload.
    await page.getByLabel("Language").selectOption("de");
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Sicherheit");
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Sicherheit");
    expect(await htmlLang(page)).toBe("de");
    await context.close();
  });

  it("shows an admin the Overview, the admin navigation and the audit log in German", async () => {
    context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await anmelden(page, server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Übersicht");
    expect(await page.title()).toBe("Übersicht · MFA-Konsole");
    const nav = page.getByRole("navigation", { name: "Verwaltung" });
    for (const link of ["Übersicht", "Domains", "Postfächer", "Audit-Protokoll", "Konto"]) {
      expect(await nav.getByRole("link", { name: link }).count(), link).toBe(1);
    }
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("button", { name: "Aktualisieren" }).count()).toBe(1);
    await expect.poll(() => page.getByText("Eingerichtet").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await snapshotBothWidths(page, "admin-overview");

    // The audit log: its action labels and dates in German.
    await nav.getByRole("link", { name: "Audit-Protokoll" }).click();
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe("Audit-Protokoll");
    await page.waitForLoadState("networkidle");
    // The rows, not the action filter's options (which carry the same labels).
    await expect.poll(() => page.locator("tbody tr", { hasText: "Anmeldung erfolgreich" }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator("tbody time").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const times = await page.locator("tbody time").allTextContents();
    expect(times.length, times.join(" | ")).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
    expect(await page.getByRole("button", { name: "Filtern" }).count()).toBe(1);
    await snapshotBothWidths(page, "admin-audit");
    await context.close();
  });
});
