import { stringify } from "csv-stringify/sync";
import type { DataSource } from "typeorm";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { statusOf, type MfaStatus } from "#src/modules/mailboxes/directory.service.js";
import { deviceFactsOf, exportPage, lastSignInsOf } from "./mailbox-export.queries.js";

/** The columns of the export, in order: what the mailboxes table shows and filters on. */
const EXPORT_COLUMNS = ["username", "name", "status", "devices", "kinds", "default_factor", "last_sign_in", "override", "locked_since"] as const;

/** Rows read (and written) at a time: memory stays flat whatever the domain's size. */
const PAGE = 1_000;

const iso = (ms: number | null | undefined): string => (ms == null ? "" : new Date(ms).toISOString());

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or return first) is written with a leading
 * apostrophe, as OWASP advises against CSV injection: names come from people.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export interface ExportFilter {
  domainId: string;
  status: MfaStatus | null;
  search: string | null;
}

/** The mailboxes table as CSV, page after page in username order (keyset paging), written as it is read. */
export class MailboxExportService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; pageSize?: number }) {}

  /** The CSV text, one chunk per page (the header first); `rows` counts the mailboxes written so far. */
  async *csv(accountId: string, filter: ExportFilter, progress: { rows: number } = { rows: 0 }): AsyncGenerator<string> {
    const { dataSource } = this.deps;
    const scoped = { accountId, domainId: filter.domainId, status: filter.status, search: filter.search };
    yield stringify([[...EXPORT_COLUMNS]]);
    let after: string | null = null;
    for (;;) {
      const size = this.deps.pageSize ?? PAGE;
      const page = await exportPage(dataSource, scoped, after, size);
      if (page.length === 0) return;
      const ids = page.map((r) => r.id);
      const [devices, signIns] = await Promise.all([deviceFactsOf(dataSource, ids), lastSignInsOf(dataSource, ids)]);
      const records = page.map((r) => {
        const d = devices.get(r.id);
        return [
          neutralise(r.username),
          neutralise(r.displayName),
          statusOf({ lockedAt: r.lockedAt, devices: r.devices }),
          String(r.devices),
          d ? [...d.kinds].sort().join(";") : "",
          d?.defaultKind ?? "",
          iso(signIns.get(r.id)),
          r.override,
          iso(r.lockedAt),
        ];
      });
      progress.rows += page.length;
      yield stringify(records);
      if (page.length < size) return;
      after = page[page.length - 1]?.username ?? null;
    }
  }

  /** Every export is audited, once written: who, which domain and filter, how many rows, whether it was complete. */
  recordExport(admin: AdminActor, input: { domainId: string; domain: string; filter: ExportFilter; rows: number; complete: boolean; ip: string | null }) {
    return this.deps.audit.record({
      accountId: admin.accountId,
      actorId: admin.id,
      targetUserId: null,
      action: AuditAction.MAILBOXES_EXPORTED,
      outcome: input.complete ? "SUCCESS" : "FAILURE",
      detail: { domainId: input.domainId, domain: input.domain, mfaStatus: input.filter.status, search: input.filter.search, rows: input.rows, complete: input.complete },
      ip: input.ip,
    });
  }
}
