import { execFileSync } from "node:child_process";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { ensureArtifactsDir } from "./paths.js";
import { oathtool } from "./totp.js";

/** Signs in through the console's password step. */
export async function signInWithPassword(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Types a code at the passcode step (or a device verification) and submits it. */
export async function submitCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verify", exact: true }).click();
}

/**
 * On the Security page: adds an authenticator named `name` with a code computed by oathtool, waits until the page
 * lists it, and returns its secret.
 */
export async function addAuthenticator(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name: "Add an authenticator" }).click();
  await page.getByLabel("Device name").fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  await submitCode(page, oathtool(secret, Date.now()));
  await expect.poll(() => page.getByText(name).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return secret;
}

/** Below 640 px the header's links and buttons are behind the Menu button: opens it when it is shown and closed. */
export async function openMenuIfCollapsed(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
}

export async function signOut(page: Page): Promise<void> {
  await openMenuIfCollapsed(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => page.getByLabel("Username").count(), { timeout: 15_000 }).toBe(1);
}

/**
 * The texts a phone would receive, read the way the product intends in development: an account admin, signed
 * in in a second browser context, keeps the Outbox page (its Texts tab) open. The console never shows a text to the
 * person waiting for it, and the database keeps only sealed bodies.
 */
export class OutboxReader {
  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  /** Signs the admin in (password only: an admin without a second factor) and opens the Outbox page on its Texts tab. */
  static async open(browser: Browser, baseUrl: string, username: string, password: string): Promise<OutboxReader> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInWithPassword(page, baseUrl, username, password);
    // Playwright's own waits: this may run in a hook, where expect.poll is not available.
    await page.getByRole("button", { name: "Sign out" }).waitFor({ timeout: 15_000 });
    await page.goto(`${baseUrl}/admin/outbox`);
    await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor({ timeout: 15_000 });
    return new OutboxReader(context, page);
  }

  /** The bodies of the texts to `to` (masked, as the page shows it) that match `kind`, newest first. */
  async texts(to: string, kind: RegExp): Promise<string[]> {
    await this.page.getByRole("button", { name: "Refresh" }).click();
    await this.page.waitForLoadState("networkidle");
    const rows = await this.page.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => (td.textContent ?? "").trim())),
    );
    return rows.filter(([, rowTo, body]) => rowTo === to && kind.test(body ?? "")).map(([, , body]) => body ?? "");
  }

  /** Runs `action` (which makes the service text `to`), then waits for the new text and returns its six-digit code. */
  async nextCode(to: string, kind: RegExp, action: () => Promise<void>): Promise<string> {
    const before = (await this.texts(to, kind)).length;
    await action();
    let newest: string | undefined;
    await expect
      .poll(
        async () => {
          const texts = await this.texts(to, kind);
          newest = texts[0];
          return texts.length;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBeGreaterThan(before);
    const code = /\b(\d{6,8})\b/.exec(newest ?? "")?.[1];
    if (!code) throw new Error(`the newest text to ${to} has no code: ${newest}`);
    return code;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Saves a full-page screenshot and checks it with axe: no serious or critical violation. */
export async function snapshotAndAudit(page: Page, name: string): Promise<string> {
  const path = join(ensureArtifactsDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), `accessibility of ${name}`).toEqual([]);
  return path;
}

/** Decodes the QR image shown on the page with zbarimg, as a phone camera would. */
export async function decodeQrOnPage(page: Page, alt: string): Promise<string> {
  const path = join(ensureArtifactsDir(), "qr-code.png");
  await page.getByAltText(alt).screenshot({ path });
  const bin = process.env.ZBARIMG_PATH ?? "zbarimg";
  return execFileSync(bin, ["--raw", "-q", path], { encoding: "utf8" }).trim();
}
