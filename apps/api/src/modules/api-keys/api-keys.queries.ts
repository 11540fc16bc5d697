import { managerOf, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";
import { ApiKeyEntity } from "./api-key.entity.js";
import { ApiKeyTokenEntity } from "./api-key-token.entity.js";

/** Every statement on `api_keys` and `api_key_tokens` (this module is their only writer), and its reads of domains. */

export async function insertApiKey(db: Db, row: ApiKeyEntity): Promise<void> {
  await managerOf(db).insert(ApiKeyEntity, row);
}

export const findApiKey = (db: Db, id: string) => managerOf(db).findOne(ApiKeyEntity, { where: { id } });

export const listApiKeys = (db: Db, accountId: string) =>
  managerOf(db).find(ApiKeyEntity, { where: { accountId }, order: { createdAt: "DESC", id: "DESC" } });

/** Whether a key of this name works in the account (names of revoked and expired keys may be used again). */
export async function liveKeyNamed(db: Db, accountId: string, name: string, now: number): Promise<boolean> {
  const { rows } = await execute(db, "SELECT id FROM api_keys WHERE account_id = ? AND name = ? AND revoked_at IS NULL AND expires_at > ? LIMIT 1", [accountId, name, now]);
  return rows.length > 0;
}

/** Revokes a key of the account: 1 when this call revoked it, 0 when it was revoked already (or is not there). */
export async function revokeApiKey(db: Db, input: { accountId: string; id: string; by: string; now: number }): Promise<number> {
  return (await execute(db, "UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL", [input.now, input.by, input.id, input.accountId])).affected;
}

/**
 * Admits one use of a live key within its budget for the current minute, and records when and from where, in one
 * conditional write (every instance shares the counter): 1 when admitted, 0 when over budget, revoked or expired.
 * `rate_count` is assigned before `rate_window` because MariaDB evaluates assignments left to right.
 */
export async function admitUse(db: Db, input: { id: string; now: number; window: number; limit: number; ip: string | null }): Promise<number> {
  return (
    await execute(
      db,
      `UPDATE api_keys
          SET rate_count = CASE WHEN rate_window = ? THEN rate_count + 1 ELSE 1 END, rate_window = ?, last_used_at = ?, last_used_ip = ?
        WHERE id = ? AND revoked_at IS NULL AND expires_at > ? AND (rate_window <> ? OR rate_count < ?)`,
      [input.window, input.window, input.now, input.ip, input.id, input.now, input.window, input.limit],
    )
  ).affected;
}

/**
 * Counts a use of a revoked or expired key against its budget (so that refusing it is audited at most that often):
 * 1 when within the budget.
 */
export async function countRefusedUse(db: Db, input: { id: string; window: number; limit: number }): Promise<number> {
  return (
    await execute(
      db,
      "UPDATE api_keys SET rate_count = CASE WHEN rate_window = ? THEN rate_count + 1 ELSE 1 END, rate_window = ? WHERE id = ? AND (rate_window <> ? OR rate_count < ?)",
      [input.window, input.window, input.id, input.window, input.limit],
    )
  ).affected;
}

export async function insertKeyToken(db: Db, row: ApiKeyTokenEntity): Promise<void> {
  await managerOf(db).insert(ApiKeyTokenEntity, row);
}

/** The id of the key an unexpired token was issued for, by the token's hash. */
export async function keyIdOfToken(db: Db, tokenHash: string, now: number): Promise<string | null> {
  const { rows } = await execute<{ key_id: string }>(db, "SELECT key_id FROM api_key_tokens WHERE token_hash = ? AND expires_at > ?", [tokenHash, now]);
  return rows[0] ? String(rows[0].key_id) : null;
}

/** Forgets the key's tokens that have expired (kept small as tokens are issued). */
export async function pruneKeyTokens(db: Db, keyId: string, now: number): Promise<void> {
  await execute(db, "DELETE FROM api_key_tokens WHERE key_id = ? AND expires_at <= ?", [keyId, now]);
}

/** The account's domains by id, for choosing and showing a key's domains. */
export async function accountDomainNames(db: Db, accountId: string): Promise<Map<string, string>> {
  const { rows } = await execute<{ id: string; name: string }>(db, "SELECT id, name FROM domains WHERE account_id = ?", [accountId]);
  return new Map(rows.map((r) => [String(r.id), String(r.name)]));
}
