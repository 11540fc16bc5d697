import type { PolicyLevel, UserKind, UserOverride } from "@mfa/core";
import type { Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** The statements of "Remind me later": the facts it is decided on, and the one write it makes (`users.mfa_setup_deferred_at`). */

export interface DeferralFacts {
  kind: UserKind;
  override: UserOverride;
  domainPolicy: PolicyLevel | null;
  domainEnforceFrom: number | null;
  adminPolicy: PolicyLevel;
  adminEnforceFrom: number | null;
  verifiedDevices: number;
  deferredAt: number | null;
  domainName: string | null;
}

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function readDeferralFacts(db: Db, userId: string): Promise<DeferralFacts | null> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT u.kind, u.mfa_override, u.verified_devices, u.mfa_setup_deferred_at, d.name AS domain_name, d.mfa_policy AS domain_policy,
            d.enforce_from AS domain_enforce_from, a.admin_mfa_policy, a.admin_enforce_from
       FROM users u JOIN accounts a ON a.id = u.account_id LEFT JOIN domains d ON d.id = u.domain_id
      WHERE u.id = ?`,
    [userId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    kind: String(row.kind) as UserKind,
    override: String(row.mfa_override) as UserOverride,
    domainPolicy: row.domain_policy == null ? null : (String(row.domain_policy) as PolicyLevel),
    domainEnforceFrom: numOrNull(row.domain_enforce_from),
    adminPolicy: String(row.admin_mfa_policy) as PolicyLevel,
    adminEnforceFrom: numOrNull(row.admin_enforce_from),
    verifiedDevices: Number(row.verified_devices),
    deferredAt: numOrNull(row.mfa_setup_deferred_at),
    domainName: row.domain_name == null ? null : String(row.domain_name),
  };
}

/**
 * Records "Remind me later" for a user with no verified device who has not put setup off since `cutoff`: one
 * conditional write, so parallel presses record one deferral (1 for the request that did).
 */
export async function recordDeferral(db: Db, userId: string, now: number, cutoff: number): Promise<number> {
  const { affected } = await execute(
    db,
    "UPDATE users SET mfa_setup_deferred_at = ? WHERE id = ? AND verified_devices = 0 AND (mfa_setup_deferred_at IS NULL OR mfa_setup_deferred_at <= ?)",
    [now, userId, cutoff],
  );
  return affected;
}
