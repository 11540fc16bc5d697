import type { PolicyLevel } from "./policy.js";

/** Days a remembered browser skips the second factor when the domain has not chosen (admins, who have no domain, too). */
export const REMEMBER_BROWSER_DAYS_DEFAULT = 30;
/** The most a domain may choose. */
export const REMEMBER_BROWSER_DAYS_MAX = 90;
const DAY_MS = 86_400_000;

/** Whether a domain may choose this many days: a whole number from 0 (off) to 90. */
export function isValidRememberDays(days: number): boolean {
  return Number.isInteger(days) && days >= 0 && days <= REMEMBER_BROWSER_DAYS_MAX;
}

/**
 * The days a user may be offered "don't ask again on this browser": the domain's setting (the default without a
 * domain), or 0 when it is off or the policy asks for a phishing-resistant factor (a cookie is not one).
 */
export function rememberDaysOffered(input: { domainDays: number | null; policy: PolicyLevel }): number {
  if (input.policy === "PHISHING_RESISTANT") return 0;
  const days = input.domainDays ?? REMEMBER_BROWSER_DAYS_DEFAULT;
  return isValidRememberDays(days) ? days : 0;
}

/** When a browser remembered now stops being remembered. */
export function rememberedUntil(now: number, days: number): number {
  return now + days * DAY_MS;
}

/**
 * Whether a remembered browser skips the second factor now: offered days above 0 (the domain's setting today, so
 * lowering it shortens tokens already given), within them since it was remembered and before its own expiry, and
 * the user not locked. The password is checked before, always.
 */
export function rememberedBrowserPasses(input: {
  remembered: { createdAt: number; expiresAt: number } | null;
  domainDays: number | null;
  policy: PolicyLevel;
  locked: boolean;
  now: number;
}): boolean {
  const { remembered, now } = input;
  if (!remembered || input.locked) return false;
  const days = rememberDaysOffered(input);
  if (days === 0) return false;
  return now < remembered.expiresAt && now < rememberedUntil(remembered.createdAt, days);
}
