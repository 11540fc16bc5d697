import { isSqlite, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** Every statement on `alternate_emails`. */

export interface AlternateEmailRow {
  address: string | null;
  verifiedAt: number | null;
  pendingAddress: string | null;
  codeHash: string | null;
  codeExpiresAt: number | null;
  attempts: number;
  lastSentAt: number | null;
  sendCount: number;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function findAlternateEmail(db: Db, userId: string): Promise<AlternateEmailRow | null> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    "SELECT address, verified_at, pending_address, code_hash, code_expires_at, attempts, last_sent_at, send_count FROM alternate_emails WHERE user_id = ?",
    [userId],
  );
  const [r] = rows;
  if (!r) return null;
  return {
    address: (r.address as string | null) ?? null,
    verifiedAt: num(r.verified_at),
    pendingAddress: (r.pending_address as string | null) ?? null,
    codeHash: (r.code_hash as string | null) ?? null,
    codeExpiresAt: num(r.code_expires_at),
    attempts: Number(r.attempts ?? 0),
    lastSentAt: num(r.last_sent_at),
    sendCount: Number(r.send_count ?? 0),
  };
}

/** The verified alternate address of a user, if any. */
export async function verifiedAlternateEmail(db: Db, userId: string): Promise<string | null> {
  const { rows } = await execute<{ address: string | null }>(db, "SELECT address FROM alternate_emails WHERE user_id = ? AND verified_at IS NOT NULL", [userId]);
  return rows[0]?.address ?? null;
}

/** Makes sure the user has a row (a no-op when they do). */
export async function ensureAlternateEmailRow(db: Db, userId: string, now: number): Promise<void> {
  const insert = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(db, `${insert} INTO alternate_emails (user_id, attempts, send_count, updated_at) VALUES (?, 0, 0, ?)`, [userId, now]);
}

/**
 * Records a new pending address and its code, if no other code was sent since `lastSentAt` was read (compare and set:
 * of parallel requests, one sends). 1 when this request won.
 */
export async function recordPendingCode(
  db: Db,
  input: { userId: string; pendingAddress: string; codeHash: string; expiresAt: number; sendCount: number; lastSentAt: number | null; now: number },
): Promise<number> {
  const guard = input.lastSentAt === null ? "last_sent_at IS NULL" : "last_sent_at = ?";
  const params: unknown[] = [input.pendingAddress, input.codeHash, input.expiresAt, input.now, input.sendCount, input.now, input.userId];
  if (input.lastSentAt !== null) params.push(input.lastSentAt);
  return (
    await execute(
      db,
      `UPDATE alternate_emails SET pending_address = ?, code_hash = ?, code_expires_at = ?, attempts = 0, last_sent_at = ?, send_count = ?, updated_at = ? WHERE user_id = ? AND ${guard}`,
      params,
    )
  ).affected;
}

/** Takes one guess at the pending code, before it is checked: 1 while a code is pending and guesses remain. */
export async function countAlternateEmailAttempt(db: Db, userId: string, max: number): Promise<number> {
  return (await execute(db, "UPDATE alternate_emails SET attempts = attempts + 1 WHERE user_id = ? AND code_hash IS NOT NULL AND attempts < ?", [userId, max])).affected;
}

/** The pending address becomes the verified one, spending its code: 1 for the one request that does (a replay gets 0). */
export async function promotePendingAddress(db: Db, userId: string, codeHash: string, now: number): Promise<number> {
  return (
    await execute(
      db,
      "UPDATE alternate_emails SET address = pending_address, verified_at = ?, pending_address = NULL, code_hash = NULL, code_expires_at = NULL, attempts = 0, updated_at = ? WHERE user_id = ? AND code_hash = ? AND code_expires_at > ?",
      [now, now, userId, codeHash, now],
    )
  ).affected;
}

/** Forgets the verified and the pending address (the throttle's last send is kept); 1 when there was one. */
export async function clearAlternateEmail(db: Db, userId: string, now: number): Promise<number> {
  return (
    await execute(
      db,
      "UPDATE alternate_emails SET address = NULL, verified_at = NULL, pending_address = NULL, code_hash = NULL, code_expires_at = NULL, attempts = 0, updated_at = ? WHERE user_id = ? AND (address IS NOT NULL OR pending_address IS NOT NULL)",
      [now, userId],
    )
  ).affected;
}

/** The name of an account (emails name the organisation). */
export async function accountNameOf(db: Db, accountId: string): Promise<string> {
  const { rows } = await execute<{ name: string }>(db, "SELECT name FROM accounts WHERE id = ?", [accountId]);
  return rows[0]?.name ?? "";
}
