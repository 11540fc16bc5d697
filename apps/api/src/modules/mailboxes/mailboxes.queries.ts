import type { UserOverride } from "@mfa/core";
import { isSqlite, managerOf, type Db } from "#src/db/db.js";
import { afterPosition, orderBy, type Direction } from "#src/db/keyset.js";
import { execute, placeholders } from "#src/db/sql.js";
import { hasTermStartingWith, usersWithTermStartingWith } from "#src/modules/search/search.queries.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** The statements of the mailboxes pages and of what an admin changes on a user. */

export type MfaStatus = "ENROLLED" | "NOT_ENROLLED" | "LOCKED";

export interface MailboxRow {
  id: string;
  username: string;
  displayName: string;
  mfaOverride: UserOverride;
  mfaEnabled: boolean;
  devices: number;
  lockedAt: number | null;
  domainId: string;
  domainName: string;
}

export interface MailboxFilter {
  accountId: string;
  /** One domain; null: every domain of the account (or of `domainIds`). */
  domainId: string | null;
  /** Across domains, only these (a domain-limited API key's); null: all of the account's. */
  domainIds?: readonly string[] | null;
  status: MfaStatus | null;
  /** The searched text: a prefix of one of the mailbox's search terms. */
  search: string | null;
}

/** The WHERE clause of a mailbox filter (alias `u`), shared by the page and the CSV export. */
export function mailboxFilterSql(filter: MailboxFilter): { sql: string; params: unknown[] } {
  const parts: string[] = ["u.account_id = ?"];
  const params: unknown[] = [filter.accountId];
  if (filter.domainId !== null) {
    parts.push("u.domain_id = ?");
    params.push(filter.domainId);
  } else if (filter.domainIds) {
    parts.push(`u.domain_id IN (${placeholders(Math.max(filter.domainIds.length, 1))})`);
    params.push(...(filter.domainIds.length ? filter.domainIds : [""]));
  }
  parts.push("u.kind = 'MAILBOX'");
  if (filter.status === "LOCKED") parts.push("u.mfa_locked_at IS NOT NULL");
  if (filter.status === "ENROLLED") parts.push("u.mfa_locked_at IS NULL AND u.verified_devices > 0");
  if (filter.status === "NOT_ENROLLED") parts.push("u.mfa_locked_at IS NULL AND u.verified_devices = 0");
  if (filter.search && filter.domainId !== null) {
    const term = hasTermStartingWith(filter.domainId, filter.search);
    parts.push(term.sql);
    params.push(...term.params);
  }
  return { sql: parts.join(" AND "), params };
}

/**
 * What a page or a count reads from (alias `u`) and its WHERE clause. A search across domains starts from the
 * matching terms of the domains (`domainIds`, which the caller then gives) and joins the users to them, in that
 * order (STRAIGHT_JOIN on MariaDB, CROSS JOIN on SQLite); everything else reads the users with `hint`.
 */
function mailboxSource(db: Db, filter: MailboxFilter, hint: string): { from: string; where: string; params: unknown[] } {
  const w = mailboxFilterSql(filter);
  if (!filter.search || filter.domainId !== null) return { from: `users u${hint}`, where: w.sql, params: w.params };
  const matches = usersWithTermStartingWith(filter.domainIds ?? [], filter.search);
  return { from: `${matches.sql} m ${isSqlite(db) ? "CROSS JOIN" : "STRAIGHT_JOIN"} users u ON u.id = m.user_id`, where: w.sql, params: [...matches.params, ...w.params] };
}

export type MailboxSortField = "ADDRESS" | "NAME" | "DEVICES";

/** The columns of each sort, ending in the unique username (the tie-breaker), and the index that reads them in order. */
const SORTS: Record<MailboxSortField, { columns: readonly string[]; kinds: readonly ("string" | "number")[]; domainIndex: string; accountIndex: string }> = {
  ADDRESS: { columns: ["u.username"], kinds: ["string"], domainIndex: "IDX_users_domain_page", accountIndex: "IDX_users_account_page" },
  NAME: { columns: ["u.display_name", "u.username"], kinds: ["string", "string"], domainIndex: "IDX_users_domain_name", accountIndex: "IDX_users_account_name" },
  DEVICES: { columns: ["u.verified_devices", "u.username"], kinds: ["number", "string"], domainIndex: "IDX_users_domain_devices", accountIndex: "IDX_users_account_devices" },
};

