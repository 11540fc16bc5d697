import type { Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";

/** Every write of `users.mfa_failures` and `users.mfa_locked_at`: this file is their only writer. */

/** Takes an attempt slot with one atomic increment: 1 row when taken, 0 when locked or the budget is spent. */
export function takeSlot(userId: string, maxFailures: number): Statement {
  return statement("UPDATE users SET mfa_failures = mfa_failures + 1 WHERE id = ? AND mfa_failures < ? AND mfa_locked_at IS NULL", [userId, maxFailures]);
}

/**
 * The same increment for the user of a live sign-in challenge (not a step-up one), so that the
 * slot can be taken in the round trip that reads the challenge: 0 rows when there is no such
 * challenge, the user is locked, or the budget is spent.
 */
export function takeSlotForChallenge(idHash: string, now: number, excludedChannel: string, maxFailures: number): Statement {
  return statement(
    `UPDATE users SET mfa_failures = mfa_failures + 1
      WHERE id = (SELECT c.user_id FROM login_challenges c WHERE c.id_hash = ? AND c.consumed_at IS NULL AND c.expires_at > ? AND c.channel <> ?)
        AND mfa_failures < ? AND mfa_locked_at IS NULL`,
    [idHash, now, excludedChannel, maxFailures],
  );
}

/** Gives a slot back: the attempt it held is not counted. */
export function giveSlotBack(userId: string): Statement {
  return statement("UPDATE users SET mfa_failures = mfa_failures - 1 WHERE id = ? AND mfa_failures > 0", [userId]);
}

/** After a passed check the counter starts again: 0 rows when the account got locked meanwhile. */
export function clearFailures(userId: string): Statement {
  return statement("UPDATE users SET mfa_failures = 0 WHERE id = ? AND mfa_locked_at IS NULL", [userId]);
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

/** Clears the lock and the counter (an admin unlock or reset). */
export async function clearLock(db: Db, userId: string): Promise<void> {
  await execute(db, "UPDATE users SET mfa_failures = 0, mfa_locked_at = NULL WHERE id = ?", [userId]);
}
