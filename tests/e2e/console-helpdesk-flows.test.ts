import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInWithPassword, signOut, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";
import { Authenticator } from "../support/totp.js";

const USER_PASSWORD = "helpdesk-user-password";
const ADMIN_PASSWORD = "helpdesk-admin-password";
const TICKET = "HD-4821";
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).first().textContent();

describe("the console's helpdesk flows in Chromium, on MariaDB", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
  let admin: Page;

  const newPage = (width = 1280): Promise<Page> => world.newPage(width);

  async function enrolAuthenticator(p: Page, name: string): Promise<Authenticator> {
    await p.getByLabel("Device name").fill(name);
    await p.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => p.getByTestId("totp-secret").count(), { timeout: 15_000 }).toBe(1);
    const app = new Authenticator(((await p.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, ""));
    await submitCode(p, await app.code());
    // The service's answer, not the name the wizard shows while it waits for it.
    await expect.poll(() => p.getByText(`“${name}” is verified and ready to use.`).count(), { timeout: 15_000 }).toBe(1);
    return app;
  }

  it("an admin issues bypass codes for a ticket, the user signs in with one at the passcode step, and the admin sees it spent and audited with the ticket", async () => {
    // Alice has an authenticator, so MFA is on for her (example.com is Optional).
    const alice = await newPage();
    await signInWithPassword(alice, world.server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => heading(alice), { timeout: 15_000 }).toMatch(/Security/i);
    await alice.getByRole("button", { name: "Add an authenticator" }).click();
    await enrolAuthenticator(alice, "Alice's phone");
    await signOut(alice);

    // The admin (no second factor of their own yet) opens her page from the mailboxes table.
    admin = await newPage();
    await signInWithPassword(admin, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toMatch(/Overview/i);
    await admin.getByRole("link", { name: "Mailboxes" }).first().click();
    await admin.getByRole("link", { name: "alice@example.com" }).click();
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toBe("alice@example.com");
    await expect.poll(() => admin.getByText("No bypass codes").count(), { timeout: 15_000 }).toBe(1);

    await admin.getByRole("button", { name: "Issue bypass codes" }).click();
    await admin.getByLabel("Number of codes").selectOption("2");
    await admin.getByLabel("Ticket reference").fill(TICKET);
    await admin.getByLabel("Reason").fill("Left her phone at home");
    await admin.getByRole("button", { name: "Issue", exact: true }).click();
    const confirm = admin.getByRole("dialog", { name: "Issue 2 bypass codes for alice@example.com?" });
    await expect.poll(() => confirm.getByText(`Ticket ${TICKET} is recorded in the audit log.`, { exact: false }).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(admin, "admin-bypass-codes-confirm");
    await confirm.getByRole("button", { name: "Confirm" }).click();

    const shown = admin.getByRole("list", { name: "Bypass codes" }).getByRole("listitem");
    await expect.poll(() => shown.count(), { timeout: 15_000 }).toBe(2);
    const codes = (await shown.allTextContents()).map((c) => c.trim());
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    await expect.poll(() => admin.getByText(/^2 bypass codes, expire at /).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(admin, "admin-bypass-codes-issued");
    // Shown once: a reload shows the count, never the codes.
    await admin.reload();
    await expect.poll(() => admin.getByText(/^2 bypass codes, expire at /).count(), { timeout: 15_000 }).toBe(1);
    expect(await admin.getByText(codes[0] as string).count()).toBe(0);

    // Alice, without her phone: password, then the bypass code where a recovery code goes.
    await signInWithPassword(alice, world.server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => alice.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await alice.getByRole("button", { name: "Use a recovery code" }).click();
    await submitCode(alice, codes[0] as string);
    await expect.poll(() => heading(alice), { timeout: 15_000 }).toMatch(/Security/i);

    await admin.reload();
    await expect.poll(() => admin.getByText(/^1 bypass code, expire at /).count(), { timeout: 15_000 }).toBe(1);
    await admin.getByRole("link", { name: "Audit events by or about alice@example.com" }).click();
    const issued = admin.locator("tbody tr", { hasText: "BYPASS_CODES_ISSUED" });
    const used = admin.locator("tbody tr", { hasText: "BYPASS_CODE_USED" });
    await expect.poll(() => used.count(), { timeout: 15_000 }).toBe(1);
    expect(await issued.count()).toBe(1);
    expect(await issued.textContent()).toContain(`Ticket: ${TICKET}`);
    expect(await issued.textContent()).toContain("Reason: Left her phone at home");
    expect(await used.textContent()).toContain(`Ticket: ${TICKET}`);
    for (const code of codes) expect(await admin.getByText(code).count()).toBe(0);
  });

  it("a user signed in without a device under Optional is signed out when the admin sets Force-On, told why, and sent to the setup wizard after signing in", async () => {
    const bob = await newPage(375);
    await signInWithPassword(bob, world.server.url, "bob@example.com", USER_PASSWORD);
    await expect.poll(() => heading(bob), { timeout: 15_000 }).toMatch(/Security/i);

    // Force-On needs the admin's own second factor.
    await admin.goto(`${world.server.url}/security`);
    await admin.getByRole("button", { name: "Add an authenticator" }).click();
    await enrolAuthenticator(admin, "Admin phone");
    await admin.getByRole("link", { name: "Domains" }).click();
    const main = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: "example.com", exact: true }) });
    await main.getByRole("button", { name: "Change policy" }).first().click();
    await admin.getByRole("group", { name: "MFA policy for example.com" }).getByRole("radio", { name: "Force-On" }).check();
    await admin.getByRole("button", { name: "Preview" }).click();
    await expect.poll(() => admin.getByText(/users? will be signed out/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await admin.getByRole("button", { name: "Save policy" }).click();
    await expect.poll(() => admin.getByText(/example\.com is now Force-On\. \d+ sessions? (was|were) signed out\./).count(), { timeout: 15_000 }).toBe(1);

    // Bob's next action finds his session ended, and the sign-in page says why.
    await bob.getByRole("button", { name: "Add an authenticator" }).click();
    await bob.getByLabel("Device name").fill("Bob's phone");
    await bob.getByRole("button", { name: "Continue" }).click();
    const why = bob.getByText("Your administrator now requires multi-factor authentication. Sign in to set it up.");
    await expect.poll(() => why.count(), { timeout: 15_000 }).toBe(1);
    expect(await bob.getByLabel("Username").count()).toBe(1);
    await snapshotAndAudit(bob, "sign-in-signed-out-by-policy-375");
    await bob.setViewportSize({ width: 1280, height: 900 });
    await snapshotAndAudit(bob, "sign-in-signed-out-by-policy");

    await bob.getByLabel("Username").fill("bob@example.com");
    await bob.getByLabel("Password").fill(USER_PASSWORD);
    await bob.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => bob.getByRole("button", { name: "Use an authenticator" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await why.count()).toBe(0);
  });

  it("an admin deletes an empty domain from the Domains page after confirming; a domain with mailboxes says what to do first", async () => {
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.getByRole("link", { name: "Domains" }).click();
    await admin.getByLabel("Domain name").fill("archive.example.org");
    await admin.getByRole("button", { name: "Add domain" }).click();
    const item = (name: string) => admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name, exact: true }) }).first();
    await expect.poll(() => item("archive.example.org").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => item("archive.example.org").getByRole("button", { name: "Delete domain" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await item("example.com").getByText("To delete this domain, first move or delete its 3 mailboxes and delete its 1 sub-domain.").count()).toBe(1);
    expect(await item("sales.example.com").getByText("To delete this domain, first move or delete its 2 mailboxes.").count()).toBe(1);
    await snapshotAndAudit(admin, "admin-domains-delete");
    await admin.setViewportSize({ width: 375, height: 900 });
    await snapshotAndAudit(admin, "admin-domains-delete-375");

    await item("archive.example.org").getByRole("button", { name: "Delete domain" }).click();
    const dialog = admin.getByRole("dialog", { name: "Delete archive.example.org?" });
    await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(admin, "admin-domain-delete-dialog-375");
    await admin.setViewportSize({ width: 1280, height: 900 });
    await snapshotAndAudit(admin, "admin-domain-delete-dialog");
    await dialog.getByRole("button", { name: "Delete domain" }).click();
    await expect.poll(() => admin.getByText("archive.example.org was deleted.").count(), { timeout: 15_000 }).toBe(1);
    expect(await admin.getByRole("heading", { name: "archive.example.org" }).count()).toBe(0);
    expect(await admin.getByRole("dialog").count()).toBe(0);

    await admin.getByRole("link", { name: "Audit log" }).click();
    const deleted = admin.locator("tbody tr", { hasText: "DOMAIN_DELETED" });
    await expect.poll(() => deleted.count(), { timeout: 15_000 }).toBe(1);
    expect(await deleted.textContent()).toContain("Domain: archive.example.org");
  });
});
