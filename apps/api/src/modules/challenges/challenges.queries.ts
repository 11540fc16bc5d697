import { managerOf, type Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { LoginChallengeEntity } from "./login-challenge.entity.js";

/** Every statement on `login_challenges`: this file is its only writer. */

export function insertChallenge(row: { idHash: string; userId: string; channel: string; createdAt: number; expiresAt: number; ip: string | null }): Statement {
  return statement(
    `INSERT INTO login_challenges (id_hash, user_id, channel, created_at, expires_at, consumed_at, sms_device_id, sms_code_hash, sms_code_expires_at, sms_last_sent_at, sms_send_count, ip)
     VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, 0, ?)`,
    [row.idHash, row.userId, row.channel, row.createdAt, row.expiresAt, row.ip],
  );
}

/** A challenge and its user, in one statement (the passcode step's hot path). */
export async function findChallengeWithUser(db: Db, idHash: string): Promise<{ challenge: LoginChallengeEntity; user: UserEntity } | null> {
  const found = await managerOf(db)
    .createQueryBuilder(LoginChallengeEntity, "c")
    .innerJoinAndSelect("c.user", "u")
    .where("c.id_hash = :hash", { hash: idHash })
    .getOne();
  if (!found?.user) return null;
  const { user, ...challenge } = found;
  return { challenge: Object.assign(new LoginChallengeEntity(), challenge), user };
}

/**
 * Records a text of a new sign-in code: the code hash replaces the previous one, within the
 * challenge's budget of sends and the interval between them. 1 when recorded, 0 otherwise.
 */
export async function recordSmsSend(
  db: Db,
  input: { idHash: string; deviceId: string; codeHash: string; codeExpiresAt: number; now: number; maxSends: number; sentBefore: number },
): Promise<number> {
  const { affected } = await execute(
    db,
    `UPDATE login_challenges SET sms_device_id = ?, sms_code_hash = ?, sms_code_expires_at = ?, sms_last_sent_at = ?, sms_send_count = sms_send_count + 1
     WHERE id_hash = ? AND consumed_at IS NULL AND expires_at > ? AND sms_send_count < ? AND (sms_last_sent_at IS NULL OR sms_last_sent_at <= ?)`,
    [input.deviceId, input.codeHash, input.codeExpiresAt, input.now, input.idHash, input.now, input.maxSends, input.sentBefore],
  );
  return affected;
}

/** Spends the texted code of a challenge (its hash stays, its expiry becomes `spent`): 1 for the one request that spends it. */
export function spendSmsCode(idHash: string, codeHash: string, spent: number): Statement {
  return statement("UPDATE login_challenges SET sms_code_expires_at = ? WHERE id_hash = ? AND sms_code_hash = ? AND sms_code_expires_at > ? AND consumed_at IS NULL", [
    spent,
    idHash,
    codeHash,
    spent,
  ]);
}

/** Records the WebAuthn challenge offered for a live challenge (replacing an earlier one): 1 when recorded. */
export async function recordWebAuthnChallenge(db: Db, input: { idHash: string; challengeHash: string; now: number }): Promise<number> {
  const { affected } = await execute(db, "UPDATE login_challenges SET webauthn_challenge_hash = ? WHERE id_hash = ? AND consumed_at IS NULL AND expires_at > ?", [
    input.challengeHash,
    input.idHash,
    input.now,
  ]);
  return affected;
}

/** Spends the WebAuthn challenge of a challenge: 1 for the one request that spends it. */
export function spendWebAuthnChallenge(idHash: string, challengeHash: string): Statement {
  return statement("UPDATE login_challenges SET webauthn_challenge_hash = NULL WHERE id_hash = ? AND webauthn_challenge_hash = ? AND consumed_at IS NULL", [idHash, challengeHash]);
}

/** Completes a live challenge: 1 for the one request that completes it. */
export function consumeChallenge(idHash: string, now: number): Statement {
  return statement("UPDATE login_challenges SET consumed_at = ? WHERE id_hash = ? AND consumed_at IS NULL AND expires_at > ?", [now, idHash, now]);
}

/** Ends the open challenges of a user (those whose code went to one device, when given). */
export async function endOpenChallenges(db: Db, input: { userId: string; now: number; smsDeviceId?: string }): Promise<number> {
  const device = input.smsDeviceId ? " AND sms_device_id = ?" : "";
  const { affected } = await execute(
    db,
    `UPDATE login_challenges SET consumed_at = ?, sms_code_hash = NULL, sms_code_expires_at = NULL, webauthn_challenge_hash = NULL WHERE user_id = ? AND consumed_at IS NULL AND expires_at > ?${device}`,
    [input.now, input.userId, input.now, ...(input.smsDeviceId ? [input.smsDeviceId] : [])],
  );
  return affected;
}
