import type { PolicyLevel } from "@mfa/core";
import type { Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";
import { liveWithoutMfaExists } from "#src/modules/sessions/sessions.queries.js";

/** Reads only: the facts the policy rules (in core) decide on. */

export async function policiesOf(db: Db, user: { domainId: string | null; accountId: string }): Promise<{ domainPolicy: PolicyLevel | null; adminPolicy: PolicyLevel | null }> {
  const { rows } = await execute<{ domain_policy: PolicyLevel | null; admin_policy: PolicyLevel }>(
    db,
    "SELECT d.mfa_policy AS domain_policy, a.admin_mfa_policy AS admin_policy FROM accounts a LEFT JOIN domains d ON d.id = ? WHERE a.id = ?",
    [user.domainId, user.accountId],
  );
  return { domainPolicy: rows[0]?.domain_policy ?? null, adminPolicy: rows[0]?.admin_policy ?? null };
}

const FOLLOWERS = "u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT'";

/**
 * Of the first `scan` mailboxes of some domains that follow their domain's policy and have (or have
 * not) a verified device, by name along the domains' follower index, how many were looked at and how
 * many hold a live session that did not pass MFA: a bounded look however large the domains are.
 */
export async function signedInWithoutMfaAmong(
  db: Db,
  domainIds: readonly string[],
  input: { now: number; scan: number; enrolled: boolean },
): Promise<{ scanned: number; matches: number }> {
  if (domainIds.length === 0) return { scanned: 0, matches: 0 };
  const { rows } = await execute<{ scanned: number | string; matches: number | string | null }>(
    db,
    `SELECT COUNT(*) AS scanned, SUM(f.live) AS matches
       FROM (SELECT CASE WHEN ${liveWithoutMfaExists("u.id")} THEN 1 ELSE 0 END AS live
               FROM users u WHERE u.domain_id IN (${placeholders(domainIds.length)}) AND ${FOLLOWERS} AND u.verified_devices ${input.enrolled ? "> 0" : "= 0"}
              LIMIT ${Math.max(1, Math.floor(input.scan))}) f`,
    [input.now, ...domainIds],
  );
  return { scanned: Number(rows[0]?.scanned ?? 0), matches: Number(rows[0]?.matches ?? 0) };
}

/**
 * Mailboxes of some domains that follow their domain's policy and hold a live session that did not
 * pass MFA: the usernames of the first `limit` found (along the domains' follower index), so the
 * statement stops there however large the domains are.
 */
export async function followersSignedInWithoutMfa(db: Db, domainIds: readonly string[], now: number, limit: number): Promise<string[]> {
  if (domainIds.length === 0) return [];
  const { rows } = await execute<{ username: string }>(
    db,
    `SELECT u.username FROM users u
      WHERE u.domain_id IN (${placeholders(domainIds.length)}) AND ${FOLLOWERS} AND ${liveWithoutMfaExists("u.id")}
      LIMIT ${Math.max(1, Math.floor(limit))}`,
    [...domainIds, now],
  );
  return rows.map((r) => String(r.username));
}

/**
 * The first usernames, alphabetically, of the followers of each domain (at most `limit` a domain) without a
 * verified device (`ANY`), or without a verified passkey or security key (`PASSKEY`).
 */
export async function followersWithoutDevice(db: Db, domainIds: readonly string[], limit: number, lacking: "ANY" | "PASSKEY" = "ANY"): Promise<string[]> {
  if (domainIds.length === 0) return [];
  const without =
    lacking === "ANY" ? "u.verified_devices = 0" : "NOT EXISTS (SELECT 1 FROM devices d WHERE d.user_id = u.id AND d.kind = 'WEBAUTHN' AND d.verified_at IS NOT NULL)";
  const one = `SELECT * FROM (SELECT u.username FROM users u WHERE u.domain_id = ? AND ${FOLLOWERS} AND ${without} ORDER BY u.username LIMIT ${Math.max(1, Math.floor(limit))}) t`;
  const { rows } = await execute<{ username: string }>(db, domainIds.map(() => one).join(" UNION ALL "), [...domainIds]);
  return rows.map((r) => String(r.username));
}
