import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { addAuthenticator, signInWithPassword, snapshotAndAudit } from "../support/console-pages.js";
import { assertBuilt } from "../support/paths.js";

const USER_PASSWORD = "console-user-password";

describe("the Security page's App passwords in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    assertBuilt();
    server = await startBuiltServer({ SEED_DEMO: "true", DEMO_USER_PASSWORD: USER_PASSWORD, MAIL_AUTH_KEY: "console-e2e-mail-servers-key-0123456789" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a user with MFA makes an app password (shown once, copyable), sees it listed and revokes it; at 1280 and 375 px", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
    await addAuthenticator(p, "Work phone");
    await p.goto(`${server.url}/security`);

    const section = p.locator("#app-passwords");
    await section.getByLabel("Mail app name").fill("Thunderbird");
    await section.getByRole("button", { name: "Create app password" }).click();
    const shown = section.getByLabel("App password", { exact: true });
    await expect.poll(() => shown.textContent(), { timeout: 15_000 }).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
    const password = (await shown.textContent()) as string;
    await snapshotAndAudit(p, "security-app-passwords-1280");
    await p.setViewportSize({ width: 375, height: 800 });
    await snapshotAndAudit(p, "security-app-passwords-375");
    await p.setViewportSize({ width: 1280, height: 900 });

    // The mail server's view: the shown password works, once revoked it does not.
    const check = async () =>
      (
        await fetch(`${server.url}/mail-auth/v1/check`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-mail-auth-key": "console-e2e-mail-servers-key-0123456789" },
          body: JSON.stringify({ username: "alice@example.com", password, protocol: "imap", remoteIp: "192.0.2.5" }),
        })
      ).json();
    expect(await check()).toEqual({ result: "allow" });

    await section.getByRole("button", { name: "Done" }).click();
    expect(await section.getByLabel("App password", { exact: true }).count()).toBe(0);
    await p.reload();
    await expect.poll(() => p.locator("#app-passwords").getByText(/Last used .*IMAP from 192\.0\.2\.5/).count(), { timeout: 15_000 }).toBe(1);
    await p.locator("#app-passwords").getByRole("button", { name: "Revoke Thunderbird" }).click();
    await p.getByRole("dialog", { name: "Revoke Thunderbird?" }).getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => p.locator("#app-passwords").getByText("No app passwords yet.").count(), { timeout: 15_000 }).toBe(1);
    expect(await check()).toEqual({ result: "deny" });
    await context.close();
  });
});
