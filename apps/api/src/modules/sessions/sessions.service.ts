import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import type { Db } from "#src/db/db.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { SessionEntity } from "./session.entity.js";
import {
  findRevokedReason,
  findUnrevokedWithUser,
  insertSession,
  markMfaPassed,
  recordStepUp,
  revokeSession,
  revokeSessions,
  spendStepUp,
  touchSession,
  type SessionKind,
  type SessionScope,
} from "./sessions.queries.js";
import { isWellFormedToken, newOpaqueToken, tokenHash } from "./tokens.js";

/** A reason for a refused token that its holder may be told. */
export type SignedOutReason = "POLICY_REQUIRED";

export type AuthMethod = "PASSWORD" | "OTPPASSCODE" | "PASSCODE" | "RECOVERY_CODE" | "BYPASS_CODE";

export interface IssuedSession {
  token: string;
  session: Pick<SessionEntity, "id" | "userId" | "mfaPassed" | "restricted" | "expiresAt">;
}

export interface ActiveSession {
  session: SessionEntity;
  user: UserEntity;
}

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

  async issue(
    input: {
      userId: string;
      mfaPassed: boolean;
      restricted: boolean;
      methods: AuthMethod[];
      /** Whether signing in proved the user's strongest factor (a second factor, or the password of a user who has none). */
      proven: boolean;
      ip: string | null;
      userAgent: string | null;
    },
    db: Db = this.dataSource,
  ): Promise<IssuedSession> {
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
      expiresAt: now + this.config.session.absoluteMs,
      proofAt: input.proven ? now : 0,
      ip: input.ip,
      userAgent: input.userAgent,
    };
    await insertSession(db, row);
    return { token, session: row };
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
   * Why a token no longer works, told only to its holder and only when it helps them: the session was ended
   * because a policy now requires MFA (and would otherwise still be within its absolute lifetime).
   */
  async signedOutReason(token: string): Promise<SignedOutReason | null> {
    if (!isWellFormedToken(token)) return null;
    const found = await findRevokedReason(this.dataSource, tokenHash(token));
    if (!found || found.reason !== "POLICY_REQUIRED" || this.now() >= found.expiresAt) return null;
    return "POLICY_REQUIRED";
  }

  hasRecentProof(session: SessionEntity): boolean {
    return session.proofAt > 0 && this.now() - session.proofAt <= this.config.session.recentProofMs;
  }

  /** A step-up passed: a recent proof, and one step-up for an action that asks every time. */
  async recordStepUp(sessionId: string): Promise<void> {
    await recordStepUp(this.dataSource, sessionId, this.now());
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
