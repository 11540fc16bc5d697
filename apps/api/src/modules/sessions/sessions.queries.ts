import { isSqlite, managerOf, type Db } from "#src/db/db.js";
import { execute, placeholders, statement, type Statement } from "#src/db/sql.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { SessionEntity } from "./session.entity.js";

/** Every statement on the `sessions` table: this file is its only writer. */

export interface SessionRow {
  id: string;
  tokenHash: string;
  userId: string;
  mfaPassed: boolean;
  restricted: boolean;
  authMethods: string;
  createdAt: number;
  expiresAt: number;
  /** When the user last proved their strongest factor (0: not in this session). */
  proofAt: number;
  ip: string | null;
  userAgent: string | null;
}

export function insertSession(row: SessionRow): Statement {
  return statement(
    `INSERT INTO sessions (id, token_hash, user_id, mfa_passed, restricted, auth_methods, created_at, last_seen_at, expires_at, proof_at, revoked_at, revoked_reason, ip, user_agent)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
    [row.id, row.tokenHash, row.userId, row.mfaPassed ? 1 : 0, row.restricted ? 1 : 0, row.authMethods, row.createdAt, row.createdAt, row.expiresAt, row.proofAt, row.ip, row.userAgent],
  );
}

/** A session that is not revoked, with its user, by token hash: one statement on the hot path. */
export async function findUnrevokedWithUser(db: Db, hash: string): Promise<{ session: SessionEntity; user: UserEntity } | null> {
  const found = await managerOf(db)
    .createQueryBuilder(SessionEntity, "s")
    .innerJoinAndSelect("s.user", "u")
    .where("s.token_hash = :hash AND s.revoked_at IS NULL", { hash })
    .getOne();
  if (!found?.user) return null;
  const { user, ...rest } = found;
  return { session: Object.assign(new SessionEntity(), rest), user };
}

/** How the session of a token ended (or not): null when no session ever had this token. */
export async function findEnding(
  db: Db,
  hash: string,
): Promise<{ revokedAt: number | null; revokedReason: string | null; lastSeenAt: number; expiresAt: number } | null> {
  const found = await managerOf(db)
    .createQueryBuilder(SessionEntity, "s")
    .select(["s.revokedAt", "s.revokedReason", "s.lastSeenAt", "s.expiresAt"])
    .where("s.token_hash = :hash", { hash })
    .getOne();
  return found ? { revokedAt: found.revokedAt, revokedReason: found.revokedReason, lastSeenAt: found.lastSeenAt, expiresAt: found.expiresAt } : null;
}

/** A live session as its user (or their admin) sees it in a list: no token hash, no step-up state. */
export interface LiveSessionRow {
  id: string;
  authMethods: string;
  mfaPassed: boolean;
  restricted: boolean;
  createdAt: number;
  lastSeenAt: number;
  ip: string | null;
  userAgent: string | null;
}

/** A user's live sessions (not revoked, within their absolute and idle limits), most recently active first. */
export async function listLiveSessions(db: Db, input: { userId: string; now: number; idleSince: number; limit: number }): Promise<LiveSessionRow[]> {
  const rows = await managerOf(db)
    .createQueryBuilder(SessionEntity, "s")
    .select(["s.id", "s.authMethods", "s.mfaPassed", "s.restricted", "s.createdAt", "s.lastSeenAt", "s.ip", "s.userAgent"])
    .where("s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > :now AND s.last_seen_at > :idleSince", input)
    .orderBy("s.last_seen_at", "DESC")
    .addOrderBy("s.id", "ASC")
    .limit(input.limit)
    .getMany();
  return rows.map((r) => ({
    id: r.id,
    authMethods: r.authMethods,
    mfaPassed: Boolean(r.mfaPassed),
    restricted: Boolean(r.restricted),
    createdAt: r.createdAt,
    lastSeenAt: r.lastSeenAt,
    ip: r.ip,
    userAgent: r.userAgent,
  }));
}

/** Revokes one live session if it is this user's: 1 for the one request that ends it, 0 otherwise. */
export async function revokeUserSession(db: Db, input: { userId: string; id: string; reason: string; now: number }): Promise<number> {
  return (
    await execute(db, "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL AND expires_at > ?", [
      input.now,
      input.reason,
      input.id,
      input.userId,
      input.now,
    ])
  ).affected;
}

export async function touchSession(db: Db, id: string, now: number): Promise<void> {
  await execute(db, "UPDATE sessions SET last_seen_at = ? WHERE id = ? AND revoked_at IS NULL", [now, id]);
}

/** A step-up: the proof, and the single-use step-up that actions asking every time spend. */
export function recordStepUp(id: string, now: number): Statement {
  return statement("UPDATE sessions SET proof_at = ?, step_up_at = ? WHERE id = ?", [now, now, id]);
}

/** The session proved a second factor (a device verified in it): it counts as MFA-passed from now on. */
export async function markMfaPassed(db: Db, id: string, now: number): Promise<void> {
  await execute(db, "UPDATE sessions SET mfa_passed = 1, proof_at = ? WHERE id = ? AND revoked_at IS NULL", [now, id]);
}

/** Spends the session's step-up if it is recent: 1 for the one request that spends it. */
export async function spendStepUp(db: Db, id: string, since: number): Promise<number> {
  return (await execute(db, "UPDATE sessions SET step_up_at = NULL WHERE id = ? AND step_up_at >= ? AND revoked_at IS NULL", [id, since])).affected;
}

/** Whose sessions a revocation reaches. */
export type SessionScope =
  | { readonly users: readonly string[] }
  /** Mailboxes of these domains that follow their domain's policy (no override). */
  | { readonly domainFollowers: readonly string[] }
  /** The account's admins that follow its admin policy (no override). */
  | { readonly accountAdminFollowers: string };

/**
 * Which of their sessions: every live one, only those that did not pass MFA, only those not signed in with a
 * passkey or security key (any other factor, or none), or only setup-only ones.
 */
export type SessionKind = "ALL" | "WITHOUT_MFA" | "WITHOUT_PASSKEY" | "RESTRICTED";


function scopeFilter(scope: SessionScope): { users: string; params: unknown[] } | null {
  if ("users" in scope) {
    return scope.users.length ? { users: `u.id IN (${placeholders(scope.users.length)})`, params: [...scope.users] } : null;
  }
  if ("domainFollowers" in scope) {
    const ids = scope.domainFollowers;
    return ids.length ? { users: `u.domain_id IN (${placeholders(ids.length)}) AND u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT'`, params: [...ids] } : null;
  }
  return { users: "u.account_id = ? AND u.kind = 'ADMIN' AND u.mfa_override = 'DEFAULT'", params: [scope.accountAdminFollowers] };
}

