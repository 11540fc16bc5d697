import type { DataSource } from "typeorm";
import { decodePosition, encodePosition } from "#src/db/keyset.js";
import { pagingErrors } from "#src/errors/paging.js";
import type { AuditAction } from "#src/modules/audit/audit-action.js";
import { auditPage, auditPositionKinds, auditPositionOf, countAuditEvents, type AuditRow, type AuditSort, type AuditWhere } from "./audit-log.queries.js";

export type { AuditSort, AuditSortField } from "./audit-log.queries.js";

export interface AuditFilter {
  userId?: string | null;
  action?: AuditAction | null;
  domainId?: string | null;
  outcome?: "SUCCESS" | "FAILURE" | null;
  since?: number | null;
  until?: number | null;
}

const MAX_PAGE = 100;
/** An append-only log grows without bound: its events are counted up to this many. */
const AUDIT_COUNT_CAP = 10_000;
const NEWEST_FIRST: AuditSort = { field: "TIME", direction: "DESC" };
const sortName = (sort: AuditSort) => `a:${sort.field}:${sort.direction}`;

/** The filter as the statements take it, scoped to the account. */
export const auditWhere = (accountId: string, filter: AuditFilter): AuditWhere => ({
  accountId,
  userId: filter.userId ?? null,
  action: filter.action ?? null,
  domainId: filter.domainId ?? null,
  outcome: filter.outcome ?? null,
  since: filter.since ?? null,
  until: filter.until ?? null,
});

/** The account's audit log, newest first unless sorted otherwise, with actor and target names joined in (no N+1). */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    accountId: string,
    filter: AuditFilter,
    first: number,
    after?: string | null,
    sort: AuditSort | null = null,
  ): Promise<{ rows: AuditRow[]; totalCount: number; totalCountIsLowerBound: boolean; hasNextPage: boolean; endCursor: string | null }> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw pagingErrors.badPageSize(MAX_PAGE);
    const order = sort ?? NEWEST_FIRST;
    const position = after ? decodePosition(after, sortName(order), auditPositionKinds(order.field)) : null;
    if (after && !position) throw pagingErrors.badCursor();
    const where = auditWhere(accountId, filter);
    const [rows, counted] = await Promise.all([
      auditPage(this.dataSource, where, { sort: order, after: position, limit: first + 1 }),
      countAuditEvents(this.dataSource, where, AUDIT_COUNT_CAP + 1),
    ]);
    const totalCount = Math.min(counted, AUDIT_COUNT_CAP);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      rows: page,
      totalCount,
      totalCountIsLowerBound: counted > AUDIT_COUNT_CAP,
      hasNextPage: rows.length > first,
      endCursor: last ? encodePosition(sortName(order), auditPositionOf(last, order.field)) : null,
    };
  }
}
