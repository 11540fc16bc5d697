import type { AuditAction, AuditOutcome, AuditSortField } from "../../gql/graphql";
import type { SortDirection } from "../admin-shared/SortHeader";
import { isAuditAction } from "./audit-actions";

/**
 * The audit log's filters and order, read from and written to the address:
 * `?user=<id>&domain=<id>&action=MFA_RESET&outcome=FAILURE&from=2026-03-01&to=2026-03-31&sort=action&dir=asc`.
 * The dates are whole days in the browser's time zone, both included.
 */
export interface AuditView {
  userId: string;
  domainId: string;
  action: AuditAction | null;
  outcome: AuditOutcome | null;
  /** YYYY-MM-DD or "". */
  from: string;
  to: string;
  sort: { field: AuditSortField; direction: SortDirection };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS: Record<string, AuditSortField> = { time: "TIME", action: "ACTION", outcome: "OUTCOME" };
const NEWEST_FIRST = { field: "TIME", direction: "DESC" } as const;

export function readAuditView(params: URLSearchParams): AuditView {
  const action = params.get("action");
  const outcome = params.get("outcome");
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return DATE.test(value) && !Number.isNaN(localMidnight(value)) ? value : "";
  };
  const field = FIELDS[params.get("sort") ?? ""] ?? NEWEST_FIRST.field;
  const dir = params.get("dir");
  return {
    userId: params.get("user") ?? "",
    domainId: params.get("domain") ?? "",
    // An address naming no known action (an old link) shows every action.
    action: isAuditAction(action) ? action : null,
    outcome: outcome === "SUCCESS" || outcome === "FAILURE" ? outcome : null,
    from: date("from"),
    to: date("to"),
    sort: { field, direction: dir === "asc" ? "ASC" : dir === "desc" ? "DESC" : field === "TIME" ? "DESC" : "ASC" },
  };
}

/** The address parameters of a view (null: left out; the default order is not written). */
export function auditViewParams(view: AuditView): Record<string, string | null> {
  const isDefault = view.sort.field === NEWEST_FIRST.field && view.sort.direction === NEWEST_FIRST.direction;
  return {
    user: view.userId || null,
    domain: view.domainId || null,
    action: view.action,
    outcome: view.outcome,
    from: view.from || null,
    to: view.to || null,
    sort: isDefault ? null : view.sort.field.toLowerCase(),
    dir: isDefault ? null : view.sort.direction.toLowerCase(),
  };
}

/** The first instant of a day in the browser's time zone. */
function localMidnight(day: string, plusDays = 0): number {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + plusDays).getTime();
}

/** The filter the API takes: a user, a domain, an action, an outcome, and [from's first instant, the day after to). */
export function auditFilterOf(view: AuditView) {
  return {
    userId: view.userId || null,
    domainId: view.domainId || null,
    action: view.action,
    outcome: view.outcome,
    since: view.from ? new Date(localMidnight(view.from)).toISOString() : null,
    until: view.to ? new Date(localMidnight(view.to, 1)).toISOString() : null,
  };
}

/** Whether the view narrows the log at all. */
export const isFiltered = (view: AuditView) => Boolean(view.userId || view.domainId || view.action || view.outcome || view.from || view.to);

/** The address of the CSV download of the view (its filter and order). */
export function auditExportHref(view: AuditView): string {
  const filter = auditFilterOf(view);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  query.set("sort", view.sort.field);
  query.set("direction", view.sort.direction);
  return `/exports/audit.csv?${query.toString()}`;
}
