import { describe, expect, it } from "vitest";
import {
  MFA_MAX_FAILURES_DEFAULT,
  PASSWORD_BACKOFF_CAP_MS,
  lockoutRule,
  passwordBackoffMs,
  passwordThrottle,
} from "./lockout.js";

describe("lockoutRule", () => {
  it("locks on the 7th consecutive failure (more than six)", () => {
    const rule = lockoutRule();
    expect(rule.maxFailures).toBe(MFA_MAX_FAILURES_DEFAULT);
    expect(MFA_MAX_FAILURES_DEFAULT).toBe(7);
    for (let n = 1; n <= 6; n++) expect(rule.locksAfter(n)).toBe(false);
    expect(rule.locksAfter(7)).toBe(true);
  });
  it("checks nothing once the budget is spent", () => {
    const rule = lockoutRule();
    for (let n = 0; n <= 6; n++) expect(rule.canAttempt(n)).toBe(true);
    expect(rule.canAttempt(7)).toBe(false);
    expect(rule.canAttempt(8)).toBe(false);
  });
  it("a burst of 50 wrong codes locks after exactly 7 (atomic guarded increment)", () => {
    const rule = lockoutRule();
    let counter = 0;
    let locked = false;
    let checked = 0;
    for (let i = 0; i < 50; i++) {
      // UPDATE ... SET mfa_failures = mfa_failures + 1 WHERE id = ? AND mfa_failures < :max
      if (!rule.canAttempt(counter)) continue;
      counter++;
      checked++;
      if (rule.locksAfter(counter)) locked = true;
    }
    expect(checked).toBe(7);
    expect(counter).toBe(7);
    expect(locked).toBe(true);
  });
  it("supports other budgets and refuses nonsense", () => {
    expect(lockoutRule(3).locksAfter(3)).toBe(true);
    expect(() => lockoutRule(0)).toThrow(RangeError);
    expect(() => lockoutRule(2.5)).toThrow(RangeError);
  });
});

describe("passwordThrottle", () => {
  const last = 1_000_000;
  it("lets the first five failures pass without waiting", () => {
    for (let failures = 0; failures < 5; failures++) {
      expect(passwordThrottle({ failures, lastFailureAtMs: last, nowMs: last })).toEqual({ allowed: true, retryAfterMs: 0 });
    }
    expect(passwordThrottle({ failures: 9, lastFailureAtMs: null, nowMs: last })).toEqual({ allowed: true, retryAfterMs: 0 });
  });
  it("then waits 1 s, doubling, capped at 15 minutes", () => {
    expect([5, 6, 7, 8].map(passwordBackoffMs)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(passwordBackoffMs(14)).toBe(512_000);
    expect(passwordBackoffMs(15)).toBe(PASSWORD_BACKOFF_CAP_MS);
    expect(passwordBackoffMs(10_000)).toBe(15 * 60_000);
  });
  it("reports how long is left", () => {
    expect(passwordThrottle({ failures: 6, lastFailureAtMs: last, nowMs: last + 500 })).toEqual({
      allowed: false,
      retryAfterMs: 1_500,
    });
    expect(passwordThrottle({ failures: 6, lastFailureAtMs: last, nowMs: last + 2_000 })).toEqual({
      allowed: true,
      retryAfterMs: 0,
    });
  });
});
