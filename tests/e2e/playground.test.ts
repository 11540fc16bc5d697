import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { graphql, startBuiltServer, type RunningServer } from "../support/built-server.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt, ensureArtifactsDir } from "../support/paths.js";
import { Authenticator } from "../support/totp.js";

const ADMIN_PASSWORD = "playground-admin-password";

/** What an integrator sees of the answer pane. */
const responseText = (page: Page) => page.locator(".graphiql-response").textContent().then((t) => t ?? "");

/** Replaces the content of the visible variables or headers editor, as typing or pasting would. */
async function fillEditorTool(page: Page, text: string): Promise<void> {
  await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

async function openTab(page: Page, title: string): Promise<void> {
  const editor = page.locator(".graphiql-query-editor");
  await expect
    .poll(async () => {
      const text = (await editor.textContent()) ?? "";
      // A click that lands while the page is still busy can be lost: click again until the tab shows.
      if (!text.includes(` ${title}`)) await page.locator(".graphiql-tab-button", { hasText: new RegExp(`^${title}$`) }).click();
      return text;
    })
    .toContain(` ${title}`);
}

/** Runs the active tab's operation and waits for an answer that contains `expected`. */
async function run(page: Page, expected: string): Promise<string> {
  await page.locator(".graphiql-execute-button").click();
  await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain(expected);
  return responseText(page);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ensureArtifactsDir(), `${name}.png`) });

