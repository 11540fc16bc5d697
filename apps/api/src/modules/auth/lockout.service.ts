import { lockoutRule, type LockoutRule } from "@mfa/core";
import type { DataSource } from "typeorm";
import { execute, isSqlite } from "#src/db/sql.js";

/**
 * The one counter of consecutive second-factor failures per user, kept in the database so
 * every API instance shares it. An attempt first takes a slot with one atomic increment; only
 * a request holding a slot may check a code, so a burst of parallel guesses cannot exceed the
 * budget. The request whose failed slot reaches the limit locks the account.
 */
export class LockoutService {
  readonly rule: LockoutRule;

  constructor(private readonly dataSource: DataSource, maxFailures?: number, private readonly now: () => number = Date.now) {
    this.rule = lockoutRule(maxFailures);
  }

  /** Takes an attempt slot: its number (1-based), or null when the account is locked or the budget is spent. */
  async takeSlot(userId: string): Promise<number | null> {
    const max = this.rule.maxFailures;
    if (isSqlite(this.dataSource)) {
      const { rows } = await execute<{ mfa_failures: number }>(
        this.dataSource,
        "UPDATE users SET mfa_failures = mfa_failures + 1 WHERE id = ? AND mfa_failures < ? AND mfa_locked_at IS NULL RETURNING mfa_failures",
        [userId, max],
      );
      return rows[0]?.mfa_failures ?? null;
    }
    // MySQL/MariaDB have no UPDATE ... RETURNING: LAST_INSERT_ID(expr) hands the new value to this connection.
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const result = await runner.query(
        "UPDATE users SET mfa_failures = LAST_INSERT_ID(mfa_failures + 1) WHERE id = ? AND mfa_failures < ? AND mfa_locked_at IS NULL",
        [userId, max],
        true,
      );
      if (!result.affected) return null;
      const rows: { n: number | string }[] = await runner.query("SELECT LAST_INSERT_ID() AS n");
      return Number(rows[0]?.n);
    } finally {
      await runner.release();
    }
  }

  /** After a failed check: locks the account when this slot was the last one. Returns whether it locked. */
  async fail(userId: string, slot: number): Promise<boolean> {
    if (!this.rule.locksAfter(slot)) return false;
    const { affected } = await execute(this.dataSource, "UPDATE users SET mfa_locked_at = ? WHERE id = ? AND mfa_locked_at IS NULL", [this.now(), userId]);
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
