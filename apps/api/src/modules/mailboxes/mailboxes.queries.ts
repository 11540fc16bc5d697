import type { UserOverride } from "@mfa/core";
import { isSqlite, managerOf, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";
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
}

export interface MailboxFilter {
  accountId: string;
  domainId: string;
  status: MfaStatus | null;
  /** Already a LIKE pattern. */
  pattern: string | null;
}

function where(filter: MailboxFilter): { sql: string; params: unknown[] } {
  const parts: string[] = ["u.account_id = ?", "u.domain_id = ?", "u.kind = 'MAILBOX'"];
  const params: unknown[] = [filter.accountId, filter.domainId];
  if (filter.status === "LOCKED") parts.push("u.mfa_locked_at IS NOT NULL");
  if (filter.status === "ENROLLED") parts.push("u.mfa_locked_at IS NULL AND u.verified_devices > 0");
  if (filter.status === "NOT_ENROLLED") parts.push("u.mfa_locked_at IS NULL AND u.verified_devices = 0");
  if (filter.pattern) {
    parts.push("(u.username LIKE ? ESCAPE '!' OR LOWER(u.display_name) LIKE ? ESCAPE '!')");
    params.push(filter.pattern, filter.pattern);
  }
  return { sql: parts.join(" AND "), params };
}

/** One page in username order after `afterUsername`, one row more than asked (to tell whether another page follows). */
export async function mailboxPage(db: Db, filter: MailboxFilter, input: { afterUsername: string | null; limit: number }): Promise<MailboxRow[]> {
  const w = where(filter);
  const after = input.afterUsername !== null ? " AND u.username > ?" : "";
  // Pages are read in username order along the domain's username index; MariaDB's planner would
  // rather sort a large status range, so it is told (a locked-only page is better served otherwise).
  const hint = !isSqlite(db) && filter.status !== "LOCKED" ? " FORCE INDEX (IDX_users_domain_username)" : "";
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT u.id, u.username, u.display_name, u.mfa_override, u.mfa_enabled, u.mfa_locked_at, u.verified_devices AS devices
       FROM users u${hint}
      WHERE ${w.sql}${after}
      ORDER BY u.username
      LIMIT ${Math.floor(input.limit)}`,
    input.afterUsername !== null ? [...w.params, input.afterUsername] : w.params,
  );
  return rows.map((r) => ({
    id: String(r.id),
    username: String(r.username),
    displayName: String(r.display_name),
    mfaOverride: String(r.mfa_override) as UserOverride,
    mfaEnabled: Boolean(Number(r.mfa_enabled)),
    devices: Number(r.devices),
    lockedAt: r.mfa_locked_at === null ? null : Number(r.mfa_locked_at),
  }));
}

export async function countMailboxes(db: Db, filter: MailboxFilter): Promise<number> {
  const w = where(filter);
  const { rows } = await execute<{ n: number | string }>(db, `SELECT COUNT(*) AS n FROM users u WHERE ${w.sql}`, w.params);
  return Number(rows[0]?.n ?? 0);
}

export const findAccountUser = (db: Db, accountId: string, userId: string) => managerOf(db).findOneBy(UserEntity, { id: userId, accountId });

export async function setOverride(db: Db, userId: string, level: UserOverride): Promise<void> {
  await execute(db, "UPDATE users SET mfa_override = ? WHERE id = ?", [level, userId]);
}

export async function deleteUser(db: Db, userId: string): Promise<void> {
  await execute(db, "DELETE FROM users WHERE id = ?", [userId]);
}
