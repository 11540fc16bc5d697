import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInWithPassword, signOut, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { consoleWorld } from "../support/console-world.js";
import { Authenticator, oathtool } from "../support/totp.js";

const ADMIN_PASSWORD = "dashboard-admin-password";
const USER_PASSWORD = "dashboard-user-password";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).first().textContent();

interface Dashboard {
  domainId: string | null;
  notEnrolled: number;
  enrolled: number;
  locked: number;
  remindersSent: number;
  domains: { id: string; name: string }[];
  history: { day: string; enrolled: number; mailboxes: number; locked: number }[];
}

/**
 * The rollout story in Chromium on MariaDB, with the built server's test clock (CLOCK_OFFSET_FILE) moved by days: Force-On
 * from a date, "Remind me later" at most once a day, the daily snapshots the job takes as the days pass, reminders
 * sent from the Overview and counted there, the CSV export and a bulk unlock.
 */
describe("rolling MFA out with a deadline, followed on the Overview (Chromium, MariaDB, the clock moved by days)", () => {
  const clockFile = join(mkdtempSync(join(tmpdir(), "mfa-clock-")), "offset");
  // The server's day starts at noon UTC of today, so "three hours later" stays the same day whenever the test runs.
  const noon = Math.floor(Date.now() / DAY) * DAY + 12 * HOUR - Date.now();
  /** Moves the server's clock to `ms` after noon UTC today (the job's next round, within a second, sees it). */
  const setClock = (ms: number) => writeFileSync(clockFile, String(noon + ms));
  const serverDay = (ms: number) => new Date(Date.now() + noon + ms).toISOString().slice(0, 10);
  setClock(0);
  const world = consoleWorld({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD, CLOCK_OFFSET_FILE: clockFile, ROLLOUT_JOB_INTERVAL_MS: "500" });

  let admin: Page;
  let adminApp: Authenticator;
  let domainId = "";
  let beforeManual = 0;

  const newPage = (width = 1280): Promise<Page> => world.newPage(width, { acceptDownloads: true });

  /** The dashboard as the admin's browser session reads it over GraphQL (the page's own cookie). */
  async function dashboard(id: string | null): Promise<Dashboard> {
    const res = await admin.request.post(`${world.server.url}/graphql`, {
      data: {
        query: `query D($id: ID) { rolloutDashboard(domainId: $id) { domainId notEnrolled enrolled locked remindersSent domains { id name } history(days: 30) { day enrolled mailboxes locked } } }`,
        variables: { id },
      },
    });
    const body = (await res.json()) as { data?: { rolloutDashboard: Dashboard }; errors?: unknown };
    if (!body.data) throw new Error(`rolloutDashboard failed: ${JSON.stringify(body.errors)}`);
    return body.data.rolloutDashboard;
  }

  /** Moves the clock and waits until the job has taken that day's snapshot of the domain. */
  async function nextDay(offsetMs: number): Promise<void> {
    setClock(offsetMs);
    const day = serverDay(offsetMs);
    await expect.poll(async () => (await dashboard(domainId)).history.map((h) => h.day), { timeout: 15_000 }).toContain(day);
  }

  it("the admin lands on the Overview, sets up their own MFA, and sets Force-On for example.com from a day two weeks ahead", async () => {
    admin = await newPage();
    await signInWithPassword(admin, world.server.url, "admin", ADMIN_PASSWORD);
    await expect.poll(() => heading(admin), { timeout: 15_000 }).toBe("Overview");
    await expect.poll(() => admin.getByText("Signed in as admin.").count(), { timeout: 15_000 }).toBe(1);
    await admin.getByRole("link", { name: "Security", exact: true }).click();
    await admin.getByRole("button", { name: "Add an authenticator" }).click();
    await admin.getByLabel("Device name").fill("Admin phone");
    await admin.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => admin.getByTestId("totp-secret").count(), { timeout: 15_000 }).toBe(1);
    adminApp = new Authenticator(((await admin.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, ""));
    await submitCode(admin, await adminApp.code());
    await expect.poll(() => admin.getByText("Admin phone").count(), { timeout: 15_000, message: "the admin's authenticator is listed after its code" }).toBeGreaterThan(0);

    const all = await dashboard(null);
    domainId = all.domains.find((d) => d.name === "example.com")?.id as string;
    expect(domainId).toBeTruthy();

    await admin.getByRole("link", { name: "Domains" }).click();
    await expect.poll(() => admin.getByRole("button", { name: "Change policy" }).count(), { timeout: 15_000, message: "the Domains page shows its tree" }).toBeGreaterThan(0);
    await admin.getByRole("button", { name: "Change policy" }).first().click();
    await admin.getByRole("radio", { name: "Force-On" }).check();
    const deadline = new Date(Date.now() + 14 * DAY);
    const pad = (n: number) => String(n).padStart(2, "0");
    await admin.getByLabel("Deadline (optional)").fill(`${deadline.getFullYear()}-${pad(deadline.getMonth() + 1)}-${pad(deadline.getDate())}`);
    await admin.getByRole("button", { name: "Preview" }).click();
    await admin.getByRole("button", { name: "Save policy" }).click();
    await expect.poll(() => admin.getByText(/Force-On from /).count(), { timeout: 15_000, message: "the tree shows the saved deadline" }).toBeGreaterThan(0);
  });

  it("a user without a device gets the wizard with Remind me later, skips once; later that day nothing is asked, the next day it is offered again", async () => {
    const alice = await newPage();
    await signInWithPassword(alice, world.server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => alice.getByRole("button", { name: "Remind me later" }).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(alice, "rollout-setup-remind-later-1280");
    await alice.getByRole("button", { name: "Remind me later" }).click();
    await expect.poll(() => heading(alice), { timeout: 15_000 }).toMatch(/Security/i);
    // The heading comes first; the notice with the page's data.
    await expect.poll(() => alice.getByText(/We will remind you at your next sign-in tomorrow/).count(), { timeout: 15_000 }).toBe(1);
    await signOut(alice);

    // Three hours later, the same day: the skip holds, so the sign-in goes straight in and no skip is offered.
    setClock(3 * HOUR);
    await signInWithPassword(alice, world.server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => heading(alice), { timeout: 15_000 }).toMatch(/Security/i);
    await alice.getByRole("heading", { name: "My Multi-Factor Devices" }).waitFor({ timeout: 15_000 });
    expect(await alice.getByRole("button", { name: "Remind me later" }).count()).toBe(0);
    expect(await alice.getByRole("button", { name: "Use an authenticator" }).count()).toBe(0);
    await signOut(alice);

    // The next day (more than a day after the skip): the wizard, with the skip, again. This time Alice enrols.
    await nextDay(DAY + 4 * HOUR);
    await signInWithPassword(alice, world.server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => alice.getByRole("button", { name: "Remind me later" }).count(), { timeout: 15_000 }).toBe(1);
    await alice.getByRole("button", { name: "Use an authenticator" }).click();
    await alice.getByLabel("Device name").fill("Alice's phone");
    await alice.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => alice.getByTestId("totp-secret").count(), { timeout: 15_000 }).toBe(1);
    const app = new Authenticator(((await alice.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, ""));
    await submitCode(alice, await app.code());
    await expect.poll(() => heading(alice), { timeout: 15_000 }).toMatch(/Security/i);
  });

  it("as the days pass the job snapshots each day; Bob enrols and then locks himself out", async () => {
    await nextDay(2 * DAY + 4 * HOUR);
    // Bob sets up an authenticator through the API (his setup-only session), then seven wrong codes lock him.
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(`${world.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown };
    };
    const login = `mutation L($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { __typename ... on MfaSetupRequired { token } ... on MfaChallenge { challengeId } } }`;
    const setup = (await gql(login, { u: "bob@example.com", p: USER_PASSWORD })).data?.login;
    expect(setup?.__typename).toBe("MfaSetupRequired");
    const enrolled = (await gql(`mutation { enrollTotp(input: { name: "Bob's phone" }) { secret device { id } } }`, {}, setup?.token as string)).data?.enrollTotp as { secret: string; device: { id: string } };
    const verified = await gql(`mutation V($input: VerifyDeviceInput!) { verifyDevice(input: $input) { device { verified } } }`, { input: { deviceId: enrolled.device.id, code: oathtool(enrolled.secret) } }, setup?.token as string);
    expect(verified.errors).toBeUndefined();
    for (let i = 0; i < 7; i++) {
      const step = (await gql(login, { u: "bob@example.com", p: USER_PASSWORD })).data?.login;
      if (step?.__typename !== "MfaChallenge") break;
      await gql(`mutation C($input: CompleteLoginInput!) { completeLogin(input: $input) { token } }`, { input: { challengeId: step.challengeId, passcode: oathtool(enrolled.secret, Date.now() - HOUR) } });
    }
    await nextDay(3 * DAY + 4 * HOUR);
    const now = await dashboard(domainId);
    expect({ enrolled: now.enrolled, notEnrolled: now.notEnrolled, locked: now.locked }).toEqual({ enrolled: 2, notEnrolled: 1, locked: 1 });
    // Four days, one snapshot each: nobody, then Alice, then Alice and Bob (locked).
    expect(now.history.map((h) => [h.enrolled, h.mailboxes, h.locked])).toEqual([
      [0, 3, 0],
      [0, 3, 0],
      [1, 3, 0],
      [2, 3, 1],
    ]);
  });

  it("the admin sends a reminder now to who has not enrolled, and sees it counted on the Overview", async () => {
    beforeManual = (await dashboard(domainId)).remindersSent;
    await admin.getByRole("link", { name: "Overview" }).click();
    await admin.getByLabel("Domain", { exact: true }).selectOption({ label: "example.com" });
    const list = admin.getByRole("region", { name: "Not enrolled yet" });
    await expect.poll(() => list.getByRole("link", { name: "erin@example.com" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await list.getByRole("link", { name: "alice@example.com" }).count()).toBe(0);
    await list.getByRole("button", { name: "Send reminder now" }).click();
    const dialog = admin.getByRole("dialog", { name: "Send a reminder to 1 mailbox?" });
    await dialog.getByRole("button", { name: "Send to 1 mailbox" }).click();
    await expect.poll(() => admin.getByText("1 reminder sent.").count(), { timeout: 15_000 }).toBe(1);
    const tile = admin.getByRole("region", { name: "Coverage of example.com" }).getByRole("definition").nth(4);
    await expect.poll(() => tile.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${beforeManual + 1}last `));
    expect((await dashboard(domainId)).remindersSent).toBe(beforeManual + 1);
  });

  for (const width of [1280, 375]) {
    it(`shows the Overview with the chart of the days, for example.com and for the whole account (${width} px)`, async () => {
      await admin.setViewportSize({ width, height: 900 });
      await admin.goto(`${world.server.url}/admin/overview?domain=${domainId}`);
      await expect.poll(() => admin.getByRole("figure").getByRole("table").getByRole("row").count(), { timeout: 15_000 }).toBe(5);
      expect(await admin.getByText(/^From 0 of 3 mailboxes enrolled on .+ to 2 of 3 on .+\.$/).count()).toBe(1);
      await snapshotAndAudit(admin, `rollout-overview-domain-${width}`);
      await admin.goto(`${world.server.url}/admin/overview`);
      await expect.poll(() => admin.getByRole("table", { name: "Rollout by domain" }).getByRole("row").count(), { timeout: 15_000 }).toBe(3);
      await snapshotAndAudit(admin, `rollout-overview-account-${width}`);
    });
  }

  it("exports the mailboxes as CSV (parsed as CSV) and unlocks the locked mailbox in bulk", async () => {
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.getByRole("link", { name: "Mailboxes" }).first().click();
    await expect.poll(() => admin.getByRole("link", { name: "alice@example.com" }).count(), { timeout: 15_000 }).toBe(1);
    const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download CSV" }).click()]);
    let text = "";
    for await (const chunk of await download.createReadStream()) text += String(chunk);
    const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.username, r.status])).toEqual([
      ["alice@example.com", "ENROLLED"],
      ["bob@example.com", "LOCKED"],
      ["erin@example.com", "NOT_ENROLLED"],
    ]);

    await admin.getByLabel("MFA status").selectOption({ label: "Locked" });
    await expect.poll(() => admin.getByRole("link", { name: "bob@example.com" }).count(), { timeout: 15_000 }).toBe(1);
    await admin.getByLabel("Select every mailbox on this page").check();
    await admin.getByLabel("Action", { exact: true }).selectOption("UNLOCK");
    await admin.getByRole("button", { name: "Apply…" }).click();
    await admin.getByRole("dialog", { name: "Unlock 1 mailbox?" }).getByRole("button", { name: "Unlock 1 mailbox" }).click();
    // Unlocking weakens protection: when the admin's proof is older than ten minutes, the console asks for a code first.
    const prompt = admin.getByRole("dialog", { name: "Confirm it’s you" });
    await expect.poll(async () => (await admin.getByText("Done for 1 mailbox of 1.").count()) + (await prompt.count()), { timeout: 15_000 }).toBeGreaterThan(0);
    if ((await prompt.count()) > 0) {
      await prompt.getByLabel("Code", { exact: true }).fill(await adminApp.code());
      await prompt.getByRole("button", { name: "Confirm" }).click();
    }
    await expect.poll(() => admin.getByText("Done for 1 mailbox of 1.").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await dashboard(domainId)).locked, { timeout: 15_000 }).toBe(0);
  });
});
