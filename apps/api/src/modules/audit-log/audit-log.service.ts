import type { DataSource } from "typeorm";
import { pagingErrors } from "#src/errors/paging.js";
import type { AuditAction } from "#src/modules/audit/audit-action.js";
import { auditPage, countAuditEvents, type AuditRow } from "./audit-log.queries.js";

export interface AuditFilter {
  userId?: string | null;
  action?: AuditAction | null;
  since?: number | null;
  until?: number | null;
}

const MAX_PAGE = 100;
const encode = (createdAt: number, id: string) => Buffer.from(`a:${createdAt}:${id}`, "utf8").toString("base64url");
function decode(cursor: string): { createdAt: number; id: string } {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^a:(\d{1,16}):([0-9a-f-]{36})$/.exec(text);
  if (!match) throw pagingErrors.badCursor();
  return { createdAt: Number(match[1]), id: match[2] as string };
}

/** The account's audit log, newest first, with actor and target names joined in (no N+1). */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async page(accountId: string, filter: AuditFilter, first: number, after?: string | null): Promise<{ rows: AuditRow[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw pagingErrors.badPageSize(MAX_PAGE);
    const where = { accountId, userId: filter.userId ?? null, action: filter.action ?? null, since: filter.since ?? null, until: filter.until ?? null };
    const [rows, totalCount] = await Promise.all([
      auditPage(this.dataSource, where, { after: after ? decode(after) : null, limit: first + 1 }),
      countAuditEvents(this.dataSource, where),
    ]);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return { rows: page, totalCount, hasNextPage: rows.length > first, endCursor: last ? encode(last.createdAt, last.id) : null };
  }
}