describe("the GraphQL playground, as a new integrator uses it", () => {
  let server: RunningServer;
  let browser: Browser;
  let app: Authenticator;

  beforeAll(async () => {
    assertBuilt();
    server = await startBuiltServer({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD });
    browser = await launchChromium();
    // The demo admin has an authenticator app, set up through the API (oathtool stands in for the phone).
    const signedIn = await graphql<{ login: { token: string } }>(server.url, `mutation { login(input: { username: "admin", password: "${ADMIN_PASSWORD}" }) { ... on LoginSuccess { token } } }`);
    const token = signedIn.data?.login.token;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(signedIn.errors)}`);
    const auth = { authorization: `Bearer ${token}` };
    const enrolled = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: `mutation { enrollTotp(input: { name: "Work phone" }) { secret device { id } } }` }),
    }).then((r) => r.json() as Promise<{ data?: { enrollTotp: { secret: string; device: { id: string } } } }>);
    const device = enrolled.data?.enrollTotp;
    if (!device) throw new Error(`enrolment failed: ${JSON.stringify(enrolled)}`);
    app = new Authenticator(device.secret);
    const verified = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: `mutation V($input: VerifyDeviceInput!) { verifyDevice(input: $input) { device { verified } } }`, variables: { input: { deviceId: device.device.id, code: await app.code() } } }),
    }).then((r) => r.json() as Promise<{ data?: { verifyDevice: { device: { verified: boolean } } } }>);
    if (!verified.data?.verifyDevice.device.verified) throw new Error(`verification failed: ${JSON.stringify(verified)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in with the first two tabs, pastes the token into the headers and reads the domains, all from this machine", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.url}/graphql`);
    await page.waitForSelector(".graphiql-container", { timeout: 20_000 });
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.locator(".graphiql-query-editor").textContent()).toContain("1. Sign in");

    // The tabs, in order, and the hint on where the token comes from.
    const titles = await page.locator(".graphiql-tab-button").allTextContents();
    expect(titles.map((t) => t.trim())).toEqual(["SignIn", "CompleteSignIn", "MySecurity", "EnrolApp", "Domains", "Mailboxes", "PreviewPolicy"]);
    expect(await page.getByRole("note").textContent()).toMatch(/paste the token .* Headers panel/);
    // Tab 1 opens with its variables, placeholders to replace.
    await expect.poll(() => page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").textContent()).toContain("<password>");
    await shot(page, "playground-opened");

    // Tab 1: the password step. An admin with an authenticator app gets a challenge.
    await fillEditorTool(page, JSON.stringify({ input: { username: "admin", password: ADMIN_PASSWORD, cookie: false } }, null, 2));
    const challenge = await run(page, '"__typename": "MfaChallenge"');
    const challengeId = /"challengeId": "([^"]+)"/.exec(challenge)?.[1];
    expect(challengeId).toBeDefined();
    await shot(page, "playground-sign-in");

    // Tab 2: the code from the authenticator app.
    await openTab(page, "CompleteSignIn");
    await fillEditorTool(page, JSON.stringify({ input: { challengeId, passcode: await app.code(), cookie: false } }, null, 2));
    const completed = await run(page, '"token"');
    expect(completed).toContain('"OTPPASSCODE"');
    const token = /"token": "([A-Za-z0-9_-]{43})"/.exec(completed)?.[1];
    expect(token).toBeDefined();

    // The header panel, pre-filled for a bearer token: the integrator pastes theirs in.
    await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
    expect(await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").textContent()).toContain("Bearer <token from the sign-in tabs>");
    await fillEditorTool(page, `{\n  "Authorization": "Bearer ${token}"\n}`);
    await shot(page, "playground-token");

    // Tab 5: the domains, with the token the header panel now holds for every tab.
    await openTab(page, "Domains");
    expect(await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").textContent()).toContain(`Bearer ${token}`);
    const domains = await run(page, '"name": "example.com"');
    expect(domains).toContain('"name": "sales.example.com"');
    expect(domains).not.toContain('"errors"');
    await shot(page, "playground-domains");

    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
    await context.close();
  });

  it("in production, where introspection is off, fills the docs panel once an admin's token is in the headers", async () => {
    // Production runs on MariaDB and never seeds: a development start creates the demo account in the database first.
    const database = await createMariaDatabase();
    const shared = { DATABASE_URL: database.url, MFA_SEAL_KEYS: `e2e:${randomBytes(32).toString("base64")}` };
    const seeding = await startBuiltServer({ ...shared, SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD });
    await seeding.stop();
    const production = await startBuiltServer({
      ...shared,
      NODE_ENV: "production",
      TRUST_PROXY: "0",
      // Production serves the playground only when asked for.
      GRAPHQL_PLAYGROUND: "true",
      // Production refuses the development outbox: a provider is configured (never called here).
      SMS_SENDER: "twilio",
      TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
      TWILIO_AUTH_TOKEN: "not-used-by-this-test",
      TWILIO_FROM: "+15005550006",
      TWILIO_BASE_URL: "http://127.0.0.1:9",
      // Production refuses the email outbox too: an SMTP server is configured (never reached: nothing listens there).
      MAIL_TRANSPORT: "smtp",
      SMTP_URL: "smtp://127.0.0.1:9",
      MAIL_FROM: "no-reply@example.com",
      CONSOLE_URL: "https://mfa.example.com",
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    try {
      const page = await context.newPage();
      await page.goto(`${production.url}/graphql`);
      await page.waitForSelector(".graphiql-container", { timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
      // No schema yet: GraphiQL shows why in the answer pane.
      const docs = page.locator(".graphiql-plugin");
      await expect.poll(() => docs.textContent(), { timeout: 15_000 }).toContain("Error fetching schema");
      await expect.poll(() => responseText(page)).toMatch(/schema is served to account admins.*UNAUTHENTICATED/s);
      await shot(page, "playground-production-signed-out");

      await fillEditorTool(page, JSON.stringify({ input: { username: "admin", password: ADMIN_PASSWORD, cookie: false } }, null, 2));
      const token = /"token": "([A-Za-z0-9_-]{43})"/.exec(await run(page, '"__typename": "LoginSuccess"'))?.[1];
      expect(token).toBeDefined();
      await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
      await fillEditorTool(page, `{\n  "Authorization": "Bearer ${token}"\n}`);
      await page.getByRole("button", { name: "Re-fetch GraphQL schema" }).click();
      await expect.poll(() => docs.textContent(), { timeout: 15_000 }).toMatch(/Root Types.*query: ?Query.*mutation: ?Mutation/s);
      await shot(page, "playground-production-docs");
    } finally {
      await context.close();
      await production.stop();
      await database.drop();
    }
  });
});
