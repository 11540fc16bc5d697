import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import type { Db } from "#src/db/db.js";
import { runBatch, type Statement } from "#src/db/batch.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { SessionEntity } from "./session.entity.js";
import { signedOutReasonOf, type Revocation, type SignedOutReason } from "./signed-out.js";
import {
  findEnding,
  findUnrevokedWithUser,
  listLiveSessions,
  insertSession,
  markMfaPassed,
  recordStepUp,
  revokeSession,
  revokeSessions,
  revokeUserSession,
  spendStepUp,
  touchSession,
  type LiveSessionRow,
  type SessionKind,
  type SessionScope,
} from "./sessions.queries.js";
import { isWellFormedToken, newOpaqueToken, tokenHash } from "./tokens.js";

export type AuthMethod = "PASSWORD" | "OTPPASSCODE" | "PASSCODE" | "WEBAUTHN" | "RECOVERY_CODE" | "BYPASS_CODE" | "REMEMBERED_BROWSER";

export interface IssuedSession {
  token: string;
  session: Pick<SessionEntity, "id" | "userId" | "mfaPassed" | "restricted" | "expiresAt">;
}

interface IssueInput {
  userId: string;
  mfaPassed: boolean;
  restricted: boolean;
  methods: AuthMethod[];
  /** Whether signing in proved the user's strongest factor (a second factor, or the password of a user who has none). */
  proven: boolean;
  ip: string | null;
  userAgent: string | null;
  /**
   * Ends the session this many milliseconds from now at the latest (within its absolute lifetime): a session without
   * MFA taken before a Force-On deadline ends when the deadline comes. A duration, not a time: the rules' clock and
   * the sessions' may differ in tests.
   */
  endsWithinMs?: number;
}

export interface ActiveSession {
  session: SessionEntity;
  user: UserEntity;
}

/** The most sessions a list shows (the most recently active). */
const LIST_LIMIT = 100;

/** How often a session's last-seen time is written back (idle expiry has minute precision). */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The one owner of sessions: issues, finds, refreshes and revokes them (one, or a whole scope).
 * Only token hashes are stored.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(input: IssueInput, db: Db = this.dataSource): Promise<IssuedSession> {
    const { statement, issued } = this.prepare(input);
    await runBatch(db, [statement]);
    return issued;
  }

  /** A new session's token and the statement that stores it, for the caller to send with its other writes. */
  prepare(input: IssueInput): { statement: Statement; issued: IssuedSession } {
    const token = newOpaqueToken();
    const now = this.now();
    const row = {
      id: randomUUID(),
      tokenHash: tokenHash(token),
      userId: input.userId,
      mfaPassed: input.mfaPassed,
      restricted: input.restricted,
      authMethods: [...new Set(input.methods)].join(","),
      createdAt: now,
      expiresAt: now + Math.min(this.config.session.absoluteMs, Math.max(0, input.endsWithinMs ?? Number.POSITIVE_INFINITY)),
      proofAt: input.proven ? now : 0,
      ip: input.ip,
      userAgent: input.userAgent,
    };
    return { statement: insertSession(row), issued: { token, session: row } };
  }

  /** The live session of a token, or null: unknown, revoked, idle too long or past its absolute expiry. */
  async authenticate(token: string): Promise<ActiveSession | null> {
    if (!isWellFormedToken(token)) return null;
    const found = await findUnrevokedWithUser(this.dataSource, tokenHash(token));
    if (!found) return null;
    const { session } = found;
    const now = this.now();
    if (now >= session.expiresAt || now >= session.lastSeenAt + this.config.session.idleMs) return null;
    if (now - session.lastSeenAt >= TOUCH_INTERVAL_MS) {
      await touchSession(this.dataSource, session.id, now);
      session.lastSeenAt = now;
    }
    return found;
  }

  /**
   * Why a token no longer works, told only to its holder: who ended the session (signed out elsewhere, by an
   * admin, a policy now requiring MFA, an MFA reset) or which limit it reached (idle, absolute). A token no
   * session ever had gets nothing.
   */
  async signedOutReason(token: string): Promise<SignedOutReason | null> {
    if (!isWellFormedToken(token)) return null;
    const found = await findEnding(this.dataSource, tokenHash(token));
    return found ? signedOutReasonOf(found, this.now(), this.config.session.idleMs) : null;
  }

  /** A user's live sessions, most recently active first (at most 100). */
  listLive(userId: string): Promise<LiveSessionRow[]> {
    const now = this.now();
    return listLiveSessions(this.dataSource, { userId, now, idleSince: now - this.config.session.idleMs, limit: LIST_LIMIT });
  }

  /** Ends one live session of this user; false when it is not theirs, not live, or already ended (by a parallel request). */
  async revokeOfUser(userId: string, sessionId: string, reason: Revocation, db: Db = this.dataSource): Promise<boolean> {
    return (await revokeUserSession(db, { userId, id: sessionId, reason, now: this.now() })) === 1;
  }

  hasRecentProof(session: SessionEntity): boolean {
    return session.proofAt > 0 && this.now() - session.proofAt <= this.config.session.recentProofMs;
  }

  /** A step-up passed: a recent proof, and one step-up for an action that asks every time (a statement for the proof's transaction). */
  recordStepUp(sessionId: string): Statement {
    return recordStepUp(sessionId, this.now());
  }

  /** A second factor was just proved in this session (a device verified in it). */
  async markMfaPassed(sessionId: string): Promise<void> {
    await markMfaPassed(this.dataSource, sessionId, this.now());
  }

  /** Spends the session's recent step-up; false when there is none (turning MFA off and removing every device ask every time). */
  async spendStepUp(sessionId: string): Promise<boolean> {
    return (await spendStepUp(this.dataSource, sessionId, this.now() - this.config.session.recentProofMs)) === 1;
  }

  async revoke(sessionId: string, reason: string, db: Db = this.dataSource): Promise<void> {
    await revokeSession(db, sessionId, reason, this.now());
  }

  /**
   * Revokes the live sessions of a scope (users, the followers of some domains, the account's
   * admins), all of them or only those without MFA or only setup-only ones, except one if given.
   * Returns how many.
   */
  revokeScope(scope: SessionScope, kind: SessionKind, reason: string, options: { except?: string | null; db?: Db } = {}): Promise<number> {
    return revokeSessions(options.db ?? this.dataSource, { scope, kind, reason, now: this.now(), exceptSessionId: options.except ?? null });
  }
}
