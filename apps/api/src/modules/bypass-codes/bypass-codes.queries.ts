import { managerOf, type Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";
import { BypassCodeEntity } from "./bypass-code.entity.js";

/** Every statement on `bypass_codes`. */

/** The user's codes that have not expired, spent ones included (a spent code sent again is a replay). */
export const listUnexpiredBypassCodes = (db: Db, userId: string, now: number) =>
  managerOf(db)
    .createQueryBuilder(BypassCodeEntity, "c")
    .where("c.userId = :userId AND c.expiresAt > :now", { userId, now })
    .getMany();

export async function insertBypassCodes(db: Db, codes: BypassCodeEntity[]): Promise<void> {
  await managerOf(db).insert(BypassCodeEntity, codes);
}

/** Deletes every code of the user; returns the tickets of those still usable, and how many they were. */
export async function deleteBypassCodes(db: Db, userId: string, now: number): Promise<{ live: number; tickets: string[] }> {
  const live = (await execute<{ ticket: string; n: number | string }>(
    db,
    "SELECT ticket, COUNT(*) AS n FROM bypass_codes WHERE user_id = ? AND used_at IS NULL AND expires_at > ? GROUP BY ticket",
    [userId, now],
  )).rows;
  await execute(db, "DELETE FROM bypass_codes WHERE user_id = ?", [userId]);
  return { live: live.reduce((sum, row) => sum + Number(row.n), 0), tickets: live.map((row) => row.ticket) };
}

/** Spends one code, in the caller's transaction: changes one row for the one request that spends it while it is still valid. */
export function spendBypassCode(id: string, now: number): Statement {
  return statement("UPDATE bypass_codes SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?", [now, id, now]);
}

/** How many usable codes the user has, and when the last of them expires. */
export async function usableBypassCodes(db: Db, userId: string, now: number): Promise<{ count: number; expiresAt: number | null }> {
  const [row] = (await execute<{ n: number | string; latest: number | string | null }>(
    db,
    "SELECT COUNT(*) AS n, MAX(expires_at) AS latest FROM bypass_codes WHERE user_id = ? AND used_at IS NULL AND expires_at > ?",
    [userId, now],
  )).rows;
  const count = Number(row?.n ?? 0);
  return { count, expiresAt: count > 0 && row?.latest != null ? Number(row.latest) : null };
}
