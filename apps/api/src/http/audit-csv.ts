import type { Express } from "express";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import type { Logger } from "#src/logger.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import { apiKeyGate } from "#src/modules/api-keys/key-gate.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditFilter, AuditSort, AuditSortField } from "#src/modules/audit-log/audit-log.service.js";
import type { Services } from "#src/services.js";
import { drained, refuse, text } from "./csv-response.js";
import { requestContext } from "./request-context.js";

/** Where the audit log is downloaded as CSV (documented in docs/guides/roll-out-mfa.md). */
const AUDIT_CSV_PATH = "/exports/audit.csv";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_FIELDS: readonly AuditSortField[] = ["TIME", "ACTION", "OUTCOME"];

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

function instant(query: Record<string, unknown>, field: string): number | null {
  const value = text(query[field]);
  if (value === null) return null;
  const ms = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) throw bad(field, `${field} is an ISO 8601 instant with its offset, e.g. 2026-01-31T00:00:00Z.`);
  return ms;
}

function id(query: Record<string, unknown>, field: string): string | null {
  const value = text(query[field]);
  if (value !== null && !UUID.test(value)) throw bad(field, `${field} is an id.`);
  return value;
}

/** The query string's filter and order, as the auditEvents query takes them. */
function requestOf(query: Record<string, unknown>): { filter: AuditFilter; sort: AuditSort } {
  const action = text(query.action);
  if (action !== null && !Object.hasOwn(AuditAction, action)) throw bad("action", "action is one of the AuditAction names.");
  const outcome = text(query.outcome);
  if (outcome !== null && outcome !== "SUCCESS" && outcome !== "FAILURE") throw bad("outcome", "outcome is SUCCESS or FAILURE.");
  const field = text(query.sort) ?? "TIME";
  if (!SORT_FIELDS.includes(field as AuditSortField)) throw bad("sort", "sort is TIME, ACTION or OUTCOME.");
  const direction = text(query.direction) ?? "DESC";
  if (direction !== "ASC" && direction !== "DESC") throw bad("direction", "direction is ASC or DESC.");
  return {
    filter: {
      userId: id(query, "userId"),
      domainId: id(query, "domainId"),
      action: action as AuditAction | null,
      outcome: outcome as "SUCCESS" | "FAILURE" | null,
      since: instant(query, "since"),
      until: instant(query, "until"),
    },
    sort: { field: field as AuditSortField, direction },
  };
}

/**
 * `GET /exports/audit.csv?[userId][&domainId][&action][&outcome][&since][&until][&sort][&direction]`: the audit log
 * with the filter and order of the `auditEvents` query, as CSV, for whoever may run that query. At most
 * `AUDIT_EXPORT_CAP` events: the answer says the limit (`X-Export-Limit`) and whether the filter matched more
 * (`X-Export-Truncated: true`). Written page by page as it is read; audited (AUDIT_LOG_EXPORTED) once written.
 */
export function mountAuditCsv(app: Express, services: Services, logger: Logger): void {
  app.get(AUDIT_CSV_PATH, apiKeyGate(services.apiKeys, "graphql"), async (req, res) => {
    res.setHeader("cache-control", "no-store");
    res.setHeader("vary", "authorization, x-auth-token, cookie");
    let prepared;
    try {
      const ctx = await requestContext(services, req, res);
      const caller = await requireAdminOrKey(ctx, "auditEvents");
      const { filter, sort } = requestOf(req.query as Record<string, unknown>);
      const matching = await services.auditExport.matching(caller.actor.accountId, filter);
      prepared = { caller, filter, sort, truncated: matching > services.auditExport.cap, ip: ctx.ip };
    } catch (error) {
      if (error instanceof AppError) return refuse(res, error);
      logger.error("audit export refused unexpectedly", { error: (error as Error).message });
      return refuse(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Something went wrong."));
    }
    const { caller, filter, sort, truncated, ip } = prepared;
    res.status(200);
    res.setHeader("content-type", "text/csv; charset=utf-8");
    res.setHeader("content-disposition", `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader("x-export-limit", String(services.auditExport.cap));
    res.setHeader("x-export-truncated", String(truncated));
    const progress = { rows: 0 };
    try {
      for await (const chunk of services.auditExport.csv(caller.actor.accountId, filter, sort, progress)) {
        if (!res.write(chunk) && !(await drained(res))) break;
      }
    } catch (error) {
      // The status line has gone out: the only way left to say it failed is to cut the download short.
      logger.error("audit export failed part-way", { error: (error as Error).message });
      res.destroy();
    }
    // A whole file is audited before its last byte leaves, so whoever holds the file finds the export in the log.
    const complete = !res.destroyed;
    await services.auditExport
      .recordExport(caller.actor, { filter, sort, rows: progress.rows, truncated, complete, ip })
      .catch((error: unknown) => logger.error("audit export not audited", { error: (error as Error).message }));
    if (complete) res.end();
  });
}
