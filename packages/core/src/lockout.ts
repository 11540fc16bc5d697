/**
 * Second-factor lockout. One counter of consecutive failures per user, across all factors and all API
 * instances; the 7th consecutive failure ("more than six") locks the account.
 *
 * The counter lives in the database and is raised atomically *before* a code is checked, so a burst of parallel
 * guesses can never exceed the budget:
 *
 * 1. `UPDATE user SET mfa_failures = mfa_failures + 1 WHERE id = ? AND mfa_failures < :max`
 *    - 0 rows affected: the account is locked. Nothing is checked; the answer is the same generic error.
 *    - 1 row affected: this attempt holds one unit of the budget; read back the new value.
 * 2. Check the code.
 *    - Right: reset the counter to 0 (`SET mfa_failures = 0`).
 *    - Wrong: the counter stays raised; if its new value equals `max` (`locksAfter`), mark the account locked
 *      (lock time, audit event). Only an admin unlock or reset clears the lock.
 */

export const MFA_MAX_FAILURES_DEFAULT = 7;

export type LockoutRule = {
  readonly maxFailures: number;
  /** Whether an attempt may be checked given the consecutive failures recorded before it. */
  canAttempt(failuresBefore: number): boolean;
  /** Whether the failure count after the atomic increment means this failure locks the account. */
  locksAfter(failuresAfterIncrement: number): boolean;
};

export function lockoutRule(maxFailures: number = MFA_MAX_FAILURES_DEFAULT): LockoutRule {
  if (!Number.isInteger(maxFailures) || maxFailures < 1) throw new RangeError("maxFailures must be a positive integer");
  return {
    maxFailures,
    canAttempt: (failuresBefore) => failuresBefore < maxFailures,
    locksAfter: (failuresAfterIncrement) => failuresAfterIncrement >= maxFailures,
  };
}

/** Password failures allowed before any waiting starts. */
export const PASSWORD_FREE_FAILURES = 5;
export const PASSWORD_BACKOFF_BASE_MS = 1_000;
export const PASSWORD_BACKOFF_CAP_MS = 15 * 60_000;

/** How long after the last failure the next password attempt must wait, given the consecutive failures. */
export function passwordBackoffMs(failures: number): number {
  if (failures < PASSWORD_FREE_FAILURES) return 0;
  const exponent = Math.min(failures - PASSWORD_FREE_FAILURES, 30);
  return Math.min(PASSWORD_BACKOFF_BASE_MS * 2 ** exponent, PASSWORD_BACKOFF_CAP_MS);
}

/**
 * Password throttle: the first five failures cost nothing; from then on each attempt must wait 1 s after the last
 * failure, doubling with every further failure, capped at 15 minutes. Password failures are counted apart from
 * second-factor failures.
 */
export function passwordThrottle(input: {
  failures: number;
  lastFailureAtMs: number | null;
  nowMs: number;
}): { allowed: boolean; retryAfterMs: number } {
  const { failures, lastFailureAtMs, nowMs } = input;
  if (lastFailureAtMs === null) return { allowed: true, retryAfterMs: 0 };
  const retryAfterMs = Math.max(0, lastFailureAtMs + passwordBackoffMs(failures) - nowMs);
  return { allowed: retryAfterMs === 0, retryAfterMs };
}
