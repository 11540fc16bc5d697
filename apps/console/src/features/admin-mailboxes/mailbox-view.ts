import type { MailboxSortField, MfaStatus } from "../../gql/graphql";
import type { SortDirection } from "../admin-shared/SortHeader";
import { isMfaStatus } from "./status";

/**
 * What the mailboxes page shows, read from and written to the address, so that a link to "locked users in
 * sales, by name" opens that view and the back button returns to the one before:
 * `?domain=<id>|all&status=LOCKED&q=smi&sort=name&dir=desc&pages=<cursor>.<cursor>`.
 */
export interface MailboxView {
  /** A domain's id, "all" for every domain, or null when the address names none. */
  domain: string | null;
  status: MfaStatus | null;
  search: string;
  sort: { field: MailboxSortField; direction: SortDirection };
  /** The cursors of the pages before the current one (empty: the first page). */
  cursors: string[];
}

export const ALL_DOMAINS = "all";

const FIELDS: Record<string, MailboxSortField> = { address: "ADDRESS", name: "NAME", devices: "DEVICES" };
const DEFAULT_SORT = { field: "ADDRESS", direction: "ASC" } as const;

export function readMailboxView(params: URLSearchParams): MailboxView {
  const status = params.get("status") ?? "";
  const field = FIELDS[params.get("sort") ?? ""] ?? DEFAULT_SORT.field;
  const direction: SortDirection = params.get("dir") === "desc" ? "DESC" : "ASC";
  const pages = params.get("pages") ?? "";
  return {
    domain: params.get("domain") || null,
    status: isMfaStatus(status) ? status : null,
    search: (params.get("q") ?? "").trim(),
    sort: { field, direction },
    cursors: pages ? pages.split(".").filter((c) => /^[A-Za-z0-9_-]+$/.test(c)) : [],
  };
}

/** The address parameters of a view (null: left out), to give `setSearchParams`. */
export function mailboxViewParams(view: Partial<MailboxView>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (view.domain !== undefined) out.domain = view.domain;
  if (view.status !== undefined) out.status = view.status;
  if (view.search !== undefined) out.q = view.search || null;
  if (view.sort !== undefined) {
    const isDefault = view.sort.field === DEFAULT_SORT.field && view.sort.direction === DEFAULT_SORT.direction;
    out.sort = isDefault ? null : view.sort.field.toLowerCase();
    out.dir = isDefault || view.sort.direction === "ASC" ? null : "desc";
  }
  if (view.cursors !== undefined) out.pages = view.cursors.length ? view.cursors.join(".") : null;
  return out;
}
