import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInWithPassword, signOut, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";
import { oathtool, timeStep } from "../support/totp.js";

const USER_PASSWORD = "remembered-user-password";
const ADMIN_PASSWORD = "remembered-admin-password";
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).first().textContent();
const REMEMBER = "Don't ask again on this browser for 30 days";

describe("don't ask again on this browser, in Chromium, on MariaDB", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });

  const newPage = (width = 1280): Promise<Page> => world.newPage(width, { viewport: { width, height: width < 600 ? 800 : 900 } });

  /** Signs in with the password; resolves once the page shows either the Security page or the passcode step. */
  async function passwordStep(page: Page, username: string): Promise<"security" | "code"> {
    await signInWithPassword(page, world.server.url, username, USER_PASSWORD);
    let landed: "security" | "code" | null = null;
    await expect
      .poll(
        async () => {
          if ((await page.getByLabel("Code", { exact: true }).count()) > 0) landed = "code";
          else if (/Security/.test((await heading(page)) ?? "")) landed = "security";
          return landed;
        },
        { timeout: 15_000 },
      )
      .not.toBeNull();
    return landed as unknown as "security" | "code";
  }

  it("a ticked box skips the code on the next sign-in in this browser (never the password), until it is forgotten on the Security page", async () => {
    const page = await newPage(1280);
    expect(await passwordStep(page, "bob@example.com")).toBe("security");
    await page.getByRole("button", { name: "Add an authenticator" }).click();
    await page.getByLabel("Device name").fill("Work phone");
    await page.getByRole("button", { name: "Continue" }).click();
    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    const enrolledAt = Date.now();
    await submitCode(page, oathtool(secret, enrolledAt));
    await expect.poll(() => page.getByText("Work phone").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await signOut(page);

    // The passcode step offers the box (30 days: the domain's default); ticked, the code signs in and remembers.
    expect(await passwordStep(page, "bob@example.com")).toBe("code");
    const box = page.getByRole("checkbox", { name: REMEMBER });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await snapshotAndAudit(page, "sign-in-remember-browser-1280");
    await submitCode(page, oathtool(secret, (timeStep(enrolledAt) + 1) * 30_000 + 1_000));
    await expect.poll(() => heading(page), { timeout: 15_000 }).toMatch(/Security/);
    await signOut(page);

    // Signing in again here: the password, and no code.
    expect(await passwordStep(page, "bob@example.com")).toBe("security");
    // The password is still asked, and a wrong one is still refused.
    await signOut(page);
    await signInWithPassword(page, world.server.url, "bob@example.com", "not bob's password at all");
    await expect.poll(() => page.getByRole("alert").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByLabel("Code", { exact: true }).count()).toBe(0);
    expect(await passwordStep(page, "bob@example.com")).toBe("security");

    const list = page.getByRole("list", { name: "Your remembered browsers" });
    await expect.poll(() => list.getByRole("listitem").count(), { timeout: 15_000 }).toBe(1);
    expect(await list.getByText("This browser").count()).toBe(1);
    expect(await list.getByText(/^Chrome(\s|$)|Chrome \d+ on Linux/).count()).toBe(1);
    await page.locator("#remembered-browsers").scrollIntoViewIfNeeded();
    await snapshotAndAudit(page, "security-remembered-browsers-1280");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator("#remembered-browsers").scrollIntoViewIfNeeded();
    await snapshotAndAudit(page, "security-remembered-browsers-375");
    await page.setViewportSize({ width: 1280, height: 900 });

    // Forget it (after confirming): the next sign-in asks for the code again.
    await list.getByRole("button", { name: /^Forget / }).click();
    const dialog = page.getByRole("dialog", { name: "Forget this browser?" });
    await snapshotAndAudit(page, "security-forget-browser-confirm-1280");
    await dialog.getByRole("button", { name: "Forget", exact: true }).click();
    await expect.poll(() => page.getByText(/was forgotten: it will ask for your code again\.$/).count(), { timeout: 15_000 }).toBe(1);
    await signOut(page);
    expect(await passwordStep(page, "bob@example.com")).toBe("code");
  });

  it("an admin sets a domain's days to 0: its users are no longer offered the box", async () => {
    const admin = await newPage(1280);
    await signInWithPassword(admin, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toMatch(/Overview/);
    await admin.goto(`${world.server.url}/admin/domains`);
    const item = admin.getByRole("heading", { name: "example.com", exact: true }).locator("xpath=ancestor::li[1]");
    await item.getByRole("button", { name: "Change policy" }).first().click();
    const form = admin.getByRole("form", { name: "Remembered browsers of example.com" });
    const days = form.getByLabel("Don't ask again on a browser for (days)");
    expect(await days.inputValue()).toBe("30");
    await snapshotAndAudit(admin, "admin-domain-remember-days-1280");
    await days.fill("0");
    await form.getByRole("button", { name: "Save days" }).click();
    await expect.poll(() => admin.getByText("Browsers of example.com are no longer remembered.").count(), { timeout: 15_000 }).toBe(1);

    // Alice (example.com) with an authenticator: the passcode step shows no box.
    const page = await newPage(375);
    expect(await passwordStep(page, "alice@example.com")).toBe("security");
    await page.getByRole("button", { name: "Add an authenticator" }).click();
    await page.getByLabel("Device name").fill("Phone");
    await page.getByRole("button", { name: "Continue" }).click();
    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    await submitCode(page, oathtool(secret, Date.now()));
    await expect.poll(() => page.getByText("Phone", { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await signOut(page);
    expect(await passwordStep(page, "alice@example.com")).toBe("code");
    expect(await page.getByRole("checkbox").count()).toBe(0);
  });
});
