import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_DEADLINE_AHEAD_MS,
  SETUP_DEFERRAL_MS,
  canDeferSetup,
  deadlineProblem,
  deferralActive,
  effectiveEnforcement,
  enforcementChanged,
  inGracePeriod,
  weakensEnforcement,
  type Enforcement,
} from "./enforcement.js";
import { POLICY_LEVELS, decideLogin } from "./policy.js";

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 24 * 60 * 60 * 1000;
const graceful: Enforcement = { policy: "REQUIRED", enforceFrom: NOW + 7 * DAY };
const forced: Enforcement = { policy: "REQUIRED", enforceFrom: null };

describe("effectiveEnforcement", () => {
  const admin: Enforcement = { policy: "REQUIRED", enforceFrom: NOW + DAY };
  it("a mailbox follows its domain's setting with its deadline, an admin the account's", () => {
    expect(effectiveEnforcement({ kind: "MAILBOX", override: "DEFAULT", domain: graceful, admin })).toEqual(graceful);
    expect(effectiveEnforcement({ kind: "ADMIN", override: "DEFAULT", domain: null, admin })).toEqual(admin);
    expect(effectiveEnforcement({ kind: "MAILBOX", override: "DEFAULT", domain: null, admin })).toEqual({ policy: "OFF", enforceFrom: null });
  });
  it("an override wins, in force at once", () => {
    expect(effectiveEnforcement({ kind: "MAILBOX", override: "REQUIRED", domain: graceful, admin })).toEqual(forced);
    expect(effectiveEnforcement({ kind: "MAILBOX", override: "OPTIONAL", domain: graceful, admin })).toEqual({ policy: "OPTIONAL", enforceFrom: null });
  });
  it("a deadline means nothing under a policy other than REQUIRED", () => {
    expect(effectiveEnforcement({ kind: "MAILBOX", override: "DEFAULT", domain: { policy: "OPTIONAL", enforceFrom: NOW + DAY }, admin })).toEqual({ policy: "OPTIONAL", enforceFrom: null });
  });
});

describe("the grace period", () => {
  it("lasts until the deadline, exclusive", () => {
    const deadline = graceful.enforceFrom as number;
    expect(inGracePeriod(graceful, deadline - 1)).toBe(true);
    expect(inGracePeriod(graceful, deadline)).toBe(false);
    expect(inGracePeriod(forced, NOW)).toBe(false);
  });
  it("lets a user without a device put setup off once a day, never after the deadline", () => {
    const facts = { setting: graceful, hasVerifiedDevice: false, deferredAt: null, now: NOW };
    expect(canDeferSetup(facts)).toBe(true);
    expect(canDeferSetup({ ...facts, hasVerifiedDevice: true })).toBe(false);
    expect(canDeferSetup({ ...facts, deferredAt: NOW - SETUP_DEFERRAL_MS + 1 })).toBe(false);
    expect(canDeferSetup({ ...facts, deferredAt: NOW - SETUP_DEFERRAL_MS })).toBe(true);
    expect(canDeferSetup({ ...facts, now: graceful.enforceFrom as number })).toBe(false);
    expect(canDeferSetup({ ...facts, setting: forced })).toBe(false);
  });
  it("a deferral counts for a day", () => {
    expect(deferralActive(null, NOW)).toBe(false);
    expect(deferralActive(NOW, NOW + SETUP_DEFERRAL_MS - 1)).toBe(true);
    expect(deferralActive(NOW, NOW + SETUP_DEFERRAL_MS)).toBe(false);
  });
});

