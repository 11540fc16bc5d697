import type { DeviceKind, PolicyLevel } from "@mfa/core";
import { managerOf, type Db } from "#src/db/db.js";
import { statement, type SqlResult, type Statement } from "#src/db/sql.js";
import { USER_COLUMNS, userFromRow } from "#src/modules/users/user.row.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** The password step's one read: the user with their policies, verified devices and known browser. */

export interface LoginDevice {
  id: string;
  kind: DeviceKind;
  name: string;
  phoneE164: string | null;
  isDefault: boolean;
  isBackup: boolean;
}

export interface LoginFacts {
  user: UserEntity;
  domainPolicy: PolicyLevel | null;
  /** When the domain's REQUIRED takes full effect (null: now, or no domain). */
  domainEnforceFrom: number | null;
  adminPolicy: PolicyLevel;
  adminEnforceFrom: number | null;
  /** Verified devices, oldest first. */
  devices: LoginDevice[];
  knownBrowser: boolean;
  /** The days the user's domain remembers browsers for (null: no domain). */
  domainRememberDays: number | null;
  /** The user's remembered browser whose token was presented, if it has not expired. */
  remembered: { id: string; createdAt: number; expiresAt: number } | null;
}

/**
 * The user of a username, their domain's and account's policies, their verified devices, whether the presented
 * browser is theirs, and their remembered browser of the presented token (`remembered_browsers`, owned by
 * remembered-browsers/).
 */
export function readLoginFacts(username: string, browserHash: string | null, rememberHash: string | null, now: number): Statement {
  return statement(
    `SELECT ${USER_COLUMNS}, a.admin_mfa_policy AS a_admin_policy, a.admin_enforce_from AS a_enforce_from, dm.mfa_policy AS dm_policy, dm.enforce_from AS dm_enforce_from, dm.remember_browser_days AS dm_remember_days,
            d.id AS d_id, d.kind AS d_kind, d.name AS d_name, d.phone_e164 AS d_phone, d.is_default AS d_is_default, d.is_backup AS d_is_backup,
            kb.token_hash AS kb_token_hash, rb.id AS rb_id, rb.created_at AS rb_created_at, rb.expires_at AS rb_expires_at
       FROM users u
       JOIN accounts a ON a.id = u.account_id
       LEFT JOIN domains dm ON dm.id = u.domain_id
       LEFT JOIN devices d ON d.user_id = u.id AND d.verified_at IS NOT NULL
       LEFT JOIN known_browsers kb ON kb.token_hash = ? AND kb.user_id = u.id AND kb.expires_at > ?
       LEFT JOIN remembered_browsers rb ON rb.token_hash = ? AND rb.user_id = u.id AND rb.expires_at > ?
      WHERE u.username = ?
      ORDER BY d.created_at, d.id`,
    [browserHash, now, rememberHash, now, username],
  );
}

/** The facts of `readLoginFacts` (one row per verified device, or one with none), or null for an unknown username. */
export function loginFactsOf(result: SqlResult<Record<string, unknown>> | undefined): LoginFacts | null {
  const rows = result?.rows ?? [];
  const first = rows[0];
  if (!first) return null;
  return {
    user: userFromRow(first),
    domainPolicy: first.dm_policy == null ? null : (String(first.dm_policy) as PolicyLevel),
    domainEnforceFrom: first.dm_enforce_from == null ? null : Number(first.dm_enforce_from),
    adminPolicy: String(first.a_admin_policy) as PolicyLevel,
    adminEnforceFrom: first.a_enforce_from == null ? null : Number(first.a_enforce_from),
    devices: rows
      .filter((r) => r.d_id != null)
      .map((r) => ({
        id: String(r.d_id),
        kind: String(r.d_kind) as DeviceKind,
        name: String(r.d_name),
        phoneE164: r.d_phone == null ? null : String(r.d_phone),
        isDefault: Boolean(Number(r.d_is_default)),
        isBackup: Boolean(Number(r.d_is_backup)),
      })),
    knownBrowser: first.kb_token_hash != null,
    domainRememberDays: first.dm_remember_days == null ? null : Number(first.dm_remember_days),
    remembered: first.rb_id == null ? null : { id: String(first.rb_id), createdAt: Number(first.rb_created_at), expiresAt: Number(first.rb_expires_at) },
  };
}

export function findUser(db: Db, userId: string): Promise<UserEntity | null> {
  return managerOf(db).findOneBy(UserEntity, { id: userId });
}
