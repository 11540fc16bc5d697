import { lockoutRule, type LockoutRule } from "@mfa/core";
import type { DataSource } from "typeorm";
import { execute } from "#src/db/sql.js";

/**
 * The one counter of consecutive second-factor failures per user, kept in the database so
 * every API instance shares it. An attempt first takes a slot with one atomic increment; only
 * a request holding a slot may check a code, so a burst of parallel guesses cannot exceed the
 * budget. A failed check with the budget spent locks the account (a right code checked at the
 * same moment may thus see the lock first: the rule fails closed).
 */
export class LockoutService {
  readonly rule: LockoutRule;

  constructor(private readonly dataSource: DataSource, maxFailures?: number, private readonly now: () => number = Date.now) {
    this.rule = lockoutRule(maxFailures);
  }

  /**
   * Takes an attempt slot with one atomic increment: true when this request may check a code,
   * false when the account is locked or the budget of attempts is spent.
   */
  async takeSlot(userId: string): Promise<boolean> {
    const { affected } = await execute(
      this.dataSource,
      "UPDATE users SET mfa_failures = mfa_failures + 1 WHERE id = ? AND mfa_failures < ? AND mfa_locked_at IS NULL",
      [userId, this.rule.maxFailures],
    );
    return affected === 1;
  }

  /**
   * After a failed check: locks the account once the attempts taken reach the limit. Exactly one
   * request records the lock. Returns whether this one did.
   */
  async fail(userId: string): Promise<boolean> {
    const { affected } = await execute(
      this.dataSource,
      "UPDATE users SET mfa_locked_at = ? WHERE id = ? AND mfa_failures >= ? AND mfa_locked_at IS NULL",
      [this.now(), userId, this.rule.maxFailures],
    );
    return affected > 0;
  }

  /** After a passed check: the counter starts again. False when the account got locked meanwhile. */
  async succeed(userId: string): Promise<boolean> {
    const { affected } = await execute(this.dataSource, "UPDATE users SET mfa_failures = 0 WHERE id = ? AND mfa_locked_at IS NULL", [userId]);
    return affected > 0;
  }

  /** An admin unlock (or reset): clears the lock and the counter. */
  async unlock(userId: string): Promise<void> {
    await execute(this.dataSource, "UPDATE users SET mfa_failures = 0, mfa_locked_at = NULL WHERE id = ?", [userId]);
  }

  isLocked(user: { mfaLockedAt: number | null; mfaFailures: number }): boolean {
    return user.mfaLockedAt !== null;
  }
}
