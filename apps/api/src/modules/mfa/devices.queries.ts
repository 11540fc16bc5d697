import { IsNull, Not } from "typeorm";
import { managerOf, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";
import { DeviceEntity } from "./device.entity.js";

/** Every statement on `devices`, and the user columns derived from them (`mfa_enabled`, `verified_devices`). */

export const listDevices = (db: Db, userId: string) => managerOf(db).find(DeviceEntity, { where: { userId }, order: { createdAt: "ASC" } });

export const findDevice = (db: Db, userId: string, deviceId: string) => managerOf(db).findOneBy(DeviceEntity, { id: deviceId, userId });

export const countDevices = (db: Db, userId: string) => managerOf(db).count(DeviceEntity, { where: { userId } });

export const countVerified = (db: Db, userId: string, exceptId?: string) =>
  managerOf(db).count(DeviceEntity, { where: { userId, verifiedAt: Not(IsNull()), ...(exceptId ? { id: Not(exceptId) } : {}) } });

export const hasVerifiedDefault = (db: Db, userId: string) => managerOf(db).exists(DeviceEntity, { where: { userId, isDefault: true, verifiedAt: Not(IsNull()) } });

export const verifiedDevices = (db: Db, userId: string) =>
  managerOf(db).find(DeviceEntity, { where: { userId, verifiedAt: Not(IsNull()) }, order: { createdAt: "ASC" } });

export const verifiedTotpDevices = (db: Db, userId: string, deviceId: string | null) =>
  managerOf(db).find(DeviceEntity, { where: { userId, kind: "TOTP", verifiedAt: Not(IsNull()), ...(deviceId ? { id: deviceId } : {}) } });

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

export async function setDefaultDevice(db: Db, userId: string, deviceId: string): Promise<void> {
  await execute(db, "UPDATE devices SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE user_id = ?", [deviceId, userId]);
}

/** One backup number at a time. */
export async function setBackupPhone(db: Db, userId: string, deviceId: string): Promise<void> {
  await execute(db, "UPDATE devices SET is_backup = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE user_id = ? AND kind = 'SMS'", [deviceId, userId]);
}

export async function deleteDevice(db: Db, userId: string, deviceId: string): Promise<void> {
  await execute(db, "DELETE FROM devices WHERE id = ? AND user_id = ?", [deviceId, userId]);
}

export async function deleteAllDevices(db: Db, userId: string): Promise<number> {
  return (await execute(db, "DELETE FROM devices WHERE user_id = ?", [userId])).affected;
}

/** Spends a TOTP time step: 1 when this step (and every earlier one) was not spent before. */
export async function spendTimeStep(db: Db, deviceId: string, timeStep: number, now: number): Promise<number> {
  const { affected } = await execute(
    db,
    "UPDATE devices SET last_time_step = ?, last_used_at = ? WHERE id = ? AND (last_time_step IS NULL OR last_time_step < ?)",
    [timeStep, now, deviceId, timeStep],
  );
  return affected;
}

export async function touchDevice(db: Db, deviceId: string, now: number): Promise<void> {
  await execute(db, "UPDATE devices SET last_used_at = ? WHERE id = ?", [now, deviceId]);
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
