import { describe, expect, it } from "vitest";
import {
  MFA_MAX_FAILURES_DEFAULT,
  PASSWORD_BACKOFF_CAP_MS,
  attemptsLeft,
  lockoutRule,
  passwordBackoffMs,
  passwordThrottle,
} from "./lockout.js";

describe("lockoutRule", () => {
  it("locks on the 7th consecutive failure (more than six)", () => {
    expect(MFA_MAX_FAILURES_DEFAULT).toBe(7);
    expect(lockoutRule().maxFailures).toBe(MFA_MAX_FAILURES_DEFAULT);
  });
  it("supports other budgets and refuses nonsense", () => {
    expect(lockoutRule(3).maxFailures).toBe(3);
    expect(() => lockoutRule(0)).toThrow(RangeError);
    expect(() => lockoutRule(2.5)).toThrow(RangeError);
  });
});

describe("attemptsLeft", () => {
  it("counts down the wrong codes before the lock, never below zero", () => {
    const rule = lockoutRule();
    expect([1, 2, 3, 6, 7, 9].map((failures) => attemptsLeft(rule, failures))).toEqual([6, 5, 4, 1, 0, 0]);
    expect(attemptsLeft(rule, -1)).toBe(7);
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
