import { startWebhookReceiver, type WebhookReceiver } from "@mfa/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { signInWithPassword, snapshotAndAudit } from "../support/console-pages.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";

const ADMIN_PASSWORD = "console-webhooks-admin";

describe("an admin registers a webhook in the console and reads its delivery log, in Chromium on MariaDB", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let browser: Browser;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    assertBuilt();
    const db = await createMariaDatabase();
    drop = db.drop;
    receiver = await startWebhookReceiver();
    server = await startBuiltServer({ DATABASE_URL: db.url, SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: "console-webhooks-user", WEBHOOK_POLL_INTERVAL_MS: "200" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
    await drop?.();
  });

  async function adminPage(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInWithPassword(page, server.url, "admin", ADMIN_PASSWORD);
    // Signed in: an admin lands on the Overview (below 640 px the Sign out button is behind the Menu).
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor({ timeout: 15_000 });
    return page;
  }

  it("adds an endpoint, copies the secret shown once, sends a test and an event, and sees them delivered and signed", async () => {
    const page = await adminPage(1280);
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect.poll(() => page.getByText("No endpoints yet. Add one to start receiving events.").count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const form = page.getByRole("form", { name: "Add an endpoint" });
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByLabel("Description (optional)").fill("Helpdesk ticketing");
    await form.getByLabel("A user was unlocked").check();
    await form.getByLabel("An admin reset a user’s MFA").check();
    await form.getByLabel("A mailbox was created").check();
    await snapshotAndAudit(page, "admin-webhooks-add");
    await form.getByRole("button", { name: "Add endpoint" }).click();

    const secret = ((await page.getByLabel("Signing secret").textContent({ timeout: 15_000 })) ?? "").trim();
    expect(secret).toMatch(/^whsec_/);
    receiver.trust(secret);
    await snapshotAndAudit(page, "admin-webhooks-secret");
    await page.getByRole("button", { name: "Done" }).click();
    expect(await page.getByText(secret).count()).toBe(0);

    // A test, and a real event: a mailbox created on the Mailboxes page's API.
    await page.getByRole("button", { name: "Send test" }).click();
    await expect.poll(() => page.getByText(/A test event is on its way/).count(), { timeout: 15_000 }).toBe(1);
    const created = await page.evaluate(async () => {
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: "{ domains { id name } }" }),
      });
      return (await res.json()) as { data: { domains: { id: string; name: string }[] } };
    });
    const domainId = created.data.domains[0]?.id as string;
    await page.evaluate(async (id) => {
      await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: `mutation { createMailbox(input: { domainId: "${id}", localPart: "hooked", displayName: "Hooked", password: "a long enough password" }) { user { id } } }` }),
      });
    }, domainId);
    await receiver.waitFor((rs) => rs.filter((r) => r.status === 204).length >= 2, 20_000);
    expect(receiver.requests.map((r) => r.payload.type).sort()).toEqual(["mailbox.created", "webhook.test"]);
    expect(receiver.requests.every((r) => r.verifiedBy.length === 1)).toBe(true);

    await page.getByRole("button", { name: "Delivery log" }).click();
    const log = page.getByRole("table", { name: `Deliveries to ${receiver.url}, newest first` });
    await expect.poll(async () => (await log.getByText("Delivered").count()) >= 2, { timeout: 15_000 }).toBe(true);
    const rows = await log.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => (td.textContent ?? "").trim()).slice(1, 5)));
    expect(rows.map((r) => r.slice(0, 4)).sort()).toEqual([
      ["mailbox.created", "Delivered", "1", "HTTP 204"],
      ["webhook.test", "Delivered", "1", "HTTP 204"],
    ]);
    await snapshotAndAudit(page, "admin-webhooks");

    // Send again: the same event goes out once more, with the same id.
    await log.getByRole("button", { name: /^Send again: the mailbox\.created event of / }).click();
    await receiver.waitFor((rs) => rs.filter((r) => r.payload.type === "mailbox.created").length === 2, 15_000);
    const sent = receiver.requests.filter((r) => r.payload.type === "mailbox.created");
    expect(sent[1]?.id).toBe(sent[0]?.id);
  });

  it("reads well on a phone", async () => {
    const page = await adminPage(375);
    await page.goto(`${server.url}/admin/webhooks`);
    await page.getByRole("list", { name: "Webhook endpoints" }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Delivery log" }).click();
    await page.getByRole("table").waitFor({ timeout: 15_000 });
    await snapshotAndAudit(page, "admin-webhooks-375");
    // Nothing wider than the screen but the table's own scrolling region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("deletes the endpoint after confirming: it is gone from the list and gets no further event", async () => {
    const page = await adminPage(1280);
    await page.goto(`${server.url}/admin/webhooks`);
    const list = page.getByRole("list", { name: "Webhook endpoints" });
    await list.waitFor({ timeout: 15_000 });
    await list.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this endpoint?" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await list.count()).toBe(1);
    await list.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("dialog", { name: "Delete this endpoint?" }).getByRole("button", { name: "Delete endpoint" }).click();
    await expect.poll(() => page.getByText("No endpoints yet. Add one to start receiving events.").count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(page, "admin-webhooks-deleted");

    const before = receiver.requests.length;
    await page.evaluate(async () => {
      const domains = (await (
        await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", "apollo-require-preflight": "true" }, body: JSON.stringify({ query: "{ domains { id } }" }) })
      ).json()) as { data: { domains: { id: string }[] } };
      const id = domains.data.domains[0]?.id as string;
      await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: `mutation { createMailbox(input: { domainId: "${id}", localPart: "unhooked", displayName: "Unhooked", password: "a long enough password" }) { user { id } } }` }),
      });
    });
    // Several poll intervals (200 ms) pass: nothing arrives.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.requests.length).toBe(before);
  });
});
