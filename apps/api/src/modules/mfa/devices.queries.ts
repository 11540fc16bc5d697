import type { DeviceKind } from "@mfa/core";
import { IsNull, Not } from "typeorm";
import { managerOf, type Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";
import { DeviceEntity } from "./device.entity.js";

/** Every statement on `devices`, and the user columns derived from them (`mfa_enabled`, `verified_devices`). */

export const listDevices = (db: Db, userId: string) => managerOf(db).find(DeviceEntity, { where: { userId }, order: { createdAt: "ASC" } });

export const findDevice = (db: Db, userId: string, deviceId: string) => managerOf(db).findOneBy(DeviceEntity, { id: deviceId, userId });

export const countDevices = (db: Db, userId: string) => managerOf(db).count(DeviceEntity, { where: { userId } });

export const countVerified = (db: Db, userId: string, exceptId?: string, kind?: DeviceKind) =>
  managerOf(db).count(DeviceEntity, { where: { userId, verifiedAt: Not(IsNull()), ...(exceptId ? { id: Not(exceptId) } : {}), ...(kind ? { kind } : {}) } });

export const hasVerifiedDefault = (db: Db, userId: string) => managerOf(db).exists(DeviceEntity, { where: { userId, isDefault: true, verifiedAt: Not(IsNull()) } });

export const verifiedDevices = (db: Db, userId: string) =>
  managerOf(db).find(DeviceEntity, { where: { userId, verifiedAt: Not(IsNull()) }, order: { createdAt: "ASC" } });

export async function insertDevice(db: Db, device: DeviceEntity): Promise<void> {
  await managerOf(db).insert(DeviceEntity, device);
}

/** Records a texted verification code within the device's budget of sends and interval: 1 when recorded. */
export async function recordVerificationSend(
  db: Db,
  input: { deviceId: string; codeHash: string; codeExpiresAt: number; now: number; maxSends: number; sentBefore: number },
): Promise<number> {
  const { affected } = await execute(
    db,
    `UPDATE devices SET verify_code_hash = ?, verify_code_expires_at = ?, verify_last_sent_at = ?, verify_send_count = verify_send_count + 1, verify_attempts = 0
     WHERE id = ? AND verified_at IS NULL AND verify_send_count < ? AND (verify_last_sent_at IS NULL OR verify_last_sent_at <= ?)`,
    [input.codeHash, input.codeExpiresAt, input.now, input.deviceId, input.maxSends, input.sentBefore],
  );
  return affected;
}

/** Counts one try at a pending code, atomically: 1 while the code has tries left. */
export async function countVerifyAttempt(db: Db, deviceId: string, maxAttempts: number): Promise<number> {
  const { affected } = await execute(db, "UPDATE devices SET verify_attempts = verify_attempts + 1 WHERE id = ? AND verify_attempts < ? AND verify_code_hash IS NOT NULL", [
    deviceId,
    maxAttempts,
  ]);
  return affected;
}

/** Counts one try at verifying a pending authenticator, atomically: 1 while it has tries left. */
export async function countSetupAttempt(db: Db, deviceId: string, maxAttempts: number): Promise<number> {
  const { affected } = await execute(db, "UPDATE devices SET verify_attempts = verify_attempts + 1 WHERE id = ? AND verify_attempts < ? AND verified_at IS NULL", [
    deviceId,
    maxAttempts,
  ]);
  return affected;
}

/** Marks a pending device verified: 1 for the one request that does. */
export async function markVerified(db: Db, input: { deviceId: string; now: number; timeStep: number | null }): Promise<number> {
  const { affected } = await execute(
    db,
    "UPDATE devices SET verified_at = ?, last_used_at = ?, last_time_step = ?, verify_code_hash = NULL, verify_code_expires_at = NULL WHERE id = ? AND verified_at IS NULL",
    [input.now, input.now, input.timeStep, input.deviceId],
  );
  return affected;
}

/** One default at a time; the default is never also the backup number. */
export async function setDefaultDevice(db: Db, userId: string, deviceId: string): Promise<void> {
  await execute(db, "UPDATE devices SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END, is_backup = CASE WHEN id = ? THEN 0 ELSE is_backup END WHERE user_id = ?", [
    deviceId,
    deviceId,
    userId,
  ]);
}

/** One backup number at a time, never the default (a phone made the default meanwhile ends up neither). */
export async function setBackupPhone(db: Db, userId: string, deviceId: string): Promise<void> {
  await execute(db, "UPDATE devices SET is_backup = CASE WHEN id = ? AND is_default = 0 THEN 1 ELSE 0 END WHERE user_id = ? AND kind = 'SMS'", [deviceId, userId]);
}

/** Removes a device still waiting for its proof of possession: 1 when it was pending (and is gone). */
export async function deletePendingDevice(db: Db, userId: string, deviceId: string): Promise<number> {
  return (await execute(db, "DELETE FROM devices WHERE id = ? AND user_id = ? AND verified_at IS NULL", [deviceId, userId])).affected;
}

export async function deleteDevice(db: Db, userId: string, deviceId: string): Promise<void> {
  await execute(db, "DELETE FROM devices WHERE id = ? AND user_id = ?", [deviceId, userId]);
}

export async function deleteAllDevices(db: Db, userId: string): Promise<number> {
  return (await execute(db, "DELETE FROM devices WHERE user_id = ?", [userId])).affected;
}

/** Spends a TOTP time step: 1 when this step (and every earlier one) was not spent before. */
export function spendTimeStep(deviceId: string, timeStep: number, now: number): Statement {
  return statement("UPDATE devices SET last_time_step = ?, last_used_at = ? WHERE id = ? AND (last_time_step IS NULL OR last_time_step < ?)", [timeStep, now, deviceId, timeStep]);
}

export function touchDevice(deviceId: string, now: number): Statement {
  return statement("UPDATE devices SET last_used_at = ? WHERE id = ?", [now, deviceId]);
}

/** Recounts the user's verified devices (the number the admin pages filter and aggregate on). */
export async function recountVerified(db: Db, userId: string): Promise<void> {
  await execute(db, "UPDATE users SET verified_devices = (SELECT COUNT(*) FROM devices d WHERE d.user_id = ? AND d.verified_at IS NOT NULL) WHERE id = ?", [userId, userId]);
}

export async function setMfaEnabled(db: Db, userId: string, enabled: boolean): Promise<void> {
  await execute(db, "UPDATE users SET mfa_enabled = ? WHERE id = ?", [enabled ? 1 : 0, userId]);
}

export async function mfaEnabledOf(db: Db, userId: string): Promise<{ mfaEnabled: boolean; locked: boolean }> {
  const { rows } = await execute<{ mfa_enabled: number | string | boolean; mfa_locked_at: unknown }>(db, "SELECT mfa_enabled, mfa_locked_at FROM users WHERE id = ?", [userId]);
  const row = rows[0];
  return { mfaEnabled: Boolean(Number(row?.mfa_enabled ?? 0)), locked: row?.mfa_locked_at != null };
}

/** The user's verified WebAuthn credentials (passkeys and security keys), oldest first. */
export const webAuthnDevices = (db: Db, userId: string) =>
  managerOf(db).find(DeviceEntity, { where: { userId, kind: "WEBAUTHN", verifiedAt: Not(IsNull()) }, order: { createdAt: "ASC" } });

/** Whether a credential id is registered already (to anyone). */
export const credentialTaken = (db: Db, credentialId: string) => managerOf(db).exists(DeviceEntity, { where: { credentialId } });

/**
 * Verifies a pending WebAuthn device with its credential, spending the registration challenge it was
 * started with: 1 for the one request that does, while the challenge has not expired.
 */
export async function markCredentialVerified(
  db: Db,
  input: { deviceId: string; now: number; challengeHash: string; credentialId: string; publicKey: string; counter: number; transports: string[] },
): Promise<number> {
  const { affected } = await execute(
    db,
    `UPDATE devices SET verified_at = ?, last_used_at = ?, credential_id = ?, public_key = ?, sign_count = ?, transports = ?, verify_code_hash = NULL, verify_code_expires_at = NULL
     WHERE id = ? AND kind = 'WEBAUTHN' AND verified_at IS NULL AND verify_code_hash = ? AND verify_code_expires_at > ?`,
    [input.now, input.now, input.credentialId, input.publicKey, input.counter, input.transports.join(",") || null, input.deviceId, input.challengeHash, input.now],
  );
  return affected;
}

/** Records the signature counter of a passing assertion: 1 when the counter was still the one the check read. */
export function spendSignCount(deviceId: string, stored: number, received: number, now: number): Statement {
  return statement("UPDATE devices SET sign_count = ?, last_used_at = ? WHERE id = ? AND sign_count = ? AND verified_at IS NOT NULL", [received, now, deviceId, stored]);
}

export async function renameDevice(db: Db, userId: string, deviceId: string, name: string): Promise<number> {
  return (await execute(db, "UPDATE devices SET name = ? WHERE id = ? AND user_id = ?", [name, deviceId, userId])).affected;
}

/** Phones whose digest is missing or under another key than `keyId` (a batch, for the start-up recomputation). */
export async function phonesToDigest(db: Db, keyId: string, limit: number): Promise<{ id: string; phone: string }[]> {
  const { rows } = await execute<{ id: string; phone_e164: string }>(
    db,
    "SELECT id, phone_e164 FROM devices WHERE phone_e164 IS NOT NULL AND (phone_digest IS NULL OR phone_digest NOT LIKE ?) ORDER BY id LIMIT ?",
    [`${keyId}.%`, limit],
  );
  return rows.map((r) => ({ id: r.id, phone: r.phone_e164 }));
}

export async function setPhoneDigest(db: Db, deviceId: string, digest: string): Promise<void> {
  await execute(db, "UPDATE devices SET phone_digest = ? WHERE id = ?", [digest, deviceId]);
}
