import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import { runBatch, type Statement } from "#src/db/batch.js";
import { newOpaqueToken, tokenHash } from "#src/modules/sessions/tokens.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { LoginChallengeEntity } from "./login-challenge.entity.js";
import {
  consumeChallenge,
  endOpenChallenges,
  findChallengeWithUser,
  insertChallenge,
  recordSmsSend,
  recordWebAuthnChallenge,
  spendSmsCode,
  spendWebAuthnChallenge,
} from "./challenges.queries.js";

const CHALLENGE_TTL_MS = 10 * 60_000;
export const PASSCODE_RESEND_INTERVAL_MS = 30_000;
export const PASSCODE_SENDS_PER_CHALLENGE = 5;
/** The expiry a texted code gets once spent: told apart from a wrong code when sent again. */
export const SPENT = 0;

export type LiveChallenge = { challenge: LoginChallengeEntity; user: UserEntity };

/**
 * The one owner of login challenges (the state between the password and the passcode): opens
 * them, records texted codes, spends and completes them, and ends a user's open ones when their
 * factors or lock state change (a reset, a removed phone, a lock, an unlock).
 */
export class ChallengeService {
  constructor(private readonly dataSource: DataSource, private readonly now: () => number = Date.now) {}

  async open(input: { userId: string; channel: string; ip: string | null }): Promise<{ challengeId: string; expiresAt: number }> {
    const { statement, challengeId, expiresAt } = this.prepareOpen(input);
    await runBatch(this.dataSource, [statement]);
    return { challengeId, expiresAt };
  }

  /** A new challenge's id and the statement that stores it, for the caller to send with its other writes. */
  prepareOpen(input: { userId: string; channel: string; ip: string | null }): { statement: Statement; challengeId: string; expiresAt: number } {
    const challengeId = newOpaqueToken();
    const now = this.now();
    const expiresAt = now + CHALLENGE_TTL_MS;
    return { statement: insertChallenge({ idHash: tokenHash(challengeId), userId: input.userId, channel: input.channel, createdAt: now, expiresAt, ip: input.ip }), challengeId, expiresAt };
  }

  /** The challenge of an id and its user, live or not, or null when unknown. */
  async lookup(challengeId: string): Promise<(LiveChallenge & { live: boolean }) | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(challengeId)) return null;
    const found = await findChallengeWithUser(this.dataSource, tokenHash(challengeId));
    if (!found) return null;
    return { ...found, live: found.challenge.consumedAt === null && found.challenge.expiresAt > this.now() };
  }

  /** The live challenge of an id and its user, or null (unknown, completed, ended or expired). */
  async live(challengeId: string): Promise<LiveChallenge | null> {
    const found = await this.lookup(challengeId);
    return found?.live ? found : null;
  }

  /** Records a new texted code (the previous one stops working); false when the budget or interval refuses. */
  async recordText(challenge: LoginChallengeEntity, input: { deviceId: string; codeHash: string; codeExpiresAt: number }): Promise<boolean> {
    const now = this.now();
    const affected = await recordSmsSend(this.dataSource, {
      idHash: challenge.idHash,
      ...input,
      now,
      maxSends: PASSCODE_SENDS_PER_CHALLENGE,
      sentBefore: now - PASSCODE_RESEND_INTERVAL_MS,
    });
    return affected === 1;
  }

  /** Spends the texted code: no row changed when another request spent it first. */
  spendText(challenge: LoginChallengeEntity, codeHash: string): Statement {
    return spendSmsCode(challenge.idHash, codeHash, SPENT);
  }

  /** Records the WebAuthn challenge offered for this sign-in or step-up (an earlier one stops working); false when it is no longer live. */
  async recordWebAuthn(challenge: LoginChallengeEntity, challengeHash: string): Promise<boolean> {
    return (await recordWebAuthnChallenge(this.dataSource, { idHash: challenge.idHash, challengeHash, now: this.now() })) === 1;
  }

  /** Spends the WebAuthn challenge: no row changed when another request spent it first. */
  spendWebAuthn(challenge: LoginChallengeEntity, challengeHash: string): Statement {
    return spendWebAuthnChallenge(challenge.idHash, challengeHash);
  }

  /** Completes the challenge: no row changed when it was completed, ended or expired meanwhile. */
  complete(challenge: LoginChallengeEntity, now: number = this.now()): Statement {
    return consumeChallenge(challenge.idHash, now);
  }

  /** Ends every open challenge of a user: a code already texted or typed no longer completes a sign-in. */
  endFor(userId: string, db: Db = this.dataSource): Promise<number> {
    return endOpenChallenges(db, { userId, now: this.now() });
  }

  /** Ends the open challenges whose code went to this phone. */
  endForDevice(userId: string, deviceId: string, db: Db = this.dataSource): Promise<number> {
    return endOpenChallenges(db, { userId, now: this.now(), smsDeviceId: deviceId });
  }
}
