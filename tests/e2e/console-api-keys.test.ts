import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openMenuIfCollapsed, signInWithPassword, snapshotAndAudit } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";

const ADMIN_PASSWORD = "api-keys-admin-password";
const USER_PASSWORD = "api-keys-user-password";

/** A plain HTTP request to GraphQL with a key (or a key's token), as an integrator's script sends it. */
async function graphqlWith(url: string, credential: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${credential}` }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } };
}

describe("API keys in the console (Chromium, MariaDB) and over plain HTTP", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
  let admin: Page;
  let secret = "";
  let token = "";

  async function signedInAdmin(width: number): Promise<Page> {
    const page = await world.newPage(width);
    await signInWithPassword(page, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Overview/i);
    await openMenuIfCollapsed(page);
    await page.getByRole("link", { name: "API keys" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "API keys" }).count(), { timeout: 15_000 }).toBe(1);
    return page;
  }

  it("an admin creates a key limited to example.com; the secret is shown once", async () => {
    admin = await signedInAdmin(1280);
    await expect.poll(() => admin.getByText("No API keys yet.").count(), { timeout: 15_000 }).toBe(1);
    await admin.getByRole("button", { name: "Create API key" }).click();
    const dialog = admin.getByRole("dialog", { name: "Create an API key" });
    await dialog.getByLabel("Name").fill("Helpdesk sync");
    await dialog.getByLabel("Admin", { exact: true }).check();
    await dialog.getByLabel("Some domains only").check();
    await dialog.getByLabel("example.com", { exact: true }).check();
    await dialog.getByLabel("Expires after").selectOption("30");
    await snapshotAndAudit(admin, "admin-api-keys-create");
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect.poll(() => admin.getByLabel("The new API key").count(), { timeout: 15_000 }).toBe(1);
    secret = ((await admin.getByLabel("The new API key").textContent()) ?? "").trim();
    expect(secret).toMatch(/^mfak_[0-9a-f]{32}[A-Za-z0-9_-]{43}$/);
    expect(await admin.getByRole("button", { name: "Copy the key" }).count()).toBe(1);
    await expect.poll(() => admin.getByRole("button", { name: "Revoke Helpdesk sync" }).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(admin, "admin-api-keys-created");
    await admin.getByRole("button", { name: "Done" }).click();
    expect(await admin.getByText(secret).count()).toBe(0);
    // Shown once: a reload lists the key, never its secret.
    await admin.reload();
    await expect.poll(() => admin.getByRole("button", { name: "Revoke Helpdesk sync" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await admin.content()).not.toContain(secret.slice(37));
  });

  it("the key works with plain HTTP requests: GraphQL within its domain, and a token from POST /v2.0/tokens", async () => {
    const domains = await graphqlWith(world.server.url, secret, "{ domains { name children { name } } }");
    expect(domains.status).toBe(200);
    expect(domains.body.data?.domains).toEqual([{ name: "example.com", children: [] }]);
    const id = ((await graphqlWith(world.server.url, secret, "{ domains { id } }")).body.data?.domains as { id: string }[])[0]?.id;
    const mailboxes = await graphqlWith(world.server.url, secret, "query Q($id: ID!) { mailboxes(domainId: $id, first: 10) { nodes { username } } }", { id });
    expect((mailboxes.body.data?.mailboxes as { nodes: { username: string }[] }).nodes.map((n) => n.username)).toContain("alice@example.com");
    expect((await graphqlWith(world.server.url, secret, "{ me { id } }")).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const res = await fetch(`${world.server.url}/v2.0/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ auth: { "RAX-KSKEY:apiKeyCredentials": { username: "Helpdesk sync", apiKey: secret } } }),
    });
    expect(res.status).toBe(200);
    const access = ((await res.json()) as { access: { token: { id: string; "RAX-AUTH:authenticatedBy": string[] } } }).access;
    expect(access.token["RAX-AUTH:authenticatedBy"]).toEqual(["APIKEY"]);
    token = access.token.id;
    expect((await graphqlWith(world.server.url, token, "{ domains { name } }")).status).toBe(200);

    // The console shows when and from where the key was last used, and the audit log names it.
    await admin.reload();
    await expect.poll(() => admin.getByText("127.0.0.1").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await admin.getByRole("link", { name: "Audit log" }).click();
    await expect.poll(() => admin.getByRole("link", { name: "API key “Helpdesk sync”" }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it("the admin revokes the key after confirming; the key and its token stop working at once", async () => {
    await admin.getByRole("link", { name: "API keys" }).click();
    await admin.getByRole("button", { name: "Revoke Helpdesk sync" }).click();
    const ask = admin.getByRole("dialog", { name: "Revoke the API key “Helpdesk sync”?" });
    await ask.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => admin.getByText("The API key “Helpdesk sync” was revoked: it and its tokens stopped working.").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => admin.getByRole("button", { name: "Revoke Helpdesk sync" }).count(), { timeout: 15_000 }).toBe(0);
    await snapshotAndAudit(admin, "admin-api-keys");
    for (const credential of [secret, token]) {
      const after = await graphqlWith(world.server.url, credential, "{ domains { name } }");
      expect(after.status).toBe(401);
      expect(after.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("reads well on a 375 px screen: the list and the create dialog", async () => {
    const narrow = await signedInAdmin(375);
    await expect.poll(() => narrow.getByText("Helpdesk sync").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await snapshotAndAudit(narrow, "admin-api-keys-375");
    await narrow.getByRole("button", { name: "Create API key" }).click();
    await narrow.getByLabel("Some domains only").check();
    await expect.poll(() => narrow.getByLabel("sales.example.com").count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(narrow, "admin-api-keys-create-375");
    // The dialog is taller than a phone's screen: it scrolls, and its buttons come into view.
    const create = narrow.getByRole("button", { name: "Create key" });
    await create.scrollIntoViewIfNeeded();
    const box = await create.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 900).toBe(true);
  });
});
