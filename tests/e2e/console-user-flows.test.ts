import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { decodeQrOnPage, OutboxReader, signInWithPassword, signOut, snapshotAndAudit, submitCode } from "../support/console-pages.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";
import { oathtool, timeStep } from "../support/totp.js";

const USER_PASSWORD = "console-user-password";
const ADMIN_PASSWORD = "console-admin-password";
/** Bob's phone, masked as the service shows it everywhere outside the sender. */
const BOB_PHONE = "+1 *** *** 0123";
const DEV_HINT = "In a development setup without an SMS provider, an account admin finds the text on the Outbox page.";

describe("the console's user flows in Chromium, on MariaDB", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let outbox: OutboxReader;

  beforeAll(async () => {
    assertBuilt();
    const db = await createMariaDatabase();
    drop = db.drop;
    server = await startBuiltServer({ DATABASE_URL: db.url, SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: USER_PASSWORD });
    browser = await launchChromium();
    // The demo admin has no second factor: a password sign-in may read the account's texts.
    outbox = await OutboxReader.open(browser, server.url, "admin", ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await outbox?.close();
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

  it("a user adds an authenticator from the secret on the page, saves recovery codes, signs in with a code and with a recovery code, and turns MFA off with a code", async () => {
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
    await expect.poll(() => p.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").count(), { timeout: 15_000 }).toBe(5);
    const codes = (await p.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(5);
    const [download] = await Promise.all([p.waitForEvent("download"), p.getByRole("button", { name: "Download" }).click()]);
    const file = readFileSync((await download.path()) as string, "utf8");
    for (const code of codes) expect(file).toContain(code);
    expect(download.suggestedFilename()).toBe("recovery-codes.txt");
    await snapshotAndAudit(p, "security-with-codes");

    await signOut(p);
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(p, "sign-in-passcode");
    await submitCode(p, oathtool(secret, (timeStep(enrolledAt) + 1) * 30_000 + 1_000));
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);

    await signOut(p);
    await signInWithPassword(p, server.url, "alice@example.com", USER_PASSWORD);
    await p.getByRole("button", { name: "Use a recovery code" }).click();
    await submitCode(p, codes[0] as string);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);

    // Turning MFA off asks every time, for the strongest factor: a code from the authenticator, not the password.
    const mfa = p.getByRole("switch", { name: "Multi-factor authentication" });
    await mfa.click();
    const prompt = p.getByRole("dialog", { name: "Confirm it’s you" });
    await expect.poll(() => prompt.getByLabel("Code", { exact: true }).count(), { timeout: 15_000 }).toBe(1);
    expect(await prompt.getByLabel("Password").count()).toBe(0);
    expect(await prompt.getByText("This change asks you to confirm it’s you every time.").count()).toBe(1);
    await snapshotAndAudit(p, "reauth-authenticator");
    // A recovery code proves it too (the admin suite answers with the authenticator).
    await prompt.getByRole("button", { name: "Use a recovery code" }).click();
    await prompt.getByLabel("Recovery code").fill(codes[1] as string);
    await prompt.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => p.getByRole("dialog").count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => mfa.isChecked(), { timeout: 15_000 }).toBe(false);
    expect(await p.getByRole("alert").count()).toBe(0);
  });

  it("a user adds a phone and verifies it with the text the admin reads on the outbox page, signs in by SMS, and removes every device with a texted code", async () => {
    const p = await freshPage(375);
    await signInWithPassword(p, server.url, "bob@example.com", USER_PASSWORD);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);
    await p.getByRole("button", { name: "Add a phone" }).click();
    await p.getByLabel("Country").selectOption("US");
    await p.getByLabel("Phone number").fill("201 555 0123");
    await p.getByLabel("Device name").fill("Mobile");
    const verification = await outbox.nextCode(BOB_PHONE, /verification code/i, () => p.getByRole("button", { name: /continue|send code/i }).click());
    await expect.poll(() => p.getByText(`Enter the code we texted to ${BOB_PHONE}.`).count(), { timeout: 15_000 }).toBe(1);
    // The user's page says where the text went, never what it says.
    expect(await p.getByText(DEV_HINT).count()).toBe(1);
    expect(await p.getByText(/verification code: \d{6,8}|\b\d{6,8}\b/i).count()).toBe(0);
    await snapshotAndAudit(p, "setup-phone-375");
    await submitCode(p, verification);
    await expect.poll(() => p.getByText("Mobile").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const setDefault = p.getByRole("button", { name: /make default|set as default/i });
    if ((await setDefault.count()) > 0) await setDefault.first().click();
    await expect.poll(() => p.getByText(/default/i).count()).toBeGreaterThan(0);

    await signOut(p);
    const signInCode = await outbox.nextCode(BOB_PHONE, /sign-in code/i, () => signInWithPassword(p, server.url, "bob@example.com", USER_PASSWORD));
    await expect.poll(() => p.getByText(`We texted a code to ${BOB_PHONE}. Enter it below.`).count(), { timeout: 15_000 }).toBe(1);
    expect(await p.getByText(DEV_HINT).count()).toBe(1);
    expect(await p.getByText(/sign-in code|outbox\b(?! page)/i).count()).toBe(0);
    await snapshotAndAudit(p, "sign-in-passcode-sms-375");
    await submitCode(p, signInCode);
    await expect.poll(() => p.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 }).toMatch(/Security/i);

    // "Remove all devices" asks every time: the only device is the phone, so a texted step-up code.
    await p.getByRole("button", { name: "Remove all devices" }).click();
    await p.getByRole("dialog", { name: "Remove all devices?" }).getByRole("button", { name: "Remove all devices" }).click();
    const prompt = p.getByRole("dialog", { name: "Confirm it’s you" });
    await expect.poll(() => prompt.getByText(`We will text a code to ${BOB_PHONE}.`).count(), { timeout: 15_000 }).toBe(1);
    expect(await prompt.getByLabel("Password").count()).toBe(0);
    const stepUpCode = await outbox.nextCode(BOB_PHONE, /sign-in code/i, () => prompt.getByRole("button", { name: "Text me a code" }).click());
    await expect.poll(() => prompt.getByText(`We texted a code to ${BOB_PHONE}. Enter it below.`).count(), { timeout: 15_000 }).toBe(1);
    await snapshotAndAudit(p, "reauth-text-375");
    await prompt.getByLabel("Code", { exact: true }).fill(stepUpCode);
    await prompt.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => p.getByText("You have no devices yet.").count(), { timeout: 15_000 }).toBe(1);
    expect(await p.getByRole("dialog").count()).toBe(0);
  });
});
