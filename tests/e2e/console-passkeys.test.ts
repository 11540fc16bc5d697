import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { signInWithPassword, signOut, snapshotAndAudit } from "../support/console-pages.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";
import { freePort } from "../support/ports.js";
import { oathtool } from "../support/totp.js";
import { browserAssertion, VirtualAuthenticator, type AuthenticatorKind } from "../support/virtual-authenticator.js";

const ADMIN_PASSWORD = "passkeys-admin-password";
const USER_PASSWORD = "passkeys-user-password";

type Gql<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
const codeOf = (answer: Gql<unknown>) => answer.errors?.[0]?.extensions?.code;
/** completeLogin asking for the bearer token (the console's own asks for a cookie). */
const COMPLETE_WITH_TOKEN = `mutation C($input: CompleteLoginInput!) { completeLogin(input: $input) { token } }`;

/**
 * Passkeys and security keys in Chromium, with its virtual authenticator (Chrome DevTools Protocol): the console
 * is opened at http://localhost:<port> (a secure context; RP ID `localhost`, the service's default, which allows
 * only that origin). The browser makes every answer; the tests also send its real answers to the API themselves.
 */
describe("passkeys and security keys in Chromium", () => {
  let db: Awaited<ReturnType<typeof createMariaDatabase>>;
  let server: RunningServer;
  /** A second instance over the same database, for the race. */
  let second: RunningServer;
  let browser: Browser;
  /** The console's own origin (what WEBAUTHN_ORIGINS allows). */
  let origin: string;
  /** A page on another port of localhost: same RP ID, another origin. */
  let elsewhere: Server;
  let elsewherePort: number;
  let adminToken = "";

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string, url = server.url): Promise<Gql<T>> {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Gql<T>;
  }

  beforeAll(async () => {
    assertBuilt();
    db = await createMariaDatabase();
    const port = await freePort();
    origin = `http://localhost:${port}`;
    // Both instances share the database, the seal key and the relying party (the console's origin is the first's).
    const shared = { DATABASE_URL: db.url, MFA_SEAL_KEYS: `e2e:${randomBytes(32).toString("base64")}`, WEBAUTHN_ORIGINS: origin };
    server = await startBuiltServer({ ...shared, PORT: String(port), SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
    second = await startBuiltServer({ ...shared, SEED_DEMO: "false" });
    elsewherePort = await freePort();
    elsewhere = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Elsewhere</title><p>Another site"));
    await new Promise<void>((resolve) => elsewhere.listen(elsewherePort, "127.0.0.1", resolve));
    browser = await launchChromium();
    const admin = await gql<{ login: { token: string } }>(`mutation { login(input: { username: "admin", password: "${ADMIN_PASSWORD}" }) { ... on LoginSuccess { token } } }`);
    adminToken = admin.data?.login.token ?? "";
    expect(adminToken).not.toBe("");
  });
  afterAll(async () => {
    await browser?.close();
    if (elsewhere) await new Promise((resolve) => elsewhere.close(resolve));
    await second?.stop();
    await server?.stop();
    await db?.drop();
  });

  async function openConsole(kind: AuthenticatorKind): Promise<{ context: BrowserContext; page: Page; authenticator: VirtualAuthenticator }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const authenticator = await VirtualAuthenticator.attach(page, kind);
    return { context, page, authenticator };
  }

  const heading = (page: Page) => page.getByRole("heading", { level: 1 }).first().textContent();

  async function atBothWidths(page: Page, name: string) {
    await snapshotAndAudit(page, `${name}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await snapshotAndAudit(page, `${name}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  /** From the Security page: "Add a passkey or security key", a nickname, the browser's prompt. */
  async function addFromSecurityPage(page: Page, name: string, screenshots?: string) {
    await page.getByRole("button", { name: "Add a passkey or security key" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a passkey or security key" });
    await dialog.getByLabel("Name").fill(name);
    if (screenshots) await atBothWidths(page, screenshots);
    await dialog.getByRole("button", { name: "Add it" }).click();
    await expect.poll(() => page.getByText(`“${name}” is verified and ready to use.`).count(), { timeout: 15_000 }).toBe(1);
  }

  /** Password, then "Use your passkey" at the passcode step. */
  async function signInWithPasskey(page: Page, username: string, screenshots?: string) {
    await signInWithPassword(page, origin, username, USER_PASSWORD);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Use your passkey");
    if (screenshots) await atBothWidths(page, screenshots);
    await page.getByRole("button", { name: "Use your passkey" }).click();
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Security");
  }

  it("a platform passkey (internal, resident key, user verification) added on the Security page signs in after sign-out; the dialog at 1280 and 375 px", async () => {
    const { context, page, authenticator } = await openConsole("platform");
    await signInWithPassword(page, origin, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Security");
    await addFromSecurityPage(page, "Work laptop", "security-add-passkey");
    const stored = await authenticator.only();
    expect({ resident: stored.isResidentCredential, rpId: stored.rpId }).toEqual({ resident: true, rpId: "localhost" });
    const item = page.getByRole("listitem").filter({ hasText: "Work laptop" });
    await expect.poll(() => item.textContent()).toMatch(/Default.*Passkey · this device.*Added/);

    await signOut(page);
    await signInWithPasskey(page, "alice@example.com", "sign-in-passkey");
    await expect.poll(() => page.getByRole("listitem").filter({ hasText: "Work laptop" }).textContent(), { timeout: 15_000 }).toMatch(/Last used/);
    await atBothWidths(page, "security-passkey-listed");

    // Turning MFA off asks for a step-up every time: the prompt offers the passkey first, and it confirms.
    await page.getByRole("switch", { name: "Multi-factor authentication" }).click();
    const prompt = page.getByRole("dialog", { name: "Confirm it’s you" });
    await expect.poll(() => prompt.getByText("Confirm with your passkey or security key (Work laptop)", { exact: false }).count(), { timeout: 15_000 }).toBe(1);
    await atBothWidths(page, "step-up-passkey");
    await prompt.getByRole("button", { name: "Use your passkey" }).click();
    await expect.poll(() => page.getByRole("switch", { name: "Multi-factor authentication" }).isChecked(), { timeout: 15_000 }).toBe(false);
    expect(await prompt.isVisible()).toBe(false);
    await context.close();
  });

  it("a roaming security key (usb, CTAP2, no resident key) added on the Security page signs in after sign-out", async () => {
    const { context, page, authenticator } = await openConsole("securityKey");
    await signInWithPassword(page, origin, "bob@example.com", USER_PASSWORD);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Security");
    await addFromSecurityPage(page, "Blue key");
    expect((await authenticator.only()).isResidentCredential).toBe(false);
    await expect.poll(() => page.getByRole("listitem").filter({ hasText: "Blue key" }).textContent()).toMatch(/Security key · USB/);

    // The same key again: the service excludes it, the browser refuses (InvalidStateError), the console says why.
    await page.getByRole("button", { name: "Add a passkey or security key" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a passkey or security key" });
    await dialog.getByLabel("Name").fill("Blue key again");
    await dialog.getByRole("button", { name: "Add it" }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent(), { timeout: 15_000 }).toMatch(/already registered to your account/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect.poll(() => page.getByRole("list", { name: "Your devices" }).getByRole("listitem").count(), { timeout: 15_000 }).toBe(1);
    await signOut(page);
    await signInWithPasskey(page, "bob@example.com");
    await context.close();
  });

  it("under a phishing-resistant policy the setup wizard offers only a passkey, and finishing it signs in; at 1280 and 375 px", async () => {
    const domains = await gql<{ domains: { children: { id: string; name: string }[] }[] }>(`{ domains { id name children { id name } } }`, {}, adminToken);
    const sales = domains.data?.domains.flatMap((d) => d.children).find((d) => d.name === "sales.example.com");
    expect(sales).toBeDefined();
    // An admin requires MFA of others only with their own set up: an authenticator app, verified now.
    const enrolled = await gql<{ enrollTotp: { secret: string; device: { id: string } } }>(`mutation { enrollTotp(input: { name: "Admin app" }) { secret device { id } } }`, {}, adminToken);
    const app = enrolled.data?.enrollTotp;
    const verified = await gql(`mutation V($id: ID!, $c: String!) { verifyDevice(input: { deviceId: $id, code: $c }) { device { id } } }`, { id: app?.device.id, c: oathtool(app?.secret ?? "") }, adminToken);
    expect(verified.errors).toBeUndefined();
    const set = await gql(`mutation P($id: ID!) { setDomainMfaPolicy(input: { domainId: $id, policy: PHISHING_RESISTANT }) { revokedSessions } }`, { id: sales?.id }, adminToken);
    expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();

    const { context, page, authenticator } = await openConsole("platform");
    await signInWithPassword(page, origin, "carol@sales.example.com", USER_PASSWORD);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Choose your multi-factor authentication method");
    expect(await page.getByRole("button", { name: "Use an authenticator" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Use a phone" }).count()).toBe(0);
    await snapshotAndAudit(page, "setup-passkey-only-1280");
    await page.getByRole("button", { name: "Add a passkey or security key" }).click();
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Add a passkey or security key");
    await page.getByLabel("Name").fill("Phone passkey");
    await snapshotAndAudit(page, "setup-passkey-1280");
    await page.setViewportSize({ width: 375, height: 800 });
    await snapshotAndAudit(page, "setup-passkey-375");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: "Add it" }).click();
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Security");
    await expect.poll(() => page.getByText("Multi-factor authentication is set up.").count(), { timeout: 15_000 }).toBe(1);
    expect((await authenticator.credentials()).length).toBe(1);
    await signOut(page);
    await signInWithPasskey(page, "carol@sales.example.com");
    await context.close();
  });

  it("the browser's real answers sent to the API: a replay, another origin, another RP ID, a counter gone backwards (audited) are refused; one answer raced over two instances makes one session", async () => {
    const { context, page, authenticator } = await openConsole("securityKey");
    await signInWithPassword(page, origin, "erin@example.com", USER_PASSWORD);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe("Security");
    await addFromSecurityPage(page, "Grey key");
    await signOut(page);

    // The console's own completeLogin with the passkey's answer, as it went over the wire.
    type Sent = { query: string; variables: { input: { challengeId: string; webauthnResponse: string } } };
    const sent: Sent[] = [];
    page.on("request", (request) => {
      const body = request.postData();
      if (request.url().endsWith("/graphql") && body?.includes("webauthnResponse")) sent.push(JSON.parse(body) as Sent);
    });
    await signInWithPasskey(page, "erin@example.com");
    const captured = sent[0];
    if (!captured) throw new Error("the console sent no passkey answer");
    const complete = (challengeId: string, webauthnResponse: string) =>
      gql<{ completeLogin: { token: string } }>(captured.query, { input: { challengeId, webauthnResponse } });
    /** A new sign-in of erin's from here: the password step and the service's passkey offer. */
    const offer = async () => {
      const login = await gql<{ login: { challengeId: string } }>(`mutation { login(input: { username: "erin@example.com", password: "${USER_PASSWORD}" }) { ... on MfaChallenge { challengeId } } }`);
      const challengeId = login.data?.login.challengeId ?? "";
      const started = await gql<{ startWebAuthnLogin: { optionsJson: string } }>(`mutation W($c: String!) { startWebAuthnLogin(challengeId: $c) { optionsJson } }`, { c: challengeId });
      return { challengeId, optionsJson: started.data?.startWebAuthnLogin.optionsJson ?? "" };
    };

    // Replayed: the same answer again, then for a new sign-in.
    expect(codeOf(await complete(captured.variables.input.challengeId, captured.variables.input.webauthnResponse))).toMatch(/^(LOGIN_EXPIRED|INVALID_PASSCODE)$/);
    const fresh = await offer();
    expect(codeOf(await complete(fresh.challengeId, captured.variables.input.webauthnResponse))).toBe("INVALID_PASSCODE");

    // Made on another origin of the same RP ID (another port of localhost): the browser signs, the service refuses.
    await page.goto(`http://localhost:${elsewherePort}/`);
    const other = await offer();
    expect(codeOf(await complete(other.challengeId, await browserAssertion(page, other.optionsJson)))).toBe("INVALID_PASSCODE");

    // Made for another RP ID (a copy of the key registered to sub.localhost, asked from there).
    const key = await authenticator.only();
    await authenticator.remove(key.credentialId);
    await authenticator.add({ ...key, rpId: "sub.localhost" });
    await page.goto(`http://sub.localhost:${elsewherePort}/`);
    const foreign = await offer();
    expect(codeOf(await complete(foreign.challengeId, await browserAssertion(page, foreign.optionsJson, "sub.localhost")))).toBe("INVALID_PASSCODE");

    // Raced: one answer of the key (back with its counter) sent 20 times at once over both instances: one session.
    await page.goto(`${origin}/sign-in`);
    await authenticator.remove(key.credentialId);
    await authenticator.add(key);
    const raced = await offer();
    const answer = await browserAssertion(page, raced.optionsJson);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_TOKEN, { input: { challengeId: raced.challengeId, webauthnResponse: answer } }, undefined, i % 2 ? second.url : server.url)),
    );
    expect(answers.filter((a) => a.data?.completeLogin.token).length, JSON.stringify(answers.map(codeOf))).toBe(1);
    for (const loser of answers.filter((a) => !a.data?.completeLogin.token)) expect(codeOf(loser)).toMatch(/^(INVALID_PASSCODE|LOGIN_EXPIRED|RATE_LIMITED)$/);

    // A clone: the same key with its counter set back. Its answer verifies, its counter did not move forward.
    expect(key.signCount).toBeGreaterThan(1);
    await authenticator.remove(key.credentialId);
    await authenticator.add({ ...key, signCount: 0 });
    const cloned = await offer();
    expect(codeOf(await complete(cloned.challengeId, await browserAssertion(page, cloned.optionsJson)))).toBe("INVALID_PASSCODE");

    const domains = await gql<{ domains: { id: string; name: string }[] }>(`{ domains { id name } }`, {}, adminToken);
    const main = domains.data?.domains.find((d) => d.name === "example.com");
    const users = await gql<{ mailboxes: { nodes: { id: string; username: string }[] } }>(
      `query M($d: ID!) { mailboxes(domainId: $d, filter: { search: "erin" }, first: 5) { nodes { id username } } }`,
      { d: main?.id },
      adminToken,
    );
    const erin = users.data?.mailboxes.nodes.find((u) => u.username === "erin@example.com");
    const audited = await gql<{ auditEvents: { totalCount: number } }>(
      `query A($u: ID!) { auditEvents(filter: { userId: $u, action: WEBAUTHN_CLONE_DETECTED }, first: 1) { totalCount } }`,
      { u: erin?.id },
      adminToken,
    );
    expect(audited.data?.auditEvents.totalCount).toBe(1);
    await context.close();
  });
});
