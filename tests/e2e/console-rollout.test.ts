import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openMenuIfCollapsed, signInWithPassword, snapshotAndAudit } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";

const ADMIN_PASSWORD = "rollout-admin-password";
const USER_PASSWORD = "rollout-user-password";

describe("rolling MFA out in the console (Chromium, MariaDB): the CSV download and a bulk unlock", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });

  async function mailboxesPage(width: number): Promise<Page> {
    const page = await world.newPage(width, { acceptDownloads: true });
    await signInWithPassword(page, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Overview/i);
    await openMenuIfCollapsed(page);
    await page.getByRole("link", { name: "Mailboxes" }).first().click();
    await expect.poll(() => page.getByRole("link", { name: "alice@example.com" }).count(), { timeout: 15_000 }).toBe(1);
    return page;
  }

  it("downloads the mailboxes table as CSV with the session cookie, the rows the table shows", async () => {
    const page = await mailboxesPage(1280);
    const link = page.getByRole("link", { name: "Download CSV" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("mailboxes-example.com.csv");
    const stream = await download.createReadStream();
    let text = "";
    for await (const chunk of stream) text += String(chunk);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("username,name,status,devices,kinds,default_factor,last_sign_in,override,locked_since");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["alice@example.com", "bob@example.com", "erin@example.com"]);
  });

  for (const width of [1280, 375]) {
    it(`selects every mailbox on the page and unlocks them in bulk after a confirmation with the count (${width} px)`, async () => {
      const page = await mailboxesPage(width);
      await page.getByLabel("Select every mailbox on this page").check();
      await expect.poll(() => page.getByText("3 mailboxes selected").count(), { timeout: 5_000 }).toBe(1);
      await snapshotAndAudit(page, `admin-mailboxes-bulk-${width}`);
      await page.getByLabel("Action", { exact: true }).selectOption("UNLOCK");
      await page.getByRole("button", { name: "Apply…" }).click();
      const dialog = page.getByRole("dialog", { name: "Unlock 3 mailboxes?" });
      await expect.poll(() => dialog.count(), { timeout: 5_000 }).toBe(1);
      await dialog.getByRole("button", { name: "Unlock 3 mailboxes" }).click();
      await expect.poll(() => page.getByText("Done for 3 mailboxes of 3.").count(), { timeout: 15_000 }).toBe(1);
      await snapshotAndAudit(page, `admin-mailboxes-bulk-done-${width}`);
    });
  }
});
