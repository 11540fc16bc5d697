/**
 * Force-On with a deadline: a REQUIRED setting (a domain's, or the account's for its admins) may carry the moment it
 * takes full effect (`enforceFrom`). Until then, users without a verified device are offered the setup wizard at
 * sign-in and may put it off ("Remind me later") at most once a day; from the deadline on it is the plain Force-On.
 * Time is always passed in.
 */
import type { PolicyLevel, UserKind, UserOverride } from "./policy.js";

/** How long "Remind me later" lets a user sign in without setting up MFA before the wizard is offered again. */
export const SETUP_DEFERRAL_MS = 24 * 60 * 60 * 1000;

/** The furthest a deadline may be set ahead of now. */
export const MAX_DEADLINE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/** A policy setting with its deadline (only a REQUIRED setting has one; null: in force now). */
export type Enforcement = { policy: PolicyLevel; enforceFrom: number | null };

/**
 * The setting that governs one user, deadline included: an override other than DEFAULT wins, in force at once (an
 * admin who forces one user means now); otherwise a mailbox follows its own domain and an admin the account's
 * admin setting, with that setting's deadline.
 */
export function effectiveEnforcement(input: { kind: UserKind; override: UserOverride; domain: Enforcement | null; admin: Enforcement }): Enforcement {
  if (input.override !== "DEFAULT") return { policy: input.override, enforceFrom: null };
  const setting = input.kind === "MAILBOX" ? (input.domain ?? { policy: "OFF", enforceFrom: null }) : input.admin;
  return setting.policy === "REQUIRED" ? setting : { policy: setting.policy, enforceFrom: null };
}

/** Whether a REQUIRED setting is still before its deadline at `now`. */
export function inGracePeriod(setting: Enforcement, now: number): boolean {
  return setting.policy === "REQUIRED" && setting.enforceFrom !== null && now < setting.enforceFrom;
}

/** The last moment a deferral made at or before it no longer counts: a user who put setup off before this is asked again. */
export function deferralCutoff(now: number): number {
  return now - SETUP_DEFERRAL_MS;
}

/** Whether the user's last "Remind me later" still lets them sign in without the wizard. */
export function deferralActive(deferredAt: number | null, now: number): boolean {
  return deferredAt !== null && deferredAt > deferralCutoff(now);
}

/**
 * Whether a user may press "Remind me later" now: their setting is before its deadline, they have no verified
 * device, and they have not put setup off in the last day.
 */
export function canDeferSetup(input: { setting: Enforcement; hasVerifiedDevice: boolean; deferredAt: number | null; now: number }): boolean {
  return inGracePeriod(input.setting, input.now) && !input.hasVerifiedDevice && !deferralActive(input.deferredAt, input.now);
}

export type DeadlineProblem = "ONLY_WITH_REQUIRED" | "NOT_IN_FUTURE" | "TOO_FAR_AHEAD";

/** Why a deadline cannot go with a policy (null: it can). No deadline is always fine. */
export function deadlineProblem(policy: PolicyLevel, enforceFrom: number | null, now: number): DeadlineProblem | null {
  if (enforceFrom === null) return null;
  if (policy !== "REQUIRED") return "ONLY_WITH_REQUIRED";
  if (enforceFrom <= now) return "NOT_IN_FUTURE";
  return enforceFrom - now > MAX_DEADLINE_AHEAD_MS ? "TOO_FAR_AHEAD" : null;
}

/** OFF < OPTIONAL < REQUIRED before its deadline < REQUIRED now < PHISHING_RESISTANT. */
function strength(setting: Enforcement, now: number): number {
  if (setting.policy === "OFF") return 0;
  if (setting.policy === "OPTIONAL") return 1;
  if (setting.policy === "PHISHING_RESISTANT") return 4;
  return inGracePeriod(setting, now) ? 2 : 3;
}

/**
 * Whether a change of setting lowers the requirement (and so needs a fresh proof): a lower level, a deadline put on a
 * REQUIRED already in force, or a deadline moved later.
 */
export function weakensEnforcement(from: Enforcement, to: Enforcement, now: number): boolean {
  const a = strength(from, now);
  const b = strength(to, now);
  if (a !== b) return b < a;
  return a === 2 && (to.enforceFrom ?? 0) > (from.enforceFrom ?? 0);
}

/** Whether two settings differ (a different level, or the same REQUIRED with another deadline). */
export function enforcementChanged(from: Enforcement, to: Enforcement): boolean {
  return from.policy !== to.policy || (to.policy === "REQUIRED" && from.enforceFrom !== to.enforceFrom);
}
