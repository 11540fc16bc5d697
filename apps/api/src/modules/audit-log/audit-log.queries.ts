import type { Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";
import type { AuditAction } from "#src/modules/audit/audit-action.js";

/** Reads of `audit_events` for the account's audit log. */

export interface AuditRow {
  id: string;
  action: AuditAction;
  outcome: string;
  detail: string | null;
  ip: string | null;
  createdAt: number;
  actorId: string | null;
  actorUsername: string | null;
  /** The API key that acted (its name), when the actor is a key. */
  actorApiKeyName: string | null;
  targetUserId: string | null;
  targetUsername: string | null;
}

export interface AuditWhere {
  accountId: string;
  userId: string | null;
  action: AuditAction | null;
  since: number | null;
  until: number | null;
}

function where(filter: AuditWhere): { parts: string[]; params: unknown[] } {
  const parts = ["e.account_id = ?"];
  const params: unknown[] = [filter.accountId];
  if (filter.userId) {
    parts.push("(e.target_user_id = ? OR e.actor_id = ?)");
    params.push(filter.userId, filter.userId);
  }
  if (filter.action) {
    parts.push("e.action = ?");
    params.push(filter.action);
  }
  if (filter.since != null) {
    parts.push("e.created_at >= ?");
    params.push(filter.since);
  }
  if (filter.until != null) {
    parts.push("e.created_at < ?");
    params.push(filter.until);
  }
  return { parts, params };
}

/** One page, newest first, after a (createdAt, id) position, with actor and target names joined in. */
export async function auditPage(db: Db, filter: AuditWhere, input: { after: { createdAt: number; id: string } | null; limit: number }): Promise<AuditRow[]> {
  const w = where(filter);
  if (input.after) {
    w.parts.push("(e.created_at < ? OR (e.created_at = ? AND e.id < ?))");
    w.params.push(input.after.createdAt, input.after.createdAt, input.after.id);
  }
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT e.id, e.action, e.outcome, e.detail, e.ip, e.created_at, e.actor_id, a.username AS actor_username, k.name AS actor_api_key_name, e.target_user_id, t.username AS target_username
       FROM audit_events e
       LEFT JOIN users a ON a.id = e.actor_id
       LEFT JOIN api_keys k ON k.id = e.actor_id
       LEFT JOIN users t ON t.id = e.target_user_id
      WHERE ${w.parts.join(" AND ")}
      ORDER BY e.created_at DESC, e.id DESC
      LIMIT ${Math.floor(input.limit)}`,
    w.params,
  );
  return rows.map((r) => ({
    id: String(r.id),
    action: String(r.action) as AuditAction,
    outcome: String(r.outcome),
    detail: r.detail === null ? null : String(r.detail),
    ip: r.ip === null ? null : String(r.ip),
    createdAt: Number(r.created_at),
    actorId: r.actor_id === null ? null : String(r.actor_id),
    actorUsername: r.actor_username == null ? null : String(r.actor_username),
    actorApiKeyName: r.actor_api_key_name == null ? null : String(r.actor_api_key_name),
    targetUserId: r.target_user_id === null ? null : String(r.target_user_id),
    targetUsername: r.target_username == null ? null : String(r.target_username),
  }));
}

export async function countAuditEvents(db: Db, filter: AuditWhere): Promise<number> {
  const w = where(filter);
  const { rows } = await execute<{ n: number | string }>(db, `SELECT COUNT(*) AS n FROM audit_events e WHERE ${w.parts.join(" AND ")}`, w.params);
  return Number(rows[0]?.n ?? 0);
}
