import type { Db } from "#src/db/db.js";
import { afterPosition, orderBy, type Direction } from "#src/db/keyset.js";
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
  /** Events about a mailbox of this domain, by one, or naming the domain (a policy change, an export). */
  domainId: string | null;
  outcome: "SUCCESS" | "FAILURE" | null;
  /** Inclusive. */
  since: number | null;
  /** Exclusive. */
  until: number | null;
}

export type AuditSortField = "TIME" | "ACTION" | "OUTCOME";

/** The columns of each sort, ending in the (created_at, id) tie-breaker, each an index from the account's id on. */
const SORT_COLUMNS: Record<AuditSortField, readonly string[]> = {
  TIME: ["e.created_at", "e.id"],
  ACTION: ["e.action", "e.created_at", "e.id"],
  OUTCOME: ["e.outcome", "e.created_at", "e.id"],
};

export interface AuditSort {
  field: AuditSortField;
  direction: Direction;
}

/** The values of a row's position in a sort (what its cursor holds). */
export function auditPositionOf(row: AuditRow, field: AuditSortField): (string | number)[] {
  if (field === "ACTION") return [row.action, row.createdAt, row.id];
  if (field === "OUTCOME") return [row.outcome, row.createdAt, row.id];
  return [row.createdAt, row.id];
}

export const auditPositionKinds = (field: AuditSortField): ("string" | "number")[] =>
  field === "TIME" ? ["number", "string"] : ["string", "number", "string"];

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
  if (filter.outcome) {
    parts.push("e.outcome = ?");
    params.push(filter.outcome);
  }
  if (filter.domainId) {
    // The domain's id in the detail is a UUID between quotes: it cannot match inside another value.
    parts.push(
      "(e.target_user_id IN (SELECT du.id FROM users du WHERE du.domain_id = ?) OR e.actor_id IN (SELECT du.id FROM users du WHERE du.domain_id = ?) OR e.detail LIKE ?)",
    );
    params.push(filter.domainId, filter.domainId, `%"domainId":"${filter.domainId}"%`);
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

/** One page in the sort's order after a position (keyset), with actor and target names joined in. */
export async function auditPage(
  db: Db,
  filter: AuditWhere,
  input: { sort: AuditSort; after: readonly (string | number)[] | null; limit: number },
): Promise<AuditRow[]> {
  const w = where(filter);
  const columns = SORT_COLUMNS[input.sort.field];
  if (input.after) {
    const position = afterPosition(columns, input.after, input.sort.direction);
    w.parts.push(position.sql);
    w.params.push(...position.params);
  }
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT e.id, e.action, e.outcome, e.detail, e.ip, e.created_at, e.actor_id, a.username AS actor_username, k.name AS actor_api_key_name, e.target_user_id, t.username AS target_username
       FROM audit_events e
       LEFT JOIN users a ON a.id = e.actor_id
       LEFT JOIN api_keys k ON k.id = e.actor_id
       LEFT JOIN users t ON t.id = e.target_user_id
      WHERE ${w.parts.join(" AND ")}
      ORDER BY ${orderBy(columns, input.sort.direction)}
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

/** Counts the events of a filter, stopping at `cap`. */
export async function countAuditEvents(db: Db, filter: AuditWhere, cap: number): Promise<number> {
  const w = where(filter);
  const { rows } = await execute<{ n: number | string }>(db, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM audit_events e WHERE ${w.parts.join(" AND ")} LIMIT ${Math.floor(cap)}) c`, w.params);
  return Number(rows[0]?.n ?? 0);
}
