import type { Express } from "express";
import { searchPrefix } from "@mfa/core";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import type { Logger } from "#src/logger.js";
import { reachesDomain, requireAdminOrKey, requireReach } from "#src/modules/api-keys/admin-guard.js";
import { apiKeyGate } from "#src/modules/api-keys/key-gate.js";
import { domainErrors } from "#src/modules/domains/domains.errors.js";
import type { MfaStatus } from "#src/modules/mailboxes/directory.service.js";
import type { Services } from "#src/services.js";
import { drained, refuse, text } from "./csv-response.js";
import { requestContext } from "./request-context.js";

/** Where the mailboxes table is downloaded as CSV (documented in docs/guides/roll-out-mfa.md). */
const MAILBOXES_CSV_PATH = "/exports/mailboxes.csv";

const STATUSES: readonly MfaStatus[] = ["ENROLLED", "NOT_ENROLLED", "LOCKED"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;


/** The query string's filter, as the mailboxes query takes it: `domainId`, optional `mfaStatus` and `search`. */
function filterOf(query: Record<string, unknown>) {
  const domainId = text(query.domainId);
  if (!domainId || !UUID.test(domainId)) throw new AppError(ErrorCode.BAD_USER_INPUT, "domainId is the id of one of the account's domains.", { field: "domainId" });
  const status = text(query.mfaStatus);
  if (status !== null && !STATUSES.includes(status as MfaStatus)) throw new AppError(ErrorCode.BAD_USER_INPUT, "mfaStatus is ENROLLED, NOT_ENROLLED or LOCKED.", { field: "mfaStatus" });
  const search = text(query.search);
  if (search !== null && search.length > 100) throw new AppError(ErrorCode.BAD_USER_INPUT, "search is at most 100 characters.", { field: "search" });
  return { domainId, status: status as MfaStatus | null, search: search ? searchPrefix(search) || null : null };
}


/**
 * `GET /exports/mailboxes.csv?domainId=…[&mfaStatus=…][&search=…]`: the mailboxes table of a domain with its filter,
 * as CSV, for whoever may run the `mailboxes` query (an account admin's session or cookie, or an API key within its
 * domains: the same guard and rule). Written page by page as it is read, so memory stays flat however many rows;
 * audited (MAILBOXES_EXPORTED) before the last byte of a whole file leaves, or once a download is cut short.
 */
export function mountMailboxesCsv(app: Express, services: Services, logger: Logger): void {
  app.get(MAILBOXES_CSV_PATH, apiKeyGate(services.apiKeys, "graphql"), async (req, res) => {
    res.setHeader("cache-control", "no-store");
    res.setHeader("vary", "authorization, x-auth-token, cookie");
    let prepared;
    try {
      const ctx = await requestContext(services, req, res);
      const caller = await requireAdminOrKey(ctx, "mailboxes");
      const filter = filterOf(req.query as Record<string, unknown>);
      await requireReach(ctx, "mailboxes", filter.domainId, reachesDomain(caller, filter.domainId), domainErrors.domainNotFound);
      const domain = await services.domains.domainOf(caller.actor.accountId, filter.domainId);
      prepared = { caller, filter, domain, ip: ctx.ip };
    } catch (error) {
      if (error instanceof AppError) return refuse(res, error);
      logger.error("mailbox export refused unexpectedly", { error: (error as Error).message });
      return refuse(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Something went wrong."));
    }
    const { caller, filter, domain, ip } = prepared;
    res.status(200);
    res.setHeader("content-type", "text/csv; charset=utf-8");
    res.setHeader("content-disposition", `attachment; filename="mailboxes-${domain.name}.csv"`);
    const progress = { rows: 0 };
    const audit = (complete: boolean) =>
      services.mailboxExport
        .recordExport(caller.actor, { domainId: domain.id, domain: domain.name, filter, rows: progress.rows, complete, ip })
        .catch((error: unknown) => logger.error("mailbox export not audited", { error: (error as Error).message }));
    try {
      for await (const chunk of services.mailboxExport.csv(caller.actor.accountId, filter, progress)) {
        if (!res.write(chunk) && !(await drained(res))) break;
      }
    } catch (error) {
      // The status line has gone out: the only way left to say it failed is to cut the download short.
      logger.error("mailbox export failed part-way", { error: (error as Error).message });
      res.destroy();
    }
    // A whole file is audited before its last byte leaves, so whoever holds the file finds the export in the log.
    const complete = !res.destroyed;
    await audit(complete);
    if (complete) res.end();
  });
}
