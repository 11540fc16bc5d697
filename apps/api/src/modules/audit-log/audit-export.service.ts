import { stringify } from "csv-stringify/sync";
import type { DataSource } from "typeorm";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { neutralise } from "#src/modules/mailbox-export/mailbox-export.service.js";
import { auditPage, auditPositionOf, countAuditEvents, type AuditSort } from "./audit-log.queries.js";
import { auditWhere, type AuditFilter } from "./audit-log.service.js";

/** The columns of the export, in order: what the audit log shows, the detail as its JSON. */
const EXPORT_COLUMNS = ["time", "action", "outcome", "actor", "actor_api_key", "target", "ip", "detail", "id"] as const;

/** The most events one download holds: the newest (or first in the sort) of a larger set; the answer says so. */
const AUDIT_EXPORT_CAP = 50_000;

/** Rows read (and written) at a time: memory stays flat whatever the log's size. */
const PAGE = 1_000;

/** The audit log as CSV, page after page in the asked order (keyset paging), written as it is read. */
export class AuditExportService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; pageSize?: number; cap?: number }) {}

  get cap(): number {
    return this.deps.cap ?? AUDIT_EXPORT_CAP;
  }

  /** How many events the filter matches, counted up to one past the cap: more than the cap means a cut download. */
  matching(accountId: string, filter: AuditFilter): Promise<number> {
    return countAuditEvents(this.deps.dataSource, auditWhere(accountId, filter), this.cap + 1);
  }

  /** The CSV text, one chunk per page (the header first); `rows` counts the events written so far; at most `cap`. */
  async *csv(accountId: string, filter: AuditFilter, sort: AuditSort, progress: { rows: number } = { rows: 0 }): AsyncGenerator<string> {
    const where = auditWhere(accountId, filter);
    yield stringify([[...EXPORT_COLUMNS]]);
    let after: (string | number)[] | null = null;
    for (;;) {
      const size = Math.min(this.deps.pageSize ?? PAGE, this.cap - progress.rows);
      if (size <= 0) return;
      const page = await auditPage(this.deps.dataSource, where, { sort, after, limit: size });
      if (page.length === 0) return;
      progress.rows += page.length;
      yield stringify(
        page.map((e) => [
          new Date(e.createdAt).toISOString(),
          e.action,
          e.outcome,
          neutralise(e.actorUsername ?? ""),
          neutralise(e.actorApiKeyName ?? ""),
          neutralise(e.targetUsername ?? ""),
          e.ip ?? "",
          neutralise(e.detail ?? ""),
          e.id,
        ]),
      );
      if (page.length < size) return;
      const last = page[page.length - 1];
      after = last ? auditPositionOf(last, sort.field) : null;
    }
  }

  /** Every export is audited, once written: the filter, how many rows, whether it was complete and whether the cap cut it. */
  recordExport(admin: AdminActor, input: { filter: AuditFilter; sort: AuditSort; rows: number; truncated: boolean; complete: boolean; ip: string | null }) {
    const { filter } = input;
    return this.deps.audit.record({
      accountId: admin.accountId,
      actorId: admin.id,
      targetUserId: null,
      action: AuditAction.AUDIT_LOG_EXPORTED,
      outcome: input.complete ? "SUCCESS" : "FAILURE",
      detail: {
        userId: filter.userId ?? null,
        domainId: filter.domainId ?? null,
        filterAction: filter.action ?? null,
        filterOutcome: filter.outcome ?? null,
        since: filter.since == null ? null : new Date(filter.since).toISOString(),
        until: filter.until == null ? null : new Date(filter.until).toISOString(),
        sort: `${input.sort.field} ${input.sort.direction}`,
        rows: input.rows,
        truncated: input.truncated,
        complete: input.complete,
      },
      ip: input.ip,
    });
  }
}
