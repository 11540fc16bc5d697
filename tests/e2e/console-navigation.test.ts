import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";
import { COMPLETE, ENROLL_TOTP, LOGIN, SET_POLICY, VERIFY } from "../support/mfa-flows.js";
import { Authenticator, oathtool, wrongCodes } from "../support/totp.js";

const ADMIN_PASSWORD = "navigation-admin-password";
const USER_PASSWORD = "navigation-user-password";
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).first().textContent();
/** Locked users in sales, by name (Z to A), across all domains: the link an admin shares. */
const SHARED = "/admin/mailboxes?domain=all&status=LOCKED&q=ca&sort=name&dir=desc";

type Body<T> = { data?: T; errors?: { message: string }[] };

describe("the console's navigation in Chromium, on MariaDB: shared addresses, sorting, the audit log for people", () => {
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
  let admin: Authenticator;

  async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await fetch(`${world.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Body<T>;
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** sales.example.com is made Optional; carol@sales.example.com sets up an app, then types seven wrong codes: she is locked. */
  async function lockCarol(): Promise<void> {
    const owner = await gql<{ login: { token: string } }>(LOGIN, { input: { username: "admin", password: ADMIN_PASSWORD } });
    const tree = await gql<{ domains: { children: { id: string; name: string }[] }[] }>("{ domains { children { id name } } }", {}, owner.login.token);
    const sales = tree.domains.flatMap((d) => d.children).find((d) => d.name === "sales.example.com");
    await gql(SET_POLICY, { input: { domainId: sales?.id, policy: "OPTIONAL", includeChildren: false } }, owner.login.token);
    const username = "carol@sales.example.com";
    const first = await gql<{ login: { token: string } }>(LOGIN, { input: { username, password: USER_PASSWORD } });
    const enrolled = await gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, { name: "Carol's phone" }, first.login.token);
    await gql(VERIFY, { input: { deviceId: enrolled.enrollTotp.device.id, code: oathtool(enrolled.enrollTotp.secret) } }, first.login.token);
    for (const code of wrongCodes(enrolled.enrollTotp.secret, 7)) {
      const step = await gql<{ login: { challengeId?: string } }>(LOGIN, { input: { username, password: USER_PASSWORD } });
      if (!step.login.challengeId) break;
      await fetch(`${world.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: COMPLETE, variables: { input: { challengeId: step.login.challengeId, passcode: code } } }),
      });
    }
  }

  const newPage = (width = 1280): Promise<Page> => world.newPage(width, { acceptDownloads: true });

  /** Opens `path` without a session: the sign-in page, then the password and the code, then `path`. */
  async function signInThrough(page: Page, path: string): Promise<void> {
    await page.goto(`${world.server.url}${path}`);
    await expect.poll(() => page.getByLabel("Username").count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await submitCode(page, await admin.code());
  }

  beforeAll(async () => {
    await lockCarol();
    // The admin sets up an authenticator, so signing in takes two steps.
    const page = await newPage(1280);
    await page.goto(`${world.server.url}/sign-in`);
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // (Playwright's own waits: vitest's expect.poll belongs to tests.) An admin lands on the Overview.
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor({ timeout: 15_000 });
    await page.goto(`${world.server.url}/security`);
    await page.getByRole("button", { name: "Add an authenticator" }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Add an authenticator" }).click();
    await page.getByLabel("Device name").fill("Admin phone");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByTestId("totp-secret").waitFor({ timeout: 15_000 });
    admin = new Authenticator(((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, ""));
    await submitCode(page, await admin.code());
    await page.getByText("Admin phone").first().waitFor({ timeout: 15_000 });
  });

  for (const width of [1280, 375]) {
    it(`opens a shared address after both sign-in steps with its filters, and the back button restores the views before (${width} px)`, async () => {
      const page = await newPage(width);
      await signInThrough(page, SHARED);
      await expect.poll(() => page.getByRole("link", { name: "carol@sales.example.com" }).count(), { timeout: 15_000 }).toBe(1);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(SHARED);
      expect(await page.getByLabel("Domain", { exact: true }).inputValue()).toBe("all");
      expect(await page.getByLabel("MFA status").inputValue()).toBe("LOCKED");
      expect(await page.getByLabel("Search").inputValue()).toBe("ca");
      const row = page.locator("tbody tr", { hasText: "carol@sales.example.com" });
      expect(await row.getByRole("link", { name: "sales.example.com", exact: true }).count()).toBe(1);
      expect(await page.getByRole("columnheader", { name: /^Name/ }).getAttribute("aria-sort")).toBe("descending");
      await snapshotAndAudit(page, `admin-mailboxes-all-domains-${width}`);

      // Every status, sorted by devices from the keyboard: Tab to the header's button, Enter.
      await page.getByLabel("MFA status").selectOption("");
      await expect.poll(() => page.locator(".admin-page__count").allTextContents(), { timeout: 15_000 }).toEqual(["1 mailbox match"]);
      await page.getByLabel("Search").fill("");
      await expect.poll(() => page.getByRole("link", { name: "alice@example.com" }).count(), { timeout: 15_000 }).toBe(1);
      await page.getByRole("button", { name: /^Devices/ }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByRole("columnheader", { name: /^Devices/ }).getAttribute("aria-sort"), { timeout: 15_000 }).toBe("descending");
      // The old rows stay on screen, the table marked busy, until the sorted ones arrive.
      const firstRow = async () => ((await page.locator("table[aria-busy]").count()) > 0 ? null : ((await page.locator("tbody tr th").allTextContents())[0] ?? null));
      await expect.poll(firstRow, { timeout: 15_000 }).toBe("carol@sales.example.com");
      expect(new URL(page.url()).searchParams.get("sort")).toBe("devices");
      await snapshotAndAudit(page, `admin-mailboxes-sorted-${width}`);

      // Back: the name order; back again: the shared view, locked users only.
      await page.goBack();
      await expect.poll(() => page.getByRole("columnheader", { name: /^Name/ }).getAttribute("aria-sort"), { timeout: 15_000 }).toBe("descending");
      await page.goBack();
      await expect.poll(() => page.getByLabel("MFA status").inputValue(), { timeout: 15_000 }).toBe("LOCKED");
      await expect.poll(() => page.getByLabel("Search").inputValue(), { timeout: 15_000 }).toBe("ca");
      await expect.poll(() => page.locator("tbody tr").count(), { timeout: 15_000 }).toBe(1);
    });
  }

  for (const width of [1280, 375]) {
    it(`finds the audit events of a user by address in a range of days, and exports them as CSV that parses (${width} px)`, async () => {
      const page = await newPage(width);
      await signInThrough(page, "/admin/audit");
      await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Audit log");
      const user = page.getByRole("combobox", { name: "User" });
      await user.fill("caro");
      const option = page.getByRole("option", { name: /carol@sales\.example\.com/ });
      await expect.poll(() => option.count(), { timeout: 15_000 }).toBe(1);
      await user.press("ArrowDown");
      await user.press("Enter");
      expect(await user.inputValue()).toBe("carol@sales.example.com");
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
      });
      await page.getByLabel("From", { exact: true }).fill(today);
      await page.getByLabel("To", { exact: true }).fill(today);
      await page.getByRole("button", { name: "Filter" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("user")?.length ?? 0, { timeout: 15_000 }).toBe(36);
      // The lock itself (its security alert's row names the event too).
      const locked = page.locator("tbody tr", { hasText: "Account locked" });
      await expect.poll(() => locked.count(), { timeout: 15_000 }).toBe(1);
      expect(await locked.textContent()).toContain("Account locked");
      expect(await page.getByRole("link", { name: "carol@sales.example.com" }).first().getAttribute("href")).toMatch(/^\/admin\/users\//);
      const shown = await page.locator("tbody tr").count();
      await snapshotAndAudit(page, `admin-audit-filtered-${width}`);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV (filtered)" }).click()]);
      let text = "";
      for await (const chunk of await download.createReadStream()) text += String(chunk);
      const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      expect(rows.length).toBe(shown);
      expect(rows.every((r) => r.target === "carol@sales.example.com" || r.actor === "carol@sales.example.com")).toBe(true);
      expect(rows.filter((r) => r.action === "LOGIN_PASSCODE_FAILED" && r.outcome === "FAILURE").length).toBe(7);
      expect(rows.map((r) => r.action)).toContain("ACCOUNT_LOCKED");
      for (const r of rows) expect((r.time ?? "").slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    });
  }
});