const KIND_FILTER: Record<SessionKind, string> = {
  ALL: "",
  WITHOUT_MFA: " AND s.mfa_passed = 0",
  WITHOUT_PASSKEY: " AND s.auth_methods NOT LIKE '%WEBAUTHN%'",
  RESTRICTED: " AND s.restricted = 1",
};

/**
 * Revokes, in one set-based statement, the live sessions of a scope (sessions past their absolute
 * expiry are left as they are). Returns how many.
 */
export async function revokeSessions(
  db: Db,
  input: { scope: SessionScope; kind: SessionKind; reason: string; now: number; exceptSessionId?: string | null },
): Promise<number> {
  const filter = scopeFilter(input.scope);
  if (!filter) return 0;
  const except = input.exceptSessionId ? " AND s.id <> ?" : "";
  const tail = input.exceptSessionId ? [input.exceptSessionId] : [];
  const live = `s.revoked_at IS NULL AND s.expires_at > ?${KIND_FILTER[input.kind]}${except}`;
  const result = isSqlite(db)
    ? await execute(
        db,
        `UPDATE sessions AS s SET revoked_at = ?, revoked_reason = ? WHERE ${live} AND s.user_id IN (SELECT u.id FROM users u WHERE ${filter.users})`,
        [input.now, input.reason, input.now, ...tail, ...filter.params],
      )
    : await execute(
        db,
        `UPDATE sessions s JOIN users u ON u.id = s.user_id SET s.revoked_at = ?, s.revoked_reason = ? WHERE ${live} AND ${filter.users}`,
        [input.now, input.reason, input.now, ...tail, ...filter.params],
      );
  return result.affected;
}

export async function revokeSession(db: Db, id: string, reason: string, now: number): Promise<void> {
  await execute(db, "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL", [now, reason, id]);
}

/**
 * Whether a user has a live session that did not pass MFA (a fact for the policy preview). Written as a
 * scalar probe rather than EXISTS: MariaDB would turn EXISTS into a semi-join that reads every session
 * of the table, where this probes the user's own sessions by index, row by row, and lets a LIMIT stop early.
 */
export const liveWithoutMfaExists = (userColumn: string) =>
  `(SELECT 1 FROM sessions s WHERE s.user_id = ${userColumn} AND s.revoked_at IS NULL AND s.mfa_passed = 0 AND s.expires_at > ? LIMIT 1) IS NOT NULL`;
