import type { Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** Every write of `users.mfa_failures` and `users.mfa_locked_at`: this file is their only writer. */

/** Takes an attempt slot with one atomic increment: 1 when taken, 0 when locked or the budget is spent. */
export async function takeSlot(db: Db, userId: string, maxFailures: number): Promise<number> {
  const { affected } = await execute(db, "UPDATE users SET mfa_failures = mfa_failures + 1 WHERE id = ? AND mfa_failures < ? AND mfa_locked_at IS NULL", [
    userId,
    maxFailures,
  ]);
  return affected;
}

/** Gives a slot back: the attempt it held is not counted. */
export async function giveSlotBack(db: Db, userId: string): Promise<void> {
  await execute(db, "UPDATE users SET mfa_failures = mfa_failures - 1 WHERE id = ? AND mfa_failures > 0", [userId]);
}

/** Locks the account once the failures reach the limit: 1 for the one request that locks it. */
export async function lockIfSpent(db: Db, userId: string, maxFailures: number, now: number): Promise<number> {
  const { affected } = await execute(db, "UPDATE users SET mfa_locked_at = ? WHERE id = ? AND mfa_failures >= ? AND mfa_locked_at IS NULL", [
    now,
    userId,
    maxFailures,
  ]);
  return affected;
}

/** After a passed check the counter starts again: 0 when the account got locked meanwhile. */
export async function clearFailures(db: Db, userId: string): Promise<number> {
  const { affected } = await execute(db, "UPDATE users SET mfa_failures = 0 WHERE id = ? AND mfa_locked_at IS NULL", [userId]);
  return affected;
}

/** Clears the lock and the counter (an admin unlock or reset). */
export async function clearLock(db: Db, userId: string): Promise<void> {
  await execute(db, "UPDATE users SET mfa_failures = 0, mfa_locked_at = NULL WHERE id = ?", [userId]);
}

export async function lockedAt(db: Db, userId: string): Promise<number | null> {
  const { rows } = await execute<{ mfa_locked_at: number | string | null }>(db, "SELECT mfa_locked_at FROM users WHERE id = ?", [userId]);
  const value = rows[0]?.mfa_locked_at;
  return value == null ? null : Number(value);
}
