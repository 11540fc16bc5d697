import { isSqlite, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";

/** Every statement on `domain_counters`: this file is its only writer. */

export const COUNTER_NAMES = ["mailboxes", "enrolled", "locked", "lockedEnrolled", "followers", "followersEnrolled", "totp", "sms", "webauthn", "followersWebauthn"] as const;
export type Counts = Record<(typeof COUNTER_NAMES)[number], number>;

const COLUMN: Record<keyof Counts, string> = {
  mailboxes: "mailboxes",
  enrolled: "enrolled",
  locked: "locked",
  lockedEnrolled: "locked_enrolled",
  followers: "followers",
  followersEnrolled: "followers_enrolled",
  totp: "totp",
  sms: "sms",
  webauthn: "webauthn",
  followersWebauthn: "followers_webauthn",
};

export const ZERO: Counts = { mailboxes: 0, enrolled: 0, locked: 0, lockedEnrolled: 0, followers: 0, followersEnrolled: 0, totp: 0, sms: 0, webauthn: 0, followersWebauthn: 0 };

const hasVerified = (kind: string) => `EXISTS (SELECT 1 FROM devices d WHERE d.user_id = u.id AND d.kind = '${kind}' AND d.verified_at IS NOT NULL)`;

/** What one mailbox counts for: its domain and the facts the counters add up. */
export interface MailboxState {
  domainId: string;
  enrolled: boolean;
  locked: boolean;
  follower: boolean;
  totp: boolean;
  sms: boolean;
  /** Has a verified passkey or security key (a phishing-resistant factor). */
  webauthn: boolean;
}

/**
 * The counted state of a user (null for an admin or a user that does not exist). On MariaDB the
 * user's row is locked until the transaction ends, so changes of one mailbox are counted one at a time.
 */
export async function mailboxState(db: Db, userId: string): Promise<MailboxState | null> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT u.domain_id, u.kind, u.mfa_override, u.verified_devices, u.mfa_locked_at, ${hasVerified("TOTP")} AS totp, ${hasVerified("SMS")} AS sms, ${hasVerified("WEBAUTHN")} AS webauthn
       FROM users u WHERE u.id = ?${isSqlite(db) ? "" : " FOR UPDATE"}`,
    [userId],
  );
  const r = rows[0];
  if (!r || r.kind !== "MAILBOX" || r.domain_id == null) return null;
  return {
    domainId: String(r.domain_id),
    enrolled: Number(r.verified_devices) > 0,
    locked: r.mfa_locked_at != null,
    follower: r.mfa_override === "DEFAULT",
    totp: Number(r.totp) === 1,
    sms: Number(r.sms) === 1,
    webauthn: Number(r.webauthn) === 1,
  };
}

/** Moves a domain's counters by `delta` (one statement; nothing when every difference is zero). */
export async function addToCounters(db: Db, domainId: string, delta: Counts): Promise<void> {
  const changed = COUNTER_NAMES.filter((n) => delta[n] !== 0);
  if (changed.length === 0) return;
  await execute(db, `UPDATE domain_counters SET ${changed.map((n) => `${COLUMN[n]} = ${COLUMN[n]} + ?`).join(", ")} WHERE domain_id = ?`, [
    ...changed.map((n) => delta[n]),
    domainId,
  ]);
}

/** The counters of a new domain (all zero). */
export async function insertCounters(db: Db, domainId: string, accountId: string): Promise<void> {
  await execute(db, "INSERT INTO domain_counters (domain_id, account_id) VALUES (?, ?)", [domainId, accountId]);
}

const SELECT = `SELECT domain_id, ${COUNTER_NAMES.map((n) => `${COLUMN[n]} AS ${n}`).join(", ")} FROM domain_counters`;

function countsOf(rows: Record<string, unknown>[]): Map<string, Counts> {
  return new Map(rows.map((r) => [String(r.domain_id), Object.fromEntries(COUNTER_NAMES.map((n) => [n, Number(r[n] ?? 0)])) as Counts]));
}

/** The counters of every domain of an account. */
export async function accountCounters(db: Db, accountId: string): Promise<Map<string, Counts>> {
  return countsOf((await execute<Record<string, unknown>>(db, `${SELECT} WHERE account_id = ?`, [accountId])).rows);
}

/** The counters of some domains. */
export async function domainCounters(db: Db, domainIds: readonly string[], accountId?: string): Promise<Map<string, Counts>> {
  if (domainIds.length === 0) return new Map();
  const account = accountId === undefined ? "" : " AND account_id = ?";
  return countsOf((await execute<Record<string, unknown>>(db, `${SELECT} WHERE domain_id IN (${placeholders(domainIds.length)})${account}`, [...domainIds, ...(accountId === undefined ? [] : [accountId])])).rows);
}

/** The counters as a recount from the users and devices would have them (what the tests compare with). */
export async function recountedCounters(db: Db, accountId: string): Promise<Map<string, Counts>> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT dm.id AS domain_id,
            COUNT(u.id) AS mailboxes,
            SUM(CASE WHEN u.verified_devices > 0 THEN 1 ELSE 0 END) AS enrolled,
            SUM(CASE WHEN u.mfa_locked_at IS NOT NULL THEN 1 ELSE 0 END) AS locked,
            SUM(CASE WHEN u.mfa_locked_at IS NOT NULL AND u.verified_devices > 0 THEN 1 ELSE 0 END) AS lockedEnrolled,
            SUM(CASE WHEN u.mfa_override = 'DEFAULT' THEN 1 ELSE 0 END) AS followers,
            SUM(CASE WHEN u.mfa_override = 'DEFAULT' AND u.verified_devices > 0 THEN 1 ELSE 0 END) AS followersEnrolled,
            SUM(CASE WHEN ${hasVerified("TOTP")} THEN 1 ELSE 0 END) AS totp,
            SUM(CASE WHEN ${hasVerified("SMS")} THEN 1 ELSE 0 END) AS sms,
            SUM(CASE WHEN ${hasVerified("WEBAUTHN")} THEN 1 ELSE 0 END) AS webauthn,
            SUM(CASE WHEN u.mfa_override = 'DEFAULT' AND ${hasVerified("WEBAUTHN")} THEN 1 ELSE 0 END) AS followersWebauthn
       FROM domains dm LEFT JOIN users u ON u.domain_id = dm.id AND u.kind = 'MAILBOX'
      WHERE dm.account_id = ?
      GROUP BY dm.id`,
    [accountId],
  );
  return countsOf(rows);
}
