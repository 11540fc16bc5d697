import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import { newOpaqueToken, tokenHash } from "#src/modules/sessions/tokens.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { LoginChallengeEntity } from "./login-challenge.entity.js";
import { consumeChallenge, endOpenChallenges, findChallengeWithUser, insertChallenge, recordSmsSend, spendSmsCode } from "./challenges.queries.js";

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
    const challengeId = newOpaqueToken();
    const now = this.now();
    const expiresAt = now + CHALLENGE_TTL_MS;
    await insertChallenge(this.dataSource, { idHash: tokenHash(challengeId), userId: input.userId, channel: input.channel, createdAt: now, expiresAt, ip: input.ip });
    return { challengeId, expiresAt };
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

  /** Spends the texted code; false when another request spent it first. */
  async spendText(challenge: LoginChallengeEntity, codeHash: string): Promise<boolean> {
    return (await spendSmsCode(this.dataSource, challenge.idHash, codeHash, SPENT)) === 1;
  }

  /** Completes the challenge; false when it was completed, ended or expired meanwhile. */
  async complete(challenge: LoginChallengeEntity): Promise<boolean> {
    return (await consumeChallenge(this.dataSource, challenge.idHash, this.now())) === 1;
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
