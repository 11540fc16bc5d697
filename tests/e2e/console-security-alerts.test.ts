import { startSmtpReceiver, type SmtpReceiver } from "@mfa/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { graphql, startBuiltServer, type RunningServer } from "../support/built-server.js";
import { addAuthenticator, signInWithPassword, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { assertBuilt } from "../support/paths.js";
import { oathtool } from "../support/totp.js";

const USER_PASSWORD = "console-user-password";
const ADMIN_PASSWORD = "console-admin-password";
const ALTERNATE = "alice.archer@home.example";

/** The 6-digit code of the newest email the receiver got for an address. */
function mailedCode(receiver: SmtpReceiver, to: string): string | undefined {
  const newest = receiver.received.filter((m) => m.envelope.to.includes(to)).at(-1);
  return newest ? /Code: (\d{6})/.exec(newest.text)?.[1] : undefined;
}

describe("protecting the mailbox in Chromium: app passwords, the alternate address, alerts, the shared number", () => {
  let server: RunningServer;
  let browser: Browser;
  let receiver: SmtpReceiver;

  async function gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data || body.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
  const tokenOf = async (username: string, password: string) =>
    ((await graphql<{ login: { token: string } }>(server.url, `mutation L($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { ... on LoginSuccess { token } } }`, { u: username, p: password })).data?.login.token as string);

  /** Verifies one phone number on a mailbox through the API, the code read from the account's SMS outbox. */
  async function verifyPhone(username: string, admin: string): Promise<void> {
    const token = await tokenOf(username, USER_PASSWORD);
    const added = await gql<{ addPhone: { device: { id: string } } }>(
      `mutation A($input: AddPhoneInput!) { addPhone(input: $input) { device { id } } }`,
      { input: { country: "US", number: "2015550199", name: "Family phone" } },
      token,
    );
    const texts = await gql<{ smsOutbox: { body: string }[] }>(`{ smsOutbox(first: 1) { body } }`, {}, admin);
    const code = /(\d{6,8})/.exec(texts.smsOutbox[0]?.body ?? "")?.[1] as string;
    await gql(`mutation V($input: VerifyDeviceInput!) { verifyDevice(input: $input) { device { id } } }`, { input: { deviceId: added.addPhone.device.id, code } }, token);
  }

  beforeAll(async () => {
    assertBuilt();
    receiver = await startSmtpReceiver();
    server = await startBuiltServer({
      SEED_DEMO: "true",
      DEMO_USER_PASSWORD: USER_PASSWORD,
      DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      MAIL_AUTH_KEY: "console-e2e-mail-servers-key-0123456789",
      MAIL_TRANSPORT: "smtp",
      SMTP_URL: receiver.url(),
      MAIL_FROM: "no-reply@example.com",
      CONSOLE_URL: "http://localhost:4000",
      SHARED_PHONE_THRESHOLD: "1",
    });
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
  });

  it("a user copies a new app password, confirms an alternate address with the mailed code, adds a device and the alert arrives; at 1280 and 375 px", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
    const p = await context.newPage();
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
    await addAuthenticator(p, "Work phone");
    await p.goto(`${server.url}/security`);

    // An app password, copied with the button.
    const apps = p.locator("#app-passwords");
    await apps.getByLabel("Mail app name").fill("Thunderbird");
    await apps.getByRole("button", { name: "Create app password" }).click();
    const shown = apps.getByLabel("App password", { exact: true });
    await expect.poll(() => shown.textContent(), { timeout: 15_000 }).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
    await apps.getByRole("button", { name: "Copy the app password" }).click();
    await expect.poll(() => apps.getByText("Copied").count(), { timeout: 5_000 }).toBe(1);
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(await shown.textContent());
    await apps.getByRole("button", { name: "Done" }).click();

    // The alternate address: a code mailed to it (read from the SMTP server), typed back.
    const alt = p.locator("#alternate-email");
    await alt.getByRole("textbox", { name: "Alternate email address" }).fill(ALTERNATE);
    await alt.getByRole("button", { name: "Send a code" }).click();
    await expect.poll(() => mailedCode(receiver, ALTERNATE), { timeout: 15_000 }).toMatch(/^\d{6}$/);
    await alt.getByLabel(`Code emailed to ${ALTERNATE}`).fill(mailedCode(receiver, ALTERNATE) as string);
    await alt.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => alt.getByText(ALTERNATE, { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(p, "security-alternate-email-1280");
    await p.setViewportSize({ width: 375, height: 800 });
    await snapshotAndAudit(p, "security-alternate-email-375");
    await p.setViewportSize({ width: 1280, height: 900 });

    // A second device: the alert reaches the alternate address, never the mailbox.
    const alerts = () => receiver.received.filter((m) => m.envelope.to.includes(ALTERNATE) && m.subject === "Security alert: a sign-in method was added");
    const before = alerts().length;
    await p.getByRole("button", { name: "Add an authenticator" }).click();
    await p.getByLabel("Device name").fill("Tablet");
    await p.getByRole("button", { name: "Continue" }).click();
    const second = ((await p.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    await submitCode(p, oathtool(second, Date.now()));
    await expect.poll(() => alerts().length, { timeout: 20_000 }).toBe(before + 1);
    const alert = alerts().at(-1);
    expect(alert?.text).toContain("alice@example.com");
    expect(alert?.text).toMatch(/From: .*Chrome/);
    expect(alert?.text).toContain("http://localhost:4000/security");
    expect(receiver.received.filter((m) => m.envelope.to.includes("alice@example.com"))).toEqual([]);
    await context.close();
  });

  it("the admin sees a user's app passwords and the shared recovery number flag; at 1280 and 375 px", async () => {
    const admin = await tokenOf("admin", ADMIN_PASSWORD);
    await verifyPhone("bob@example.com", admin);
    await verifyPhone("erin@example.com", admin);
    const users = await gql<{ mailboxes: { nodes: { id: string; username: string }[] } }>(
      `query M($d: ID!) { mailboxes(domainId: $d, first: 50) { nodes { id username } } }`,
      { d: (await gql<{ domains: { id: string; name: string }[] }>(`{ domains { id name } }`, {}, admin)).domains.find((d) => d.name === "example.com")?.id },
      admin,
    );
    const bob = users.mailboxes.nodes.find((m) => m.username === "bob@example.com")?.id as string;
    const alice = users.mailboxes.nodes.find((m) => m.username === "alice@example.com")?.id as string;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await signInWithPassword(p, server.url, "admin", ADMIN_PASSWORD);
    await p.getByRole("button", { name: "Sign out" }).waitFor({ timeout: 15_000 });
    await p.goto(`${server.url}/admin/users/${alice}`);
    await expect.poll(() => p.getByText("1 app password for mail apps").count(), { timeout: 15_000 }).toBe(1);
    await p.goto(`${server.url}/admin/users/${bob}`);
    await expect.poll(() => p.getByText("Shared recovery number").count(), { timeout: 15_000 }).toBe(1);
    expect(await p.getByText("+1 *** *** 0199 is verified on 2 mailboxes of this account.").count()).toBe(1);
    await snapshotAndAudit(p, "admin-user-shared-number-1280");
    await p.setViewportSize({ width: 375, height: 800 });
    await snapshotAndAudit(p, "admin-user-shared-number-375");
    await context.close();
  });
});
