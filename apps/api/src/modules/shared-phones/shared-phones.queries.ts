import type { Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** Reads of `devices.phone_digest` (written by `mfa/`): where each verified number of a user is verified too. */

export interface PhoneSharingRow {
  deviceId: string;
  phone: string;
  inAccount: number;
  otherAccounts: number;
}

/**
 * For each verified phone of the user: how many mailboxes of the user's account (theirs included) and of other
 * accounts have the same number verified, compared by digest through its index.
 */
export async function phoneSharingOf(db: Db, userId: string, accountId: string, deviceId?: string): Promise<PhoneSharingRow[]> {
  const { rows } = await execute<{ id: string; phone: string; in_account: number | string; other_accounts: number | string }>(
    db,
    `SELECT d.id, d.phone_e164 AS phone,
       (SELECT COUNT(DISTINCT o.user_id) FROM devices o JOIN users ou ON ou.id = o.user_id WHERE o.phone_digest = d.phone_digest AND o.kind = 'SMS' AND o.verified_at IS NOT NULL AND ou.account_id = ?) AS in_account,
       (SELECT COUNT(DISTINCT o.user_id) FROM devices o JOIN users ou ON ou.id = o.user_id WHERE o.phone_digest = d.phone_digest AND o.kind = 'SMS' AND o.verified_at IS NOT NULL AND ou.account_id <> ?) AS other_accounts
     FROM devices d
     WHERE d.user_id = ? AND d.kind = 'SMS' AND d.verified_at IS NOT NULL AND d.phone_digest IS NOT NULL${deviceId ? " AND d.id = ?" : ""}
     ORDER BY d.created_at, d.id`,
    deviceId ? [accountId, accountId, userId, deviceId] : [accountId, accountId, userId],
  );
  return rows.map((r) => ({ deviceId: r.id, phone: r.phone, inAccount: Number(r.in_account), otherAccounts: Number(r.other_accounts) }));
}
