/**
 * Second-factor lockout: one counter of consecutive failures per user, across all factors and all API instances;
 * the 7th consecutive failure ("more than six") locks the account until an admin unlocks or resets it.
 *
 * The counter lives in the database, so the API applies this limit in its conditional writes:
 *
 * 1. Take an attempt slot before checking a code: `SET mfa_failures = mfa_failures + 1 WHERE mfa_failures < max
 *    AND mfa_locked_at IS NULL`. No row changed: the budget is spent (or the account locked) and nothing is
 *    checked, so a burst of parallel guesses can never exceed it.
 * 2. Check the code, and settle the slot whatever happens:
 *    - Wrong: the slot stays spent; `SET mfa_locked_at = now WHERE mfa_failures >= max AND mfa_locked_at IS NULL`
 *      locks the account, and exactly one request records the lock.
 *    - Right: the counter starts again at 0 (unless the account got locked meanwhile: the rule fails closed).
 *    - Neither (a right code already spent by another request, or a check that threw): the slot is given back.
 */

export const MFA_MAX_FAILURES_DEFAULT = 7;

export type LockoutRule = {
  /** Consecutive second-factor failures that lock the account. */
  readonly maxFailures: number;
};

export function lockoutRule(maxFailures: number = MFA_MAX_FAILURES_DEFAULT): LockoutRule {
  if (!Number.isInteger(maxFailures) || maxFailures < 1) throw new RangeError("maxFailures must be a positive integer");
  return { maxFailures };
}

/** Wrong codes a user may still enter before the lock, given the consecutive failures counted so far. */
export function attemptsLeft(rule: LockoutRule, failures: number): number {
  return Math.max(0, rule.maxFailures - Math.max(0, failures));
}

/** Password failures allowed before any waiting starts. */
const PASSWORD_FREE_FAILURES = 5;
const PASSWORD_BACKOFF_BASE_MS = 1_000;
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
