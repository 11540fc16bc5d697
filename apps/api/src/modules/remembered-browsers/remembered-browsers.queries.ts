import { managerOf, type Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";
import { RememberedBrowserEntity } from "./remembered-browser.entity.js";

/** Every statement on `remembered_browsers`: this file is their only writer. */

export const insertRememberedBrowser = (row: { id: string; tokenHash: string; userId: string; userAgent: string | null; now: number; expiresAt: number }): Statement =>
  statement("INSERT INTO remembered_browsers (id, token_hash, user_id, user_agent, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [
    row.id,
    row.tokenHash,
    row.userId,
    row.userAgent,
    row.now,
    row.now,
    row.expiresAt,
  ]);

/** Marks a remembered browser as used now (sent with the sign-in's writes). */
export const touchRememberedBrowser = (id: string, now: number): Statement => statement("UPDATE remembered_browsers SET last_used_at = ? WHERE id = ?", [now, id]);

/** Forgets the browser of a token when it is this user's (a browser remembered again replaces its old row). */
export const deleteRememberedByToken = (userId: string, tokenHash: string): Statement =>
  statement("DELETE FROM remembered_browsers WHERE user_id = ? AND token_hash = ?", [userId, tokenHash]);

/** The user's remembered browsers that have not expired, most recently used first. */
export const listRememberedBrowsers = (db: Db, userId: string, now: number) =>
  managerOf(db)
    .createQueryBuilder(RememberedBrowserEntity, "b")
    .where("b.userId = :userId AND b.expiresAt > :now", { userId, now })
    .orderBy("b.lastUsedAt", "DESC")
    .addOrderBy("b.id", "ASC")
    .getMany();

/** Forgets one of the user's browsers: 1 when it was theirs. */
export async function deleteRememberedBrowser(db: Db, userId: string, id: string): Promise<number> {
  return (await execute(db, "DELETE FROM remembered_browsers WHERE id = ? AND user_id = ?", [id, userId])).affected;
}

/** Forgets every browser of the user; returns how many there were. */
export async function deleteRememberedBrowsersOf(db: Db, userId: string): Promise<number> {
  return (await execute(db, "DELETE FROM remembered_browsers WHERE user_id = ?", [userId])).affected;
}

/** The days the user's domain remembers browsers for (null: no domain). */
export async function domainRememberDays(db: Db, domainId: string | null): Promise<number | null> {
  if (domainId === null) return null;
  const [row] = (await execute<{ d: number | string }>(db, "SELECT remember_browser_days AS d FROM domains WHERE id = ?", [domainId])).rows;
  return row === undefined ? null : Number(row.d);
}
