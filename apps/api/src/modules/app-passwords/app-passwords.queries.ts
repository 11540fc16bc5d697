import type { PolicyLevel } from "@mfa/core";
import { isSqlite, managerOf, type Db } from "#src/db/db.js";
import { execute, statement, type SqlResult, type Statement } from "#src/db/sql.js";
import { USER_COLUMNS, userFromRow } from "#src/modules/users/user.row.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { AppPasswordEntity } from "./app-password.entity.js";

/** Every statement on `app_passwords` and on `domains.app_passwords_allowed`. */

export const listAppPasswords = (db: Db, userId: string) =>
  managerOf(db).createQueryBuilder(AppPasswordEntity, "p").where("p.userId = :userId", { userId }).orderBy("p.createdAt", "ASC").addOrderBy("p.id", "ASC").getMany();

export async function countAppPasswords(db: Db, userId: string): Promise<number> {
  const [row] = (await execute<{ n: number | string }>(db, "SELECT COUNT(*) AS n FROM app_passwords WHERE user_id = ?", [userId])).rows;
  return Number(row?.n ?? 0);
}

/**
 * Within a transaction: locks the user's row (MariaDB; SQLite runs one transaction at a time) and counts
 * their app passwords, so parallel creations are counted one after the other.
 */
export async function lockAndCountAppPasswords(db: Db, userId: string): Promise<number> {
  await execute(db, `SELECT id FROM users WHERE id = ?${isSqlite(db) ? "" : " FOR UPDATE"}`, [userId]);
  return countAppPasswords(db, userId);
}

export async function insertAppPassword(db: Db, row: AppPasswordEntity): Promise<void> {
  await managerOf(db).insert(AppPasswordEntity, row);
}

/** Deletes one of the user's app passwords: 1 when it was theirs. */
export async function deleteAppPassword(db: Db, userId: string, id: string): Promise<number> {
  return (await execute(db, "DELETE FROM app_passwords WHERE id = ? AND user_id = ?", [id, userId])).affected;
}

/** Deletes every app password of the user; returns how many there were. */
export async function deleteAppPasswordsOf(db: Db, userId: string): Promise<number> {
  return (await execute(db, "DELETE FROM app_passwords WHERE user_id = ?", [userId])).affected;
}

/** Records a use of an app password (a statement, sent with the check's other writes). */
export const touchAppPassword = (id: string, at: number, protocol: string, ip: string | null): Statement =>
  statement("UPDATE app_passwords SET last_used_at = ?, last_used_protocol = ?, last_used_ip = ? WHERE id = ?", [at, protocol, ip, id]);

export async function setDomainAppPasswordsAllowed(db: Db, domainId: string, allowed: boolean): Promise<number> {
  return (await execute(db, "UPDATE domains SET app_passwords_allowed = ? WHERE id = ?", [allowed ? 1 : 0, domainId])).affected;
}

export async function domainAppPasswordsAllowed(db: Db, domainId: string): Promise<boolean> {
  const [row] = (await execute<{ a: number | string | boolean }>(db, "SELECT app_passwords_allowed AS a FROM domains WHERE id = ?", [domainId])).rows;
  return row === undefined ? true : Boolean(Number(row.a));
}

export interface MailAuthCandidate {
  id: string;
  selector: string;
  passwordHash: string;
}

export interface MailAuthFacts {
  user: UserEntity;
  domainPolicy: PolicyLevel | null;
  adminPolicy: PolicyLevel;
  /** False when the user's domain forbids app passwords. */
  appPasswordsAllowed: boolean;
  appPasswords: MailAuthCandidate[];
}

/** The mail check's one read: the user, their domain's and account's policies, the domain's switch and their app passwords. */
export function readMailAuthFacts(username: string): Statement {
  return statement(
    `SELECT ${USER_COLUMNS}, a.admin_mfa_policy AS a_admin_policy, dm.mfa_policy AS dm_policy, dm.app_passwords_allowed AS dm_app_allowed,
            p.id AS p_id, p.selector AS p_selector, p.password_hash AS p_hash
       FROM users u
       JOIN accounts a ON a.id = u.account_id
       LEFT JOIN domains dm ON dm.id = u.domain_id
       LEFT JOIN app_passwords p ON p.user_id = u.id
      WHERE u.username = ?
      ORDER BY p.created_at, p.id`,
    [username],
  );
}

/** The facts of `readMailAuthFacts` (one row per app password, or one with none), or null for an unknown username. */
export function mailAuthFactsOf(result: SqlResult<Record<string, unknown>> | undefined): MailAuthFacts | null {
  const rows = result?.rows ?? [];
  const first = rows[0];
  if (!first) return null;
  return {
    user: userFromRow(first),
    domainPolicy: first.dm_policy == null ? null : (String(first.dm_policy) as PolicyLevel),
    adminPolicy: String(first.a_admin_policy) as PolicyLevel,
    appPasswordsAllowed: first.dm_app_allowed == null ? true : Boolean(Number(first.dm_app_allowed)),
    appPasswords: rows.filter((r) => r.p_id != null).map((r) => ({ id: String(r.p_id), selector: String(r.p_selector), passwordHash: String(r.p_hash) })),
  };
}
