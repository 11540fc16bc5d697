import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInWithPassword, signOut, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";
import { Authenticator } from "../support/totp.js";

const USER_PASSWORD = "console-user-password";
const ADMIN_PASSWORD = "console-admin-password";
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).first().textContent();

describe("the console's admin flows in Chromium, on MariaDB", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });

  const newPage = (): Promise<Page> => world.newPage(1280, { acceptDownloads: true });

  async function enrolAuthenticator(p: Page, name: string): Promise<Authenticator> {
    await p.getByLabel("Device name").fill(name);
    await p.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => p.getByTestId("totp-secret").count(), { timeout: 15_000 }).toBe(1);
    const app = new Authenticator(((await p.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, ""));
    await submitCode(p, await app.code());
    return app;
  }

  let admin: Page;
  let adminApp: Authenticator;
  let erinApp: Authenticator;
  let erinCodes: string[] = [];

  it("the admin sets up their own MFA, reads the impact preview, and sets example.com to Force-On", async () => {
    admin = await newPage();
    await signInWithPassword(admin, world.server.url, "admin", ADMIN_PASSWORD);
    // An admin lands on the Overview; their own factors are on the Security page.
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toMatch(/Overview/i);
    await admin.getByRole("link", { name: "Security", exact: true }).click();
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toMatch(/Security/i);
    await admin.getByRole("button", { name: "Add an authenticator" }).click();
    adminApp = await enrolAuthenticator(admin, "Admin phone");
    await expect.poll(() => admin.getByText("Admin phone").count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await admin.getByRole("link", { name: "Domains" }).click();
    await expect.poll(() => admin.getByRole("button", { name: "Change policy" }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await snapshotAndAudit(admin, "admin-domains");
    await admin.getByRole("button", { name: "Change policy" }).first().click();
    await admin.getByRole("radio", { name: "Force-On" }).check();
    expect(await admin.getByRole("button", { name: "Save policy" }).count()).toBe(0);
    await admin.getByRole("button", { name: "Preview" }).click();
    await expect.poll(() => admin.getByText(/users? must set up MFA at their next sign-in/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await admin.getByText(/erin@example\.com/).count()).toBeGreaterThan(0);
    await snapshotAndAudit(admin, "admin-policy-preview");
    await admin.getByRole("button", { name: "Save policy" }).click();
    await expect.poll(() => admin.getByText("Force-On").count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it("a mailbox user is sent through the setup wizard, adds an authenticator, downloads recovery codes, then signs in with a code and with a recovery code", async () => {
    const erin = await newPage();
    await signInWithPassword(erin, world.server.url, "erin@example.com", USER_PASSWORD);
    await expect.poll(() => erin.getByRole("button", { name: "Use an authenticator" }).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(erin, "setup-wizard");
    await erin.getByRole("button", { name: "Use an authenticator" }).click();
    erinApp = await enrolAuthenticator(erin, "Erin's phone");
    await expect.poll(() => heading(erin), { timeout: 15_000 }).toMatch(/Security/i);

    await erin.getByRole("button", { name: "Generate recovery codes" }).click();
    await expect.poll(() => erin.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").count(), { timeout: 15_000 }).toBe(10);
    erinCodes = (await erin.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents()).map((c) => c.trim());
    const [download] = await Promise.all([erin.waitForEvent("download"), erin.getByRole("button", { name: "Download" }).click()]);
    const file = readFileSync((await download.path()) as string, "utf8");
    for (const code of erinCodes) expect(file).toContain(code);

    await signOut(erin);
    await signInWithPassword(erin, world.server.url, "erin@example.com", USER_PASSWORD);
    await expect.poll(() => erin.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await submitCode(erin, await erinApp.code());
    await expect.poll(() => heading(erin), { timeout: 15_000 }).toMatch(/Security/i);
    await signOut(erin);

    await signInWithPassword(erin, world.server.url, "erin@example.com", USER_PASSWORD);
    await erin.getByRole("button", { name: "Use a recovery code" }).click();
    await submitCode(erin, erinCodes[0] as string);
    await expect.poll(() => heading(erin), { timeout: 15_000 }).toMatch(/Security/i);
  });

  it("seven wrong codes lock the account; the admin unlocks it from the mailboxes table; the user signs in", async () => {
    const erin = await newPage();
    await signInWithPassword(erin, world.server.url, "erin@example.com", USER_PASSWORD);
    await expect.poll(() => erin.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    for (let i = 0; i < 7; i++) {
      await submitCode(erin, String(100_000 + i * 7_919).slice(0, 6));
      await expect.poll(() => erin.getByText(/not valid|locked/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await erin.waitForTimeout(300);
    }
    await expect.poll(() => erin.getByText(/locked/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await snapshotAndAudit(erin, "sign-in-locked");

    await admin.getByRole("link", { name: "Mailboxes" }).first().click();
    await admin.getByLabel("MFA status").selectOption({ label: "Locked" });
    const row = admin.getByRole("row", { name: /erin@example\.com/ });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(admin, "admin-mailboxes-locked");
    await row.getByRole("button", { name: "Unlock" }).click();
    await admin.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => admin.getByRole("row", { name: /erin@example\.com/ }).count(), { timeout: 15_000 }).toBe(0);

    await signInWithPassword(erin, world.server.url, "erin@example.com", USER_PASSWORD);
    await expect.poll(() => erin.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await submitCode(erin, await erinApp.code());
    await expect.poll(() => heading(erin), { timeout: 15_000 }).toMatch(/Security/i);
  });

  it("the audit log, the account policy, the text messages and the outbox pages render and pass the accessibility check", async () => {
    for (const [link, name] of [["Audit log", "admin-audit"], ["Account", "admin-account"], ["Text messages", "admin-sms"], ["Outbox", "admin-outbox"]] as const) {
      await admin.getByRole("link", { name: link }).click();
      await expect.poll(() => heading(admin), { timeout: 15_000 }).toBeTruthy();
      await admin.waitForLoadState("networkidle");
      await expect.poll(() => admin.getByText(/^Loading /).count(), { timeout: 15_000 }).toBe(0);
      await snapshotAndAudit(admin, name);
    }
    // The outbox's second tab: the emails (none yet in this run), its address naming the tab.
    await admin.getByRole("tab", { name: "Emails" }).click();
    await expect.poll(() => admin.getByText(/^No emails yet/).count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(admin.url()).search).toBe("?tab=emails");
    await snapshotAndAudit(admin, "admin-outbox-emails");
  });

  it("an admin who signed in without their second factor is told to sign in again with it, and can once they do", async () => {
    // Turning MFA off asks for a code from the admin's authenticator (every time).
    await admin.goto(`${world.server.url}/security`);
    const mfa = admin.getByRole("switch", { name: "Multi-factor authentication" });
    await expect.poll(() => mfa.count(), { timeout: 15_000 }).toBe(1);
    await mfa.click();
    const prompt = admin.getByRole("dialog", { name: "Confirm it’s you" });
    await expect.poll(() => prompt.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await prompt.getByLabel("Code", { exact: true }).fill(await adminApp.code());
    await prompt.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => mfa.isChecked(), { timeout: 15_000 }).toBe(false);

    // With MFA off the password alone signs in, but the admin still has a device: admin pages want the factor.
    await signOut(admin);
    await signInWithPassword(admin, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toMatch(/Overview/i);
    await admin.getByRole("link", { name: "Domains" }).click();
    const notice = admin.getByText("Sign in again with your second factor to manage the account");
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    expect(await admin.getByText(/could not be loaded/).count()).toBe(0);
    await snapshotAndAudit(admin, "admin-mfa-required");

    // The way out the notice gives: MFA on (Security page), then sign out and in again, with a code.
    await admin.getByRole("link", { name: "Security page" }).click();
    await expect.poll(() => mfa.count(), { timeout: 15_000 }).toBe(1);
    await mfa.click();
    await expect.poll(() => mfa.isChecked(), { timeout: 15_000 }).toBe(true);
    await admin.getByRole("link", { name: "Domains" }).click();
    await admin.getByRole("button", { name: "Sign out and sign in again" }).click();
    await expect.poll(() => admin.getByText("Sign in with your second factor to manage the account.").count(), { timeout: 15_000 }).toBe(1);
    await signInWithPassword(admin, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => admin.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await submitCode(admin, await adminApp.code());
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toMatch(/Overview/i);
    await admin.getByRole("link", { name: "Domains" }).click();
    await expect.poll(() => admin.getByRole("button", { name: "Change policy" }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });
});
