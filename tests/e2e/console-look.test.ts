import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { OutboxReader, signInWithPassword, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";
import { Authenticator } from "../support/totp.js";

const USER_PASSWORD = "console-look-user-password";
const ADMIN_PASSWORD = "console-look-admin-password";

/** Every page of the console: a user's own pages, then the admin area (the admin has a Security page too). */
const USER_PAGES = ["/security", "/setup", "/setup/authenticator", "/setup/phone", "/setup/passkey", "/no-such-page"];
const ADMIN_PAGES = ["/admin/overview", "/admin/domains", "/admin/mailboxes", "/admin/users/:first", "/admin/audit", "/admin/account", "/admin/sms", "/admin/api-keys", "/admin/webhooks", "/admin/outbox"];
const THEMES = ["light", "dark"] as const;
const WIDTHS = [1280, 375] as const;

const nameOf = (path: string) => path.replace(/^\//, "").replace(/[/:]+/g, "-") || "home";

/** Opens a page and waits until its data is in: a heading, no request in flight, no spinner. */
async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  // Playwright's own wait: this runs in hooks too, where expect.poll is not available.
  await page.waitForFunction(() => document.querySelectorAll(".ui-spinner").length === 0, undefined, { timeout: 15_000 });
}

describe("the console's look in Chromium: every page, light and dark, 1280 and 375 px, on MariaDB", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let browser: Browser;
  let admin: BrowserContext;
  let firstUserPath = "";

  beforeAll(async () => {
    assertBuilt();
    const db = await createMariaDatabase();
    drop = db.drop;
    server = await startBuiltServer({ DATABASE_URL: db.url, SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
    browser = await launchChromium();
    // One signed-in admin for every page; its cookie is reused by each viewport and theme.
    admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await admin.newPage();
    await signInWithPassword(page, server.url, "admin", ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Sign out" }).first().waitFor({ timeout: 15_000 });
    await openPage(page, `${server.url}/admin/mailboxes`);
    firstUserPath = (await page.locator("a[href^='/admin/users/']").first().getAttribute("href")) ?? "";
    expect(firstUserPath).toMatch(/^\/admin\/users\/.+/);
    await page.close();
  });
  afterAll(async () => {
    await admin?.close();
    await browser?.close();
    await server?.stop();
    await drop?.();
  });

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      it(`${theme} at ${width} px: each page passes axe (nothing serious or critical) and is kept as a screenshot`, async () => {
        const page = await admin.newPage();
        await page.setViewportSize({ width, height: 900 });
        // The theme follows the system's preference (no choice stored in this browser).
        await page.emulateMedia({ colorScheme: theme });
        for (const path of [...USER_PAGES, ...ADMIN_PAGES]) {
          const url = `${server.url}${path === "/admin/users/:first" ? firstUserPath : path}`;
          await openPage(page, url);
          const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
          expect(scheme, path).toContain(theme);
          // Nothing wider than the screen: tables turn into cards, the header into a menu.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} is wider than ${width} px`).toBeLessThanOrEqual(0);
          await snapshotAndAudit(page, `look-${theme}-${width}-${nameOf(path)}`);
        }
        if (width < 640) {
          const menu = page.getByRole("button", { name: "Menu" });
          await menu.click();
          expect(await menu.getAttribute("aria-expanded")).toBe("true");
          await snapshotAndAudit(page, `look-${theme}-${width}-menu-open`);
          await page.keyboard.press("Escape");
          expect(await menu.getAttribute("aria-expanded")).toBe("false");
          await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");
        }
        await page.close();

        // Signed out: the sign-in page.
        const visitor = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        const signIn = await visitor.newPage();
        await openPage(signIn, `${server.url}/sign-in`);
        await snapshotAndAudit(signIn, `look-${theme}-${width}-sign-in`);
        await visitor.close();
      }, 300_000);
    }
  }

  it("the theme switch overrides the system and is remembered in this browser", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    const page = await context.newPage();
    await openPage(page, `${server.url}/sign-in`);
    await page.getByLabel("Theme").selectOption("dark");
    await page.reload();
    await page.getByLabel("Theme").waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
    expect(await page.getByLabel("Theme").inputValue()).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(247, 248, 250)");
    await context.close();
  });

  describe("a user's devices", () => {
    let outbox: OutboxReader;
    beforeAll(async () => {
      outbox = await OutboxReader.open(browser, server.url, "admin", ADMIN_PASSWORD);
    });
    afterAll(async () => outbox?.close());

    async function userPage(username: string, width = 1280): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signInWithPassword(page, server.url, username, USER_PASSWORD);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/);
      return page;
    }

    it("Cancel and Choose another method leave no “Not verified” device behind", async () => {
      const page = await userPage("alice@example.com");
      await page.getByRole("button", { name: "Add an authenticator" }).click();
      await page.getByLabel("Device name").fill("Abandoned app");
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByText("Scan the QR code").waitFor({ timeout: 15_000 });
      await page.getByRole("link", { name: "Cancel and go back to Security" }).click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/);
      await page.waitForLoadState("networkidle");
      expect(await page.getByText("Abandoned app").count()).toBe(0);

      await page.getByRole("button", { name: "Add a phone" }).click();
      await page.getByLabel("Country").selectOption("US");
      await page.getByLabel("Phone number").fill("201 555 0177");
      await page.getByLabel("Device name").fill("Abandoned phone");
      await page.getByRole("button", { name: /continue|send code/i }).click();
      await page.getByText(/Enter the code we texted to/).waitFor({ timeout: 15_000 });
      await page.getByRole("link", { name: "Cancel and go back to Security" }).click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/);
      await page.waitForLoadState("networkidle");
      expect(await page.getByText("Abandoned phone").count()).toBe(0);
      expect(await page.getByText("Not verified").count()).toBe(0);
      expect(await page.getByText("You have no devices yet.").count()).toBe(1);
      await page.context().close();
    });

    it("a phone made the default stops being the backup, and the default is never offered as the backup", async () => {
      const page = await userPage("erin@example.com", 375);
      await page.getByRole("button", { name: "Add an authenticator" }).click();
      await page.getByLabel("Device name").fill("Erin's app");
      await page.getByRole("button", { name: "Continue" }).click();
      const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
      const app = new Authenticator(secret);
      await submitCode(page, await app.code());
      await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/);

      await page.getByRole("button", { name: "Add a phone" }).click();
      await page.getByLabel("Country").selectOption("US");
      await page.getByLabel("Phone number").fill("201 555 0188");
      await page.getByLabel("Device name").fill("Erin's mobile");
      const code = await outbox.nextCode("+1 *** *** 0188", /verification code/i, () => page.getByRole("button", { name: /continue|send code/i }).click());
      await submitCode(page, code);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/);

      const phone = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Erin's mobile" }) });
      /** Clicks an action, proving it's the user with a fresh code when asked. */
      async function act(name: string, done: RegExp) {
        await phone.getByRole("button", { name }).click();
        const prompt = page.getByRole("dialog", { name: "Confirm it’s you" });
        await expect.poll(async () => (await prompt.count()) + (await page.getByText(done).count()), { timeout: 15_000 }).toBeGreaterThan(0);
        if ((await prompt.count()) > 0) {
          await prompt.getByLabel("Code", { exact: true }).fill(await app.code());
          await prompt.getByRole("button", { name: "Confirm" }).click();
        }
        await expect.poll(() => page.getByText(done).count(), { timeout: 15_000 }).toBe(1);
      }
      await act("Make backup", /is now your backup number/);
      await expect.poll(() => phone.getByText("Backup", { exact: true }).count()).toBe(1);
      await act("Make default", /is now your default method/);
      await expect.poll(() => phone.getByText("Default", { exact: true }).count()).toBe(1);
      expect(await phone.getByText("Backup", { exact: true }).count()).toBe(0);
      expect(await phone.getByRole("button", { name: "Make backup" }).count()).toBe(0);
      // And after a reload, from the service itself.
      await page.reload();
      await page.getByRole("heading", { name: "Erin's mobile" }).waitFor({ timeout: 15_000 });
      expect(await phone.getByText("Default", { exact: true }).count()).toBe(1);
      expect(await phone.getByText("Backup", { exact: true }).count()).toBe(0);
      await snapshotAndAudit(page, "look-devices-default-phone-375");
      await page.context().close();
    });
  });
});