describe("decideLogin under a deadline", () => {
  const grace = { enforceFrom: graceful.enforceFrom, deferredAt: null, now: NOW };
  it("before the deadline: the wizard, skippable; after a skip: password alone for a day; then asked again", () => {
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: [], grace })).toEqual({ outcome: "SETUP_SUGGESTED", enforceFrom: graceful.enforceFrom });
    const skipped = { ...grace, deferredAt: NOW };
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: [], grace: { ...skipped, now: NOW + DAY - 1 } }).outcome).toBe("SETUP_DEFERRED");
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: [], grace: { ...skipped, now: NOW + DAY } }).outcome).toBe("SETUP_SUGGESTED");
  });
  it("from the deadline on: plain Force-On, a skip of yesterday included", () => {
    const at = graceful.enforceFrom as number;
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: [], grace: { ...grace, deferredAt: at - 1, now: at } })).toEqual({ outcome: "SETUP_REQUIRED" });
  });
  it("a user with a device is asked for a code whatever the deadline", () => {
    const devices = [{ id: "a", kind: "TOTP", verified: true, isDefault: true, isBackup: false }] as const;
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices, grace }).outcome).toBe("CHALLENGE");
  });
  it("never passes a REQUIRED user without a device unless before the deadline and deferred within the day", () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: -10 * DAY, max: 10 * DAY })), fc.option(fc.integer({ min: -10 * DAY, max: 0 })), (ahead, ago) => {
        const g = { enforceFrom: ahead === null ? null : NOW + ahead, deferredAt: ago === null ? null : NOW + ago, now: NOW };
        const decision = decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: [], grace: g });
        const before = g.enforceFrom !== null && NOW < g.enforceFrom;
        const recent = g.deferredAt !== null && NOW - g.deferredAt < SETUP_DEFERRAL_MS;
        expect(decision.outcome).toBe(before ? (recent ? "SETUP_DEFERRED" : "SETUP_SUGGESTED") : "SETUP_REQUIRED");
      }),
    );
  });
});

describe("deadlineProblem", () => {
  it("a deadline goes with REQUIRED only, in the future, within a year", () => {
    expect(deadlineProblem("REQUIRED", null, NOW)).toBeNull();
    expect(deadlineProblem("OPTIONAL", null, NOW)).toBeNull();
    expect(deadlineProblem("REQUIRED", NOW + DAY, NOW)).toBeNull();
    expect(deadlineProblem("OPTIONAL", NOW + DAY, NOW)).toBe("ONLY_WITH_REQUIRED");
    expect(deadlineProblem("REQUIRED", NOW, NOW)).toBe("NOT_IN_FUTURE");
    expect(deadlineProblem("REQUIRED", NOW + MAX_DEADLINE_AHEAD_MS + 1, NOW)).toBe("TOO_FAR_AHEAD");
  });
});

describe("weakensEnforcement / enforcementChanged", () => {
  it("a deadline on a Force-On in force, or a later deadline, weakens; dropping or advancing one does not", () => {
    const later: Enforcement = { policy: "REQUIRED", enforceFrom: NOW + 9 * DAY };
    expect(weakensEnforcement(forced, graceful, NOW)).toBe(true);
    expect(weakensEnforcement(graceful, later, NOW)).toBe(true);
    expect(weakensEnforcement(later, graceful, NOW)).toBe(false);
    expect(weakensEnforcement(graceful, forced, NOW)).toBe(false);
    expect(weakensEnforcement(graceful, { policy: "OPTIONAL", enforceFrom: null }, NOW)).toBe(true);
    expect(weakensEnforcement({ policy: "OPTIONAL", enforceFrom: null }, graceful, NOW)).toBe(false);
  });
  it("a passed deadline is a Force-On in force", () => {
    const passed: Enforcement = { policy: "REQUIRED", enforceFrom: NOW - 1 };
    expect(weakensEnforcement(passed, graceful, NOW)).toBe(true);
    expect(weakensEnforcement(passed, forced, NOW)).toBe(false);
  });
  it("agrees with the plain levels when no deadline is involved", () => {
    const rank = { OFF: 0, OPTIONAL: 1, REQUIRED: 2, PHISHING_RESISTANT: 3 } as const;
    for (const a of POLICY_LEVELS)
      for (const b of POLICY_LEVELS) {
        expect(weakensEnforcement({ policy: a, enforceFrom: null }, { policy: b, enforceFrom: null }, NOW)).toBe(rank[b] < rank[a]);
        expect(enforcementChanged({ policy: a, enforceFrom: null }, { policy: b, enforceFrom: null })).toBe(a !== b);
      }
    expect(enforcementChanged(graceful, forced)).toBe(true);
    expect(enforcementChanged({ policy: "OFF", enforceFrom: 1 }, { policy: "OFF", enforceFrom: null })).toBe(false);
  });
});