export interface MailboxSort {
  field: MailboxSortField;
  direction: Direction;
}

/** The kinds of the values a position of this sort holds (what a cursor must carry). */
export const positionKinds = (field: MailboxSortField) => SORTS[field].kinds;

/** The values of a row's position in a sort (what its cursor holds). */
export function positionOf(row: MailboxRow, field: MailboxSortField): (string | number)[] {
  if (field === "NAME") return [row.displayName, row.username];
  if (field === "DEVICES") return [row.devices, row.username];
  return [row.username];
}

/**
 * One page in the sort's order after a position, one row more than asked (to tell whether another page follows).
 * Keyset paging over (sort key, username): rows with equal keys are never repeated nor skipped between pages.
 */
export async function mailboxPage(
  db: Db,
  filter: MailboxFilter,
  input: { sort: MailboxSort; after: readonly (string | number)[] | null; limit: number },
): Promise<MailboxRow[]> {
  const sort = SORTS[input.sort.field];
  let after = "";
  let afterParams: unknown[] = [];
  if (input.after) {
    const position = afterPosition(sort.columns, input.after, input.sort.direction);
    after = ` AND ${position.sql}`;
    afterParams = position.params;
  }
  // Pages are read in the sort's order along an index that holds each mailbox's status: a status filter is
  // applied in the index, and only the rows of the page are read. MariaDB's planner would rather sort a status
  // range, so it is told (a search starts from its matching terms instead; a key's list of domains from them).
  const index = filter.domainId !== null ? sort.domainIndex : filter.domainIds ? null : sort.accountIndex;
  const hint = !isSqlite(db) && !filter.search && index ? ` FORCE INDEX (${index})` : "";
  const source = mailboxSource(db, filter, hint);
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT u.id, u.username, u.display_name, u.mfa_override, u.mfa_enabled, u.mfa_locked_at, u.verified_devices AS devices, u.domain_id, d.name AS domain_name
       FROM ${source.from}
       JOIN domains d ON d.id = u.domain_id
      WHERE ${source.where}${after}
      ORDER BY ${orderBy(sort.columns, input.sort.direction)}
      LIMIT ${Math.floor(input.limit)}`,
    [...source.params, ...afterParams],
  );
  return rows.map((r) => ({
    id: String(r.id),
    username: String(r.username),
    displayName: String(r.display_name),
    mfaOverride: String(r.mfa_override) as UserOverride,
    mfaEnabled: Boolean(Number(r.mfa_enabled)),
    devices: Number(r.devices),
    lockedAt: r.mfa_locked_at === null ? null : Number(r.mfa_locked_at),
    domainId: String(r.domain_id),
    domainName: String(r.domain_name),
  }));
}

/** Counts the mailboxes of a filter, stopping at `cap` (a search's matches grow with the domain). */
export async function countMailboxes(db: Db, filter: MailboxFilter, cap: number): Promise<number> {
  const source = mailboxSource(db, filter, "");
  const { rows } = await execute<{ n: number | string }>(db, `SELECT COUNT(*) AS n FROM (SELECT u.id FROM ${source.from} WHERE ${source.where} LIMIT ${Math.floor(cap)}) c`, source.params);
  return Number(rows[0]?.n ?? 0);
}

export const findAccountUser = (db: Db, accountId: string, userId: string) => managerOf(db).findOneBy(UserEntity, { id: userId, accountId });

export async function setOverride(db: Db, userId: string, level: UserOverride): Promise<void> {
  await execute(db, "UPDATE users SET mfa_override = ? WHERE id = ?", [level, userId]);
}

export async function deleteUser(db: Db, userId: string): Promise<void> {
  await execute(db, "DELETE FROM users WHERE id = ?", [userId]);
}
