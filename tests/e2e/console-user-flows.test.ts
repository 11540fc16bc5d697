import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { decodeQrOnPage, signInWithPassword, signOut, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";
import { oathtool, timeStep } from "../support/totp.js";

const USER_PASSWORD = "console-user-password";
const ADMIN_PASSWORD = "console-admin-password";

describe("the console's user flows in Chromium, on MariaDB", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBuilt();
    const db = await createMariaDatabase();
    drop = db.drop;
    server = await startBuiltServer({ DATABASE_URL: db.url, SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await drop?.();
  });

  async function freshPage(width = 1280): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width, height: 900 } });
    page = await context.newPage();
    return page;
  }

  it("a user adds an authenticator from the secret on the page, saves recovery codes, then signs in with a code and with a recovery code", async () => {
    const p = await freshPage();
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
    await snapshotAndAudit(p, "security-empty");

    await p.getByRole("button", { name: "Add an authenticator" }).click();
    await p.getByLabel("Device name").fill("Work phone");
    await p.getByRole("button", { name: "Continue" }).click();
    const secret = ((await p.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // The QR code on the page, read by zbarimg as a phone's camera would, carries the same secret.
    const uri = await decodeQrOnPage(p, "QR code for your authenticator app");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(uri).searchParams.get("secret")).toBe(secret);
    await snapshotAndAudit(p, "setup-authenticator");

    const enrolledAt = Date.now();
    await submitCode(p, oathtool(secret, enrolledAt));
    await expect.poll(() => p.getByText("Work phone").count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await p.getByLabel("Number of codes").selectOption("5");
    await p.getByRole("button", { name: "Generate recovery codes" }).click();
    await expect.poll(() => p.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").count(), { timeout: 10_000 }).toBe(5);
    const codes = (await p.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(5);
    const [download] = await Promise.all([p.waitForEvent("download"), p.getByRole("button", { name: "Download" }).click()]);
    const file = readFileSync((await download.path()) as string, "utf8");
    for (const code of codes) expect(file).toContain(code);
    expect(download.suggestedFilename()).toBe("recovery-codes.txt");
    await snapshotAndAudit(p, "security-with-codes");

    await signOut(p);
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByLabel("Code", { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await snapshotAndAudit(p, "sign-in-passcode");
    await submitCode(p, oathtool(secret, (timeStep(enrolledAt) + 1) * 30_000 + 1_000));
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);

    await signOut(p);
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await p.getByRole("button", { name: "Use a recovery code" }).click();
    await submitCode(p, codes[0] as string);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
  });

  it("a user adds a phone, verifies it with the code from the outbox, makes it default, and signs in by SMS", async () => {
    const p = await freshPage(375);
    await signInWithPassword(p, server.url, "bob@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
    await p.getByRole("button", { name: "Add a phone" }).click();
    await p.getByLabel("Country").selectOption("US");
    await p.getByLabel("Phone number").fill("201 555 0123");
    await p.getByLabel("Device name").fill("Mobile");
    await p.getByRole("button", { name: /continue|send code/i }).click();
    await expect.poll(() => p.getByText(/verification code: \d{6}/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const text = (await p.getByText(/verification code: \d{6}/i).first().textContent()) ?? "";
    await snapshotAndAudit(p, "setup-phone-375");
    await submitCode(p, /(\d{6})/.exec(text)?.[1] as string);
    await expect.poll(() => p.getByText("Mobile").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const setDefault = p.getByRole("button", { name: /make default|set as default/i });
    if ((await setDefault.count()) > 0) await setDefault.first().click();
    await expect.poll(() => p.getByText(/default/i).count()).toBeGreaterThan(0);

    await signOut(p);
    await signInWithPassword(p, server.url, "bob@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByText(/sign-in code: \d{6}/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const sms = (await p.getByText(/sign-in code: \d{6}/i).first().textContent()) ?? "";
    await submitCode(p, /(\d{6})/.exec(sms)?.[1] as string);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
  });
});
