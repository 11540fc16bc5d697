import type { ThrottleRule } from "#src/config/config.js";
import { isSqlite, type Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";

/**
 * Every statement on `login_throttles` and `known_browsers`: this file is their only writer.
 * A key counts consecutive failures and the attempts being checked right now (`in_flight`): within
 * the burst, failures and attempts in flight together stay under it; past it, one attempt at a time,
 * each after the wait its predecessor's failure set.
 */

/**
 * Takes an attempt slot with one conditional write on an existing key: the key takes the attempt
 * while it is not waiting and has room (within the burst: failures and attempts in flight together
 * stay under it; past it: one at a time). A key left alone for `staleMs` (also one whose attempt
 * never settled: a crash) starts again within the same write. Affects 1 row when taken, 0 when the
 * key refuses or does not exist yet. SET assignments are ordered so that every engine reads the old
 * `last_at` (MariaDB applies them in order; SQLite reads old values throughout).
 */
export function takeSlot(key: string, rule: ThrottleRule, now: number): Statement {
  const staleBefore = now - rule.staleMs;
  return statement(
    `UPDATE login_throttles
        SET failures = CASE WHEN last_at < ? THEN 0 ELSE failures END,
            backoff_ms = CASE WHEN last_at < ? THEN ? ELSE backoff_ms END,
            in_flight = CASE WHEN last_at < ? THEN 1 ELSE in_flight + 1 END,
            blocked_until = CASE WHEN last_at < ? THEN 0 ELSE blocked_until END,
            last_at = ?
      WHERE key_hash = ? AND blocked_until <= ? AND (last_at < ? OR failures + in_flight < ? OR (failures >= ? AND in_flight = 0))`,
    [staleBefore, staleBefore, rule.baseMs, staleBefore, staleBefore, now, key, now, staleBefore, rule.burst, rule.burst],
  );
}

/** A key seen for the first time: created with this attempt's slot taken (1), or 0 when it exists already. */
export async function createTaken(db: Db, key: string, rule: ThrottleRule, now: number): Promise<number> {
  const verb = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  const { affected } = await execute(db, `${verb} INTO login_throttles (key_hash, failures, in_flight, backoff_ms, blocked_until, last_at) VALUES (?, 0, 1, ?, 0, ?)`, [
    key,
    rule.baseMs,
    now,
  ]);
  return affected;
}

export interface KeyState {
  failures: number;
  inFlight: number;
  blockedUntil: number;
  lastAt: number;
}

/** A key's state; null when the key does not exist. */
export async function keyState(db: Db, key: string): Promise<KeyState | null> {
  const { rows } = await execute<Record<string, number | string>>(db, "SELECT failures, in_flight, blocked_until, last_at FROM login_throttles WHERE key_hash = ?", [key]);
  const row = rows[0];
  return row ? { failures: Number(row.failures), inFlight: Number(row.in_flight), blockedUntil: Number(row.blocked_until), lastAt: Number(row.last_at) } : null;
}

/** Whether `takeSlot` would take a slot of a key in this state (its WHERE clause). */
export function wouldTake(state: KeyState, rule: ThrottleRule, now: number): boolean {
  if (state.blockedUntil > now) return false;
  return state.lastAt < now - rule.staleMs || state.failures + state.inFlight < rule.burst || (state.failures >= rule.burst && state.inFlight === 0);
}

/**
 * Settles a failed attempt: it counts, and once the failures reach the burst each one sets the next
 * wait (doubling up to the cap). SET assignments are ordered so that every engine reads the old
 * values (MariaDB applies them in order).
 */
export function settleFailure(key: string, rule: ThrottleRule, now: number): Statement {
  return statement(
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
export function giveSlotBack(key: string): Statement {
  return statement("UPDATE login_throttles SET in_flight = in_flight - 1 WHERE key_hash = ? AND in_flight > 0", [key]);
}

/** Settles a right password: the key starts again. */
export function settleSuccess(key: string, baseMs: number): Statement {
  return statement(
    "UPDATE login_throttles SET failures = 0, backoff_ms = ?, blocked_until = 0, in_flight = CASE WHEN in_flight > 0 THEN in_flight - 1 ELSE 0 END WHERE key_hash = ?",
    [baseMs, key],
  );
}

export function insertKnownBrowser(row: { tokenHash: string; userId: string; now: number; expiresAt: number }): Statement {
  return statement("INSERT INTO known_browsers (token_hash, user_id, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?)", [
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

export function touchKnownBrowser(tokenHash: string, now: number): Statement {
  return statement("UPDATE known_browsers SET last_used_at = ? WHERE token_hash = ?", [now, tokenHash]);
}
