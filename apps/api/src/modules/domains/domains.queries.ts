import type { PolicyLevel } from "@mfa/core";
import { isSqlite, managerOf, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";

/** The statements of the domains pages: the tree, coverage, and the policy switches. */

export const findDomain = (db: Db, accountId: string, domainId: string) => managerOf(db).findOneBy(DomainEntity, { id: domainId, accountId });

export const listDomains = (db: Db, accountId: string) => managerOf(db).find(DomainEntity, { where: { accountId }, order: { name: "ASC" } });

export const findAccount = (db: Db, accountId: string) => managerOf(db).findOneByOrFail(AccountEntity, { id: accountId });

/** Sets the policy of domains with its deadline (null: in force now). */
export async function setDomainsPolicy(db: Db, domainIds: readonly string[], policy: PolicyLevel, enforceFrom: number | null, now: number): Promise<void> {
  if (domainIds.length === 0) return;
  // A new deadline is set now (its first reminder is due now); the same deadline saved again keeps its time.
  await execute(
    db,
    `UPDATE domains SET mfa_policy = ?, enforce_set_at = CASE WHEN ? IS NULL THEN NULL WHEN enforce_from = ? AND enforce_set_at IS NOT NULL THEN enforce_set_at ELSE ? END, enforce_from = ?
      WHERE id IN (${placeholders(domainIds.length)})`,
    [policy, enforceFrom, enforceFrom, now, enforceFrom, ...domainIds],
  );
}

export async function setAdminPolicy(db: Db, accountId: string, policy: PolicyLevel, enforceFrom: number | null): Promise<void> {
  await execute(db, "UPDATE accounts SET admin_mfa_policy = ?, admin_enforce_from = ? WHERE id = ?", [policy, enforceFrom, accountId]);
}

/**
 * Takes the domain's row for the rest of the transaction (MariaDB: a mailbox or sub-domain being added under it
 * waits, then finds it gone); false when the account has no such domain. SQLite runs one writer at a time.
 */
export async function lockDomain(db: Db, accountId: string, domainId: string): Promise<boolean> {
  const lock = isSqlite(db) ? "" : " FOR UPDATE";
  const { rows } = await execute(db, `SELECT id FROM domains WHERE id = ? AND account_id = ?${lock}`, [domainId, accountId]);
  return rows.length > 0;
}

/** The users (mailboxes) of a domain and the domains directly below it. */
export async function domainContents(db: Db, domainId: string): Promise<{ mailboxes: number; subDomains: number }> {
  const { rows } = await execute<{ mailboxes: number | string; sub_domains: number | string }>(
    db,
    `SELECT (SELECT COUNT(*) FROM users WHERE domain_id = ?) AS mailboxes,
            (SELECT COUNT(*) FROM domains WHERE parent_id = ?) AS sub_domains`,
    [domainId, domainId],
  );
  const [row] = rows;
  return { mailboxes: Number(row?.mailboxes ?? 0), subDomains: Number(row?.sub_domains ?? 0) };
}

/**
 * Deletes the domain only while no user belongs to it (its users would otherwise go with it); a sub-domain's
 * reference refuses the delete. 1 for the one request that deletes it.
 */
export async function deleteEmptyDomain(db: Db, accountId: string, domainId: string): Promise<number> {
  const { affected } = await execute(db, "DELETE FROM domains WHERE id = ? AND account_id = ? AND NOT EXISTS (SELECT 1 FROM users WHERE domain_id = ?)", [
    domainId,
    accountId,
    domainId,
  ]);
  return affected;
}

/** Sets how many days the domain's browsers may be remembered (0: off). */
export async function setDomainRememberDays(db: Db, domainId: string, days: number): Promise<void> {
  await execute(db, "UPDATE domains SET remember_browser_days = ? WHERE id = ?", [days, domainId]);
}
