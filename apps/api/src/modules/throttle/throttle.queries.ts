import type { ThrottleRule } from "#src/config/config.js";
import { isSqlite, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/**
 * Every statement on `login_throttles` and `known_browsers`: this file is their only writer.
 * A key counts consecutive failures and the attempts being checked right now (`in_flight`): within
 * the burst, failures and attempts in flight together stay under it; past it, one attempt at a time,
 * each after the wait its predecessor's failure set.
 */

/** Creates the key's row when absent (no effect otherwise). */
async function ensureRow(db: Db, key: string, rule: ThrottleRule, now: number): Promise<void> {
  const verb = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(db, `${verb} INTO login_throttles (key_hash, failures, in_flight, backoff_ms, blocked_until, last_at) VALUES (?, 0, 0, ?, 0, ?)`, [key, rule.baseMs, now]);
}

/** Takes an attempt slot with one conditional write: 1 when taken, 0 while the key refuses. */
export async function takeSlot(db: Db, key: string, rule: ThrottleRule, now: number): Promise<number> {
  await ensureRow(db, key, rule, now);
  // A key left alone long enough starts again (also after an attempt that never settled: a crash).
  await execute(db, "UPDATE login_throttles SET failures = 0, in_flight = 0, backoff_ms = ?, blocked_until = 0 WHERE key_hash = ? AND last_at < ? AND blocked_until <= ?", [
    rule.baseMs,
    key,
    now - rule.staleMs,
    now,
  ]);
  const { affected } = await execute(
    db,
    `UPDATE login_throttles SET in_flight = in_flight + 1, last_at = ?
      WHERE key_hash = ? AND blocked_until <= ? AND (failures + in_flight < ? OR (failures >= ? AND in_flight = 0))`,
    [now, key, now, rule.burst, rule.burst],
  );
  return affected;
}

/** Until when the key waits (0 when it does not). */
export async function blockedUntil(db: Db, key: string): Promise<number> {
  const { rows } = await execute<{ blocked_until: number | string }>(db, "SELECT blocked_until FROM login_throttles WHERE key_hash = ?", [key]);
  return Number(rows[0]?.blocked_until ?? 0);
}

/**
 * Settles a failed attempt: it counts, and once the failures reach the burst each one sets the next
 * wait (doubling up to the cap). SET assignments are ordered so that every engine reads the old
 * values (MariaDB applies them in order).
 */
export async function settleFailure(db: Db, key: string, rule: ThrottleRule, now: number): Promise<void> {
  await execute(
    db,
    `UPDATE login_throttles
        SET blocked_until = CASE WHEN failures + 1 >= ? THEN ? + backoff_ms ELSE blocked_until END,
            backoff_ms = CASE WHEN failures + 1 >= ? THEN (CASE WHEN backoff_ms * 2 > ? THEN ? ELSE backoff_ms * 2 END) ELSE backoff_ms END,
            failures = failures + 1,
            in_flight = CASE WHEN in_flight > 0 THEN in_flight - 1 ELSE 0 END
      WHERE key_hash = ?`,
    [rule.burst, now, rule.burst, rule.capMs, rule.capMs, key],
  );
}

/** Settles an attempt that proved nothing (a fault, or not counted here): only the slot is given back. */
export async function giveSlotBack(db: Db, key: string): Promise<void> {
  await execute(db, "UPDATE login_throttles SET in_flight = in_flight - 1 WHERE key_hash = ? AND in_flight > 0", [key]);
}

/** Settles a right password: the key starts again. */
export async function settleSuccess(db: Db, key: string, baseMs: number): Promise<void> {
  await execute(
    db,
    "UPDATE login_throttles SET failures = 0, backoff_ms = ?, blocked_until = 0, in_flight = CASE WHEN in_flight > 0 THEN in_flight - 1 ELSE 0 END WHERE key_hash = ?",
    [baseMs, key],
  );
}

export async function insertKnownBrowser(db: Db, row: { tokenHash: string; userId: string; now: number; expiresAt: number }): Promise<void> {
  await execute(db, "INSERT INTO known_browsers (token_hash, user_id, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?)", [
    row.tokenHash,
    row.userId,
    row.now,
    row.now,
    row.expiresAt,
  ]);
}

/** Whether this browser token is the user's and still valid. */
export async function isKnownBrowser(db: Db, tokenHash: string, userId: string, now: number): Promise<boolean> {
  const { rows } = await execute<{ n: number | string }>(db, "SELECT COUNT(*) AS n FROM known_browsers WHERE token_hash = ? AND user_id = ? AND expires_at > ?", [
    tokenHash,
    userId,
    now,
  ]);
  return Number(rows[0]?.n ?? 0) > 0;
}

export async function touchKnownBrowser(db: Db, tokenHash: string, now: number): Promise<void> {
  await execute(db, "UPDATE known_browsers SET last_used_at = ? WHERE token_hash = ?", [now, tokenHash]);
}
