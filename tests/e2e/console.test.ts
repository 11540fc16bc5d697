import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { snapshotAndAudit } from "../support/console-pages.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { assertBuilt, ensureArtifactsDir } from "../support/paths.js";

describe("the console in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    assertBuilt();
    server = await startBuiltServer({ DEMO_ADMIN_PASSWORD: "console-admin-password" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("renders the sign-in page with the service status", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/Sign in/);
    await expect.poll(() => page.getByText("MFA Console").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByLabel(/username/i).count()).toBe(1);
    await expect.poll(() => page.getByLabel(/password/i).count()).toBe(1);
    // A visitor learns that the service answers, not which database engine it runs on.
    await expect.poll(() => page.getByText("Service ready", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText(/sqlite|undisclosed|database/i).count()).toBe(0);
    await snapshotAndAudit(page, "sign-in");
    await context.close();
  });

  it("signs the demo admin in with the password step (MFA is optional and off for them)", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel(/username/i).fill("admin");
    await page.getByLabel(/password/i).fill("console-admin-password");
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect.poll(() => page.getByText("Signed in as admin.").count(), { timeout: 15_000 }).toBe(1);
    // Plain http on 127.0.0.1 (development): the cookie cannot be Secure, so it has no `__Host-` prefix.
    // Over HTTPS it is `__Host-mfa_session`; the console never reads it either way (HttpOnly).
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name.startsWith("__Host-"))).toEqual([]);
    const session = cookies.find((c) => c.name === "mfa_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.secure).toBe(false);
    expect(session?.sameSite).toBe("Lax");
    await page.close();
  });

  it("opens the GraphQL playground with no request leaving the machine", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(`${server.url}/graphql`);
    await page.waitForSelector(".graphiql-container", { timeout: 20_000 });
    // Open the "MySecurity" tab and run it with its run button once the page has settled (it loads the schema
    // first); click again if a click landed before the editor was ready. The header panel still holds its
    // placeholder, which is not sent: the API asks to sign in first.
    await page.waitForLoadState("networkidle");
    const editor = page.locator(".graphiql-query-editor");
    await expect
      .poll(
        async () => {
          const text = (await editor.textContent()) ?? "";
          if (!text.includes("query MySecurity")) await page.locator(".graphiql-tab-button", { hasText: /^MySecurity$/ }).click();
          return text;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain("query MySecurity");
    await expect
      .poll(
        async () => {
          const text = (await page.locator(".graphiql-response").textContent()) ?? "";
          if (!text.includes('"code"')) await page.locator(".graphiql-execute-button").click();
          return text;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('"code": "UNAUTHENTICATED"');
    await page.screenshot({ path: join(ensureArtifactsDir(), "playground.png"), fullPage: true });

    const origin = new URL(server.url).origin;
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e)).map((e) => e.slice(0, 120))).toEqual([]);
    await page.close();
  });
});
