import { describe, expect, it } from "vitest";
import { isValidRememberDays, rememberDaysOffered, rememberedBrowserPasses, rememberedUntil, REMEMBER_BROWSER_DAYS_DEFAULT } from "./remembered-browser.js";

const DAY = 86_400_000;
const now = 1_800_000_000_000;
const fresh = { createdAt: now - DAY, expiresAt: now + 29 * DAY };

describe("remembered browsers", () => {
  it("accepts whole days from 0 to 90 only", () => {
    expect([0, 1, 30, 90].every(isValidRememberDays)).toBe(true);
    expect([-1, 91, 1.5, Number.NaN].some(isValidRememberDays)).toBe(false);
  });

  it("offers the domain's days, the default without a domain, and nothing under a phishing-resistant policy", () => {
    expect(rememberDaysOffered({ domainDays: 7, policy: "REQUIRED" })).toBe(7);
    expect(rememberDaysOffered({ domainDays: null, policy: "OPTIONAL" })).toBe(REMEMBER_BROWSER_DAYS_DEFAULT);
    expect(rememberDaysOffered({ domainDays: 0, policy: "REQUIRED" })).toBe(0);
    expect(rememberDaysOffered({ domainDays: 30, policy: "PHISHING_RESISTANT" })).toBe(0);
  });

  it("passes a fresh token, and never a locked user, a domain turned off or a phishing-resistant policy", () => {
    const base = { remembered: fresh, domainDays: 30, policy: "REQUIRED" as const, locked: false, now };
    expect(rememberedBrowserPasses(base)).toBe(true);
    expect(rememberedBrowserPasses({ ...base, remembered: null })).toBe(false);
    expect(rememberedBrowserPasses({ ...base, locked: true })).toBe(false);
    expect(rememberedBrowserPasses({ ...base, domainDays: 0 })).toBe(false);
    expect(rememberedBrowserPasses({ ...base, policy: "PHISHING_RESISTANT" })).toBe(false);
  });

  it("ends at its own expiry, and sooner when the domain lowers its days", () => {
    const remembered = { createdAt: now, expiresAt: rememberedUntil(now, 30) };
    const at = (t: number, domainDays = 30) => rememberedBrowserPasses({ remembered, domainDays, policy: "OPTIONAL", locked: false, now: t });
    expect(at(now + 30 * DAY - 1)).toBe(true);
    expect(at(now + 30 * DAY)).toBe(false);
    expect(at(now + 8 * DAY, 7)).toBe(false);
    expect(at(now + 6 * DAY, 7)).toBe(true);
    // Raising the days later does not lengthen a token already given.
    expect(at(now + 31 * DAY, 90)).toBe(false);
  });
});
