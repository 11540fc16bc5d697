import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInWithPassword, snapshotAndAudit } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";

const USER_PASSWORD = "sessions-user-password";
const ADMIN_PASSWORD = "sessions-admin-password";
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).first().textContent();

describe("where a person is signed in, in Chromium, on MariaDB", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });

  /** A browser of its own (cookies apart), at a desktop or a phone's width. */
  const newPage = (width = 1280): Promise<Page> => world.newPage(width, { viewport: { width, height: width < 600 ? 800 : 900 } });

  async function signedIn(width: number, username: string, password = USER_PASSWORD): Promise<Page> {
    const page = await newPage(width);
    await signInWithPassword(page, world.server.url, username, password);
    // A mailbox lands on its Security page, an admin on the Overview.
    await expect.poll(() => heading(page), { timeout: 15_000 }).toMatch(/Security|Overview/i);
    return page;
  }

  const sessionsList = (p: Page) => p.getByRole("list", { name: "Your sessions" });

  it("a user signed in on two browsers signs the other out; the other's next action lands on sign-in, which says why", async () => {
    const laptop = await signedIn(1280, "bob@example.com");
    const phone = await signedIn(375, "bob@example.com");

    await laptop.reload();
    await expect.poll(() => sessionsList(laptop).getByRole("listitem").count(), { timeout: 15_000 }).toBe(2);
    expect(await sessionsList(laptop).getByText("This browser").count()).toBe(1);
    await laptop.locator("#sessions").scrollIntoViewIfNeeded();
    await snapshotAndAudit(laptop, "security-sessions-1280");
    await expect.poll(() => sessionsList(phone).getByRole("listitem").count(), { timeout: 15_000 }).toBe(2);
    await snapshotAndAudit(phone, "security-sessions-375");

    // The laptop lists the phone's session as the other one: sign it out, after confirming.
    await sessionsList(laptop).getByRole("button", { name: /^Sign out / }).click();
    const dialog = laptop.getByRole("dialog", { name: "Sign out this session?" });
    await dialog.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect.poll(() => laptop.getByText(/was signed out\.$/).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => sessionsList(laptop).getByRole("listitem").count(), { timeout: 15_000 }).toBe(1);
    expect(await laptop.getByText("You aren’t signed in anywhere else.").count()).toBe(1);

    // The phone's next action (asking to sign out the laptop) is refused, and the console goes to sign-in and says why.
    await sessionsList(phone).getByRole("button", { name: /^Sign out / }).click();
    await phone.getByRole("dialog", { name: "Sign out this session?" }).getByRole("button", { name: "Sign out", exact: true }).click();
    await expect.poll(() => heading(phone), { timeout: 15_000 }).toBe("Sign in");
    await expect.poll(() => phone.getByText("You were signed out from another session.").count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(phone.url()).pathname).toBe("/sign-in");
    await snapshotAndAudit(phone, "sign-in-signed-out-elsewhere-375");

    // The laptop was not touched by the refused request.
    await laptop.reload();
    await expect.poll(() => sessionsList(laptop).getByRole("listitem").count(), { timeout: 15_000 }).toBe(1);
  });

  it("an admin signs a user out everywhere; the user's page then shows why", async () => {
    const erin = await signedIn(1280, "erin@example.com");
    const admin = await signedIn(1280, "admin", ADMIN_PASSWORD);
    await admin.getByRole("link", { name: "Mailboxes" }).first().click();
    await admin.getByRole("link", { name: "erin@example.com" }).click();
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toBe("erin@example.com");
    const list = admin.getByRole("list", { name: "Sessions of erin@example.com" });
    await expect.poll(() => list.getByRole("listitem").count(), { timeout: 15_000 }).toBe(1);
    await list.scrollIntoViewIfNeeded();
    await snapshotAndAudit(admin, "admin-user-sessions-1280");

    await admin.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = admin.getByRole("dialog", { name: "Sign erin@example.com out everywhere?" });
    await snapshotAndAudit(admin, "admin-sign-out-everywhere-confirm-1280");
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect.poll(() => admin.getByText("erin@example.com was signed out everywhere (1 session).").count(), { timeout: 15_000 }).toBe(1);
    expect(await admin.getByText("erin@example.com isn’t signed in anywhere.").count()).toBe(1);
    await admin.setViewportSize({ width: 375, height: 800 });
    await snapshotAndAudit(admin, "admin-user-sessions-375");

    await erin.reload();
    await expect.poll(() => heading(erin), { timeout: 15_000 }).toBe("Sign in");
    await expect.poll(() => erin.getByText("Your administrator signed you out. Sign in again to continue.").count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(erin, "sign-in-signed-out-by-admin-1280");
  });
});
