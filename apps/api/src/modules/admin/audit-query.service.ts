import type { DataSource } from "typeorm";
import type { AuditAction } from "#src/modules/audit/audit-action.js";
import { adminErrors } from "./admin.errors.js";

export interface AuditRow {
  id: string;
  action: AuditAction;
  outcome: string;
  detail: string | null;
  ip: string | null;
  createdAt: number;
  actorId: string | null;
  actorUsername: string | null;
  targetUserId: string | null;
  targetUsername: string | null;
}

export interface AuditFilter {
  userId?: string | null;
  action?: string | null;
  since?: number | null;
  until?: number | null;
}

const encode = (createdAt: number, id: string) => Buffer.from(`a:${createdAt}:${id}`, "utf8").toString("base64url");
function decode(cursor: string): { createdAt: number; id: string } {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^a:(\d{1,16}):([0-9a-f-]{36})$/.exec(text);
  if (!match) throw adminErrors.badCursor();
  return { createdAt: Number(match[1]), id: match[2] as string };
}

/** The account's audit log, newest first, with actor and target names joined in (no N+1). */
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async page(accountId: string, filter: AuditFilter, first: number, after?: string | null) {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw adminErrors.badPageSize(100);
    const where = ["e.account_id = ?"];
    const params: unknown[] = [accountId];
    if (filter.userId) {
      where.push("(e.target_user_id = ? OR e.actor_id = ?)");
      params.push(filter.userId, filter.userId);
    }
    if (filter.action) {
      where.push("e.action = ?");
      params.push(filter.action);
    }
    if (filter.since != null) {
      where.push("e.created_at >= ?");
      params.push(filter.since);
    }
    if (filter.until != null) {
      where.push("e.created_at < ?");
      params.push(filter.until);
    }
    const countWhere = where.join(" AND ");
    const pageParams = [...params];
    if (after) {
      const c = decode(after);
      where.push("(e.created_at < ? OR (e.created_at = ? AND e.id < ?))");
      pageParams.push(c.createdAt, c.createdAt, c.id);
    }
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT e.id, e.action, e.outcome, e.detail, e.ip, e.created_at, e.actor_id, a.username AS actor_username, e.target_user_id, t.username AS target_username
           FROM audit_events e
           LEFT JOIN users a ON a.id = e.actor_id
           LEFT JOIN users t ON t.id = e.target_user_id
          WHERE ${where.join(" AND ")}
          ORDER BY e.created_at DESC, e.id DESC
          LIMIT ${first + 1}`,
        pageParams,
      ) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(`SELECT COUNT(*) AS n FROM audit_events e WHERE ${countWhere}`, params) as Promise<{ n: number | string }[]>,
    ]);
    const mapped: AuditRow[] = rows.slice(0, first).map((r) => ({
      id: String(r.id),
      action: String(r.action) as AuditAction,
      outcome: String(r.outcome),
      detail: r.detail === null ? null : String(r.detail),
      ip: r.ip === null ? null : String(r.ip),
      createdAt: Number(r.created_at),
      actorId: r.actor_id === null ? null : String(r.actor_id),
      actorUsername: r.actor_username == null ? null : String(r.actor_username),
      targetUserId: r.target_user_id === null ? null : String(r.target_user_id),
      targetUsername: r.target_username == null ? null : String(r.target_username),
    }));
    const last = mapped[mapped.length - 1];
    return { rows: mapped, totalCount: Number(count[0]?.n ?? 0), hasNextPage: rows.length > first, endCursor: last ? encode(last.createdAt, last.id) : null };
  }
}
