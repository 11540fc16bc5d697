import { randomUUID } from "node:crypto";
import { type DataSource, type EntityManager, In, IsNull } from "typeorm";
import type { Config } from "#src/config/config.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { execute } from "#src/db/sql.js";
import { SessionEntity } from "./session.entity.js";
import { isWellFormedToken, newOpaqueToken, tokenHash } from "./tokens.js";

export type AuthMethod = "PASSWORD" | "OTPPASSCODE" | "PASSCODE" | "RECOVERY_CODE";

export interface IssuedSession {
  token: string;
  session: SessionEntity;
}

export interface ActiveSession {
  session: SessionEntity;
  user: UserEntity;
}

/** How often a session's last-seen time is written back (idle expiry has minute precision). */
const TOUCH_INTERVAL_MS = 60_000;

/** Issues, finds, refreshes and revokes sessions. Only token hashes are stored. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(
    input: { userId: string; mfaPassed: boolean; restricted: boolean; methods: AuthMethod[]; ip: string | null; userAgent: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuedSession> {
    const token = newOpaqueToken();
    const now = this.now();
    const session = manager.create(SessionEntity, {
      id: randomUUID(),
      tokenHash: tokenHash(token),
      userId: input.userId,
      mfaPassed: input.mfaPassed,
      restricted: input.restricted,
      authMethods: [...new Set(input.methods)].join(","),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + this.config.session.absoluteMs,
      proofAt: now,
      revokedAt: null,
      revokedReason: null,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await execute(
      manager,
      `INSERT INTO sessions (id, token_hash, user_id, mfa_passed, restricted, auth_methods, created_at, last_seen_at, expires_at, proof_at, revoked_at, revoked_reason, ip, user_agent)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
      [session.id, session.tokenHash, session.userId, session.mfaPassed ? 1 : 0, session.restricted ? 1 : 0, session.authMethods, now, now, session.expiresAt, now, session.ip, session.userAgent],
    );
    return { token, session };
  }

  /** The live session of a token, or null: unknown, revoked, idle too long or past its absolute expiry. */
  async authenticate(token: string): Promise<ActiveSession | null> {
    if (!isWellFormedToken(token)) return null;
    // One statement on the hot path: the session and its user, joined.
    const session = await this.dataSource.manager
      .createQueryBuilder(SessionEntity, "s")
      .innerJoinAndSelect("s.user", "u")
      .where("s.token_hash = :hash AND s.revoked_at IS NULL", { hash: tokenHash(token) })
      .getOne();
    if (!session?.user) return null;
    const now = this.now();
    if (now >= session.expiresAt || now >= session.lastSeenAt + this.config.session.idleMs) return null;
    if (now - session.lastSeenAt >= TOUCH_INTERVAL_MS) {
      await this.dataSource.manager.update(SessionEntity, { id: session.id, revokedAt: IsNull() }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    const { user, ...rest } = session;
    return { session: Object.assign(new SessionEntity(), rest), user };
  }

  idleExpiresAt(session: SessionEntity): number {
    return Math.min(session.expiresAt, session.lastSeenAt + this.config.session.idleMs);
  }

  hasRecentProof(session: SessionEntity): boolean {
    return this.now() - session.proofAt <= this.config.session.recentProofMs;
  }

  async recordProof(sessionId: string): Promise<void> {
    await this.dataSource.manager.update(SessionEntity, { id: sessionId }, { proofAt: this.now() });
  }

  async revoke(sessionId: string, reason: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: this.now(), revokedReason: reason });
  }

  /** Revokes every live session of a user, except one if given. Returns how many. */
  async revokeAllOf(userId: string, reason: string, exceptSessionId?: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const qb = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: this.now(), revokedReason: reason })
      .where("user_id = :userId AND revoked_at IS NULL", { userId });
    if (exceptSessionId) qb.andWhere("id <> :exceptSessionId", { exceptSessionId });
    const result = await qb.execute();
    return result.affected ?? 0;
  }

  /** Revokes every setup-only session of a user. */
  async revokeRestrictedOf(userId: string, reason: string): Promise<number> {
    const result = await this.dataSource.manager.update(SessionEntity, { userId, restricted: true, revokedAt: IsNull() }, { revokedAt: this.now(), revokedReason: reason });
    return result.affected ?? 0;
  }

  /** Revokes, in one statement, the sessions of these users that did not pass MFA. */
  async revokeWithoutMfa(userIds: string[], reason: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    if (userIds.length === 0) return 0;
    const result = await manager.update(
      SessionEntity,
      { userId: In(userIds), mfaPassed: false, revokedAt: IsNull() },
      { revokedAt: this.now(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }
}
