import type { ImpactFacts, PolicyLevel, UserOverride } from "@mfa/core";
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

export type FactGroup = ImpactFacts & { count: number };

const FACTS = `d.mfa_policy AS current_policy, u.mfa_override AS override, CASE WHEN u.verified_devices > 0 THEN 1 ELSE 0 END AS has_device,
  CASE WHEN ${liveWithoutMfaExists("u.id")} THEN 1 ELSE 0 END AS has_session`;

/** The mailboxes of some domains, grouped by the facts that decide a switch's impact, with a count each. */
export async function mailboxFactGroups(db: Db, domainIds: readonly string[], now: number): Promise<FactGroup[]> {
  if (domainIds.length === 0) return [];
  const { rows } = await execute<{ current_policy: PolicyLevel; override: UserOverride; has_device: number | string; has_session: number | string; n: number | string }>(
    db,
    `SELECT f.current_policy, f.override, f.has_device, f.has_session, COUNT(*) AS n
       FROM (SELECT ${FACTS} FROM users u JOIN domains d ON d.id = u.domain_id WHERE u.domain_id IN (${placeholders(domainIds.length)}) AND u.kind = 'MAILBOX') f
      GROUP BY f.current_policy, f.override, f.has_device, f.has_session`,
    [now, ...domainIds],
  );
  return rows.map((r) => ({
    kind: "MAILBOX",
    currentPolicy: r.current_policy,
    override: r.override,
    hasVerifiedDevice: Number(r.has_device) === 1,
    hasNonMfaSession: Number(r.has_session) === 1,
    count: Number(r.n),
  }));
}

/** The first usernames, alphabetically, of the mailboxes of some domains whose facts are one of `groups`. */
export async function mailboxSample(db: Db, domainIds: readonly string[], groups: readonly ImpactFacts[], now: number, limit: number): Promise<string[]> {
  if (domainIds.length === 0 || groups.length === 0) return [];
  const match = groups.map(() => "(f.current_policy = ? AND f.override = ? AND f.has_device = ? AND f.has_session = ?)").join(" OR ");
  const params = groups.flatMap((g) => [g.currentPolicy, g.override, g.hasVerifiedDevice ? 1 : 0, g.hasNonMfaSession ? 1 : 0]);
  const { rows } = await execute<{ username: string }>(
    db,
    `SELECT f.username FROM (SELECT u.username, ${FACTS} FROM users u JOIN domains d ON d.id = u.domain_id WHERE u.domain_id IN (${placeholders(domainIds.length)}) AND u.kind = 'MAILBOX') f
      WHERE ${match} ORDER BY f.username LIMIT ${Math.max(1, Math.floor(limit))}`,
    [now, ...domainIds, ...params],
  );
  return rows.map((r) => r.username);
}
