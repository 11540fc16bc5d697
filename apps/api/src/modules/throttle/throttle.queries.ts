import type { ThrottleRule } from "#src/config/config.js";
import { isSqlite, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** Every statement on `login_throttles` and `known_browsers`: this file is their only writer. */


/** Creates the key's row when absent (no effect otherwise). */
async function ensureRow(db: Db, key: string, rule: ThrottleRule, now: number): Promise<void> {
  const verb = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(db, `${verb} INTO login_throttles (key_hash, attempts, backoff_ms, blocked_until, last_at) VALUES (?, 0, ?, 0, ?)`, [key, rule.baseMs, now]);
}

/**
 * Takes an attempt slot with one conditional write: 1 when taken, 0 while the key waits. The attempt
 * that spends the burst starts the wait at once, so parallel attempts past it are refused. (SET
 * assignments are ordered so that every engine reads the old values: MariaDB applies them in order.)
 */
export async function takeSlot(db: Db, key: string, rule: ThrottleRule, now: number): Promise<number> {
  await ensureRow(db, key, rule, now);
  await execute(db, "UPDATE login_throttles SET attempts = 0, backoff_ms = ?, blocked_until = 0 WHERE key_hash = ? AND last_at < ? AND blocked_until <= ?", [
    rule.baseMs,
    key,
    now - rule.staleMs,
    now,
  ]);
  const { affected } = await execute(
    db,
    `UPDATE login_throttles
        SET blocked_until = CASE WHEN attempts + 1 >= ? THEN ? + backoff_ms ELSE blocked_until END,
            backoff_ms = CASE WHEN attempts + 1 >= ? THEN (CASE WHEN backoff_ms * 2 > ? THEN ? ELSE backoff_ms * 2 END) ELSE backoff_ms END,
            attempts = attempts + 1,
            last_at = ?
      WHERE key_hash = ? AND blocked_until <= ?`,
    [rule.burst, now, rule.burst, rule.capMs, rule.capMs, now, key, now],
  );
  return affected;
}

/** Until when the key waits (0 when it does not). */
export async function blockedUntil(db: Db, key: string): Promise<number> {
  const { rows } = await execute<{ blocked_until: number | string }>(db, "SELECT blocked_until FROM login_throttles WHERE key_hash = ?", [key]);
  return Number(rows[0]?.blocked_until ?? 0);
}

/** The attempt proved nothing or was right: it does not count (a wait it started stays). */
export async function giveSlotBack(db: Db, key: string): Promise<void> {
  await execute(db, "UPDATE login_throttles SET attempts = attempts - 1 WHERE key_hash = ? AND attempts > 0", [key]);
}

/** A right password: the key starts again. */
export async function resetKey(db: Db, key: string, baseMs: number): Promise<void> {
  await execute(db, "UPDATE login_throttles SET attempts = 0, backoff_ms = ?, blocked_until = 0 WHERE key_hash = ?", [baseMs, key]);
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
