import { execFileSync } from "node:child_process";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ensureArtifactsDir } from "./paths.js";

/** Signs in through the console's password step. */
export async function signInWithPassword(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Types a code at the passcode step (or a device verification) and submits it. */
export async function submitCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verify", exact: true }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => page.getByLabel("Username").count(), { timeout: 10_000 }).toBe(1);
}

/** Saves a full-page screenshot and checks it with axe: no serious or critical violation. */
export async function snapshotAndAudit(page: Page, name: string): Promise<string> {
  const path = join(ensureArtifactsDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), `accessibility of ${name}`).toEqual([]);
  return path;
}

/** Decodes the QR image shown on the page with zbarimg, as a phone camera would. */
export async function decodeQrOnPage(page: Page, alt: string): Promise<string> {
  const path = join(ensureArtifactsDir(), "qr-code.png");
  await page.getByAltText(alt).screenshot({ path });
  const bin = process.env.ZBARIMG_PATH ?? "zbarimg";
  return execFileSync(bin, ["--raw", "-q", path], { encoding: "utf8" }).trim();
}
