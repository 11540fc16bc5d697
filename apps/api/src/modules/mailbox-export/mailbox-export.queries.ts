import type { DeviceKind, UserOverride } from "@mfa/core";
import { isSqlite, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";
import { mailboxFilterSql, type MailboxFilter } from "#src/modules/mailboxes/mailboxes.queries.js";

/** Reads only: the mailboxes of a filter in username order, a page at a time, with what the CSV shows of each. */

export interface ExportRow {
  id: string;
  username: string;
  displayName: string;
  override: UserOverride;
  devices: number;
  lockedAt: number | null;
}

/** One page after `afterUsername` along the domain's page index (as the mailboxes page reads it). */
export async function exportPage(db: Db, filter: MailboxFilter, afterUsername: string | null, limit: number): Promise<ExportRow[]> {
  const w = mailboxFilterSql(filter);
  const hint = !isSqlite(db) && !filter.search ? " FORCE INDEX (IDX_users_domain_page)" : "";
  const after = afterUsername === null ? "" : " AND u.username > ?";
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT u.id, u.username, u.display_name, u.mfa_override, u.mfa_locked_at, u.verified_devices
       FROM users u${hint}
      WHERE ${w.sql}${after}
      ORDER BY u.username
      LIMIT ${Math.floor(limit)}`,
    afterUsername === null ? w.params : [...w.params, afterUsername],
  );
  return rows.map((r) => ({
    id: String(r.id),
    username: String(r.username),
    displayName: String(r.display_name),
    override: String(r.mfa_override) as UserOverride,
    devices: Number(r.verified_devices),
    lockedAt: r.mfa_locked_at == null ? null : Number(r.mfa_locked_at),
  }));
}

export interface DeviceFacts {
  kinds: Set<DeviceKind>;
  defaultKind: DeviceKind | null;
}

/** The verified devices of some users: which kinds each has, and the kind of their default. */
export async function deviceFactsOf(db: Db, userIds: readonly string[]): Promise<Map<string, DeviceFacts>> {
  const facts = new Map<string, DeviceFacts>();
  if (userIds.length === 0) return facts;
  const { rows } = await execute<{ user_id: string; kind: DeviceKind; is_default: number | string | boolean }>(
    db,
    `SELECT user_id, kind, is_default FROM devices WHERE verified_at IS NOT NULL AND user_id IN (${placeholders(userIds.length)})`,
    userIds,
  );
  for (const r of rows) {
    const f = facts.get(r.user_id) ?? { kinds: new Set<DeviceKind>(), defaultKind: null };
    f.kinds.add(r.kind);
    if (Number(r.is_default) === 1) f.defaultKind = r.kind;
    facts.set(r.user_id, f);
  }
  return facts;
}

/** When each of some users last signed in: the start of their newest session. */
export async function lastSignInsOf(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const { rows } = await execute<{ user_id: string; last: number | string }>(
    db,
    `SELECT user_id, MAX(created_at) AS last FROM sessions WHERE user_id IN (${placeholders(userIds.length)}) GROUP BY user_id`,
    userIds,
  );
  return new Map(rows.map((r) => [r.user_id, Number(r.last)]));
}
