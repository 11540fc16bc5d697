import { randomUUID } from "node:crypto";
import {
  buildOtpauthUri,
  canDisableMfa,
  canUseMfa,
  generateNumericCode,
  generateRecoveryCodes,
  generateTotpSecret,
  hashOneTimeCode,
  hashRecoveryCode,
  normalizePhone,
  oneTimeCodeExpiry,
  parsePasscode,
  renderQrPngDataUrl,
  renderRecoveryCodesText,
  verifyOneTimeCode,
  verifyTotp,
  type PolicyLevel,
  type Sealer,
} from "@mfa/core";
import { type DataSource, type EntityManager, IsNull, Not } from "typeorm";
import type { Config } from "#src/config/config.js";
import { execute } from "#src/db/sql.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { SessionService } from "#src/modules/auth/session.service.js";
import type { SmsService } from "#src/modules/sms/sms.service.js";
import { verificationCodeMessage } from "#src/modules/sms/sms-message.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { DeviceEntity } from "./device.entity.js";
import { mfaErrors } from "./mfa.errors.js";
import { totpSecretAad } from "./passcode-check.js";
import { RecoveryCodeEntity } from "./recovery-code.entity.js";

export const MAX_DEVICES = 10;
const VERIFY_CODE_TTL_MS = 10 * 60_000;
const VERIFY_RESEND_INTERVAL_MS = 30_000;
const VERIFY_SENDS_MAX = 5;
const VERIFY_ATTEMPTS_MAX = 5;

export interface Actor {
  user: UserEntity;
  ip: string | null;
}

/** A user's own second factors: enrol, verify, choose the default, remove; recovery codes. */
export class MfaService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      config: Config;
      sealer: Sealer;
      codeKey: Uint8Array;
      audit: AuditService;
      sessions: SessionService;
      sms: SmsService;
      policyOf: (user: UserEntity) => Promise<PolicyLevel>;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private get manager(): EntityManager {
    return this.deps.dataSource.manager;
  }

  private audit(actor: Actor, action: AuditAction, outcome: "SUCCESS" | "FAILURE", detail?: Record<string, string | number | boolean | null>) {
    return this.deps.audit.record({ accountId: actor.user.accountId, actorId: actor.user.id, targetUserId: actor.user.id, action, outcome, detail, ip: actor.ip });
  }

  devices(userId: string): Promise<DeviceEntity[]> {
    return this.manager.find(DeviceEntity, { where: { userId }, order: { createdAt: "ASC" } });
  }

  hasVerifiedDevice(userId: string): Promise<boolean> {
    return this.manager.exists(DeviceEntity, { where: { userId, verifiedAt: Not(IsNull()) } });
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    return this.manager.count(RecoveryCodeEntity, { where: { userId, usedAt: IsNull() } });
  }

  async ownDevice(userId: string, deviceId: string): Promise<DeviceEntity> {
    const device = /^[0-9a-f-]{36}$/i.test(deviceId) ? await this.manager.findOneBy(DeviceEntity, { id: deviceId, userId }) : null;
    if (!device) throw mfaErrors.deviceNotFound();
    return device;
  }

  private async assertCanEnrol(user: UserEntity): Promise<void> {
    if (!canUseMfa(await this.deps.policyOf(user))) throw mfaErrors.mfaOff();
    const count = await this.manager.count(DeviceEntity, { where: { userId: user.id } });
    if (count >= MAX_DEVICES) throw mfaErrors.tooManyDevices(MAX_DEVICES);
  }

  /** Starts an authenticator: the secret, its otpauth URI and a QR code, shown this once. */
  async enrollTotp(actor: Actor, name: string) {
    await this.assertCanEnrol(actor.user);
    const secret = generateTotpSecret();
    const id = randomUUID();
    const device = this.manager.create(DeviceEntity, {
      ...this.blankDevice(actor.user.id, id, name, "TOTP"),
      secretSealed: this.deps.sealer.seal(secret, totpSecretAad(id)),
    });
    await this.manager.insert(DeviceEntity, device);
    const uri = buildOtpauthUri({ issuer: this.deps.config.issuer, accountName: actor.user.username, secret });
    await this.audit(actor, AuditAction.DEVICE_ENROLLMENT_STARTED, "SUCCESS", { deviceId: id, kind: "TOTP" });
    return { device, secret, uri, qrCodeDataUrl: await renderQrPngDataUrl(uri) };
  }

  /** Adds a phone and texts it a verification code. */
  async addPhone(actor: Actor, input: { country: string; number: string; name: string }) {
    await this.assertCanEnrol(actor.user);
    const phone = normalizePhone(input.country, input.number);
    if (!phone.ok) throw mfaErrors.badPhone(phone.message, phone.code);
    const id = randomUUID();
    const device = this.manager.create(DeviceEntity, { ...this.blankDevice(actor.user.id, id, input.name, "SMS"), phoneE164: phone.e164 });
    await this.manager.insert(DeviceEntity, device);
    await this.audit(actor, AuditAction.DEVICE_ENROLLMENT_STARTED, "SUCCESS", { deviceId: id, kind: "SMS" });
    await this.sendVerification(actor, device);
    return this.ownDevice(actor.user.id, id);
  }

  async resendPhoneVerification(actor: Actor, deviceId: string) {
    const device = await this.ownDevice(actor.user.id, deviceId);
    if (device.kind !== "SMS") throw mfaErrors.notAPhone();
    if (device.verifiedAt !== null) throw mfaErrors.alreadyVerified();
    await this.sendVerification(actor, device);
    return this.ownDevice(actor.user.id, deviceId);
  }

  private async sendVerification(actor: Actor, device: DeviceEntity): Promise<void> {
    const now = this.now();
    const code = generateNumericCode(6);
    const { affected } = await execute(
      this.deps.dataSource,
      `UPDATE devices SET verify_code_hash = ?, verify_code_expires_at = ?, verify_last_sent_at = ?, verify_send_count = verify_send_count + 1, verify_attempts = 0
       WHERE id = ? AND verified_at IS NULL AND verify_send_count < ? AND (verify_last_sent_at IS NULL OR verify_last_sent_at <= ?)`,
      [hashOneTimeCode(code, this.deps.codeKey), oneTimeCodeExpiry(now, VERIFY_CODE_TTL_MS), now, device.id, VERIFY_SENDS_MAX, now - VERIFY_RESEND_INTERVAL_MS],
    );
    if (affected !== 1) {
      if (device.verifySendCount >= VERIFY_SENDS_MAX) throw mfaErrors.resendLimit();
      throw mfaErrors.resendTooSoon(Math.max(1_000, (device.verifyLastSentAt ?? now) + VERIFY_RESEND_INTERVAL_MS - now));
    }
    await this.deps.sms.send({
      accountId: actor.user.accountId,
      userId: actor.user.id,
      to: device.phoneE164 as string,
      body: verificationCodeMessage(this.deps.config.issuer, code, VERIFY_CODE_TTL_MS / 60_000),
    });
    await this.audit(actor, AuditAction.DEVICE_VERIFICATION_SENT, "SUCCESS", { deviceId: device.id });
  }

  /**
   * Proves possession of a pending device. The first verified device turns MFA on and becomes
   * the default. Returns whether MFA was just turned on.
   */
  async verifyDevice(actor: Actor, input: { deviceId: string; code: string; makeDefault: boolean }): Promise<{ device: DeviceEntity; firstDevice: boolean }> {
    const device = await this.ownDevice(actor.user.id, input.deviceId);
    if (device.verifiedAt !== null) throw mfaErrors.alreadyVerified();
    const now = this.now();
    const code = parsePasscode(input.code);
    let timeStep: number | null = null;
    if (device.kind === "TOTP") {
      const secret = this.deps.sealer.open(device.secretSealed as string, totpSecretAad(device.id));
      const result = code ? verifyTotp({ secret, code, nowMs: now, lastTimeStep: device.lastTimeStep }) : { valid: false as const };
      if (!result.valid) {
        await this.audit(actor, AuditAction.DEVICE_VERIFICATION_FAILED, "FAILURE", { deviceId: device.id });
        throw mfaErrors.invalidCode();
      }
      timeStep = result.timeStep;
    } else {
      // Count the attempt first, atomically: a pending code survives at most five wrong tries.
      const { affected } = await execute(
        this.deps.dataSource,
        "UPDATE devices SET verify_attempts = verify_attempts + 1 WHERE id = ? AND verify_attempts < ? AND verify_code_hash IS NOT NULL",
        [device.id, VERIFY_ATTEMPTS_MAX],
      );
      if (affected !== 1) throw mfaErrors.codeVoid();
      const fresh = await this.ownDevice(actor.user.id, device.id);
      const ok =
        code !== null &&
        fresh.verifyCodeHash !== null &&
        (fresh.verifyCodeExpiresAt ?? 0) > now &&
        verifyOneTimeCode(code, fresh.verifyCodeHash, this.deps.codeKey);
      if (!ok) {
        await this.audit(actor, AuditAction.DEVICE_VERIFICATION_FAILED, "FAILURE", { deviceId: device.id });
        throw mfaErrors.invalidCode();
      }
    }

    let firstDevice = false;
    await this.deps.dataSource.transaction(async (manager) => {
      const { affected } = await execute(
        manager,
        "UPDATE devices SET verified_at = ?, last_used_at = ?, last_time_step = ?, verify_code_hash = NULL, verify_code_expires_at = NULL WHERE id = ? AND verified_at IS NULL",
        [now, now, timeStep, device.id],
      );
      if (affected !== 1) throw mfaErrors.alreadyVerified();
      const others = await manager.count(DeviceEntity, { where: { userId: actor.user.id, verifiedAt: Not(IsNull()), id: Not(device.id) } });
      firstDevice = others === 0;
      const hasDefault = await manager.exists(DeviceEntity, { where: { userId: actor.user.id, isDefault: true, verifiedAt: Not(IsNull()) } });
      if (input.makeDefault || !hasDefault) await this.makeDefault(manager, actor.user.id, device.id);
      if (firstDevice && !actor.user.mfaEnabled) await manager.update(UserEntity, { id: actor.user.id }, { mfaEnabled: true });
      await this.recountVerified(manager, actor.user.id);
    });
    await this.audit(actor, AuditAction.DEVICE_VERIFIED, "SUCCESS", { deviceId: device.id, kind: device.kind });
    if (firstDevice && !actor.user.mfaEnabled) await this.audit(actor, AuditAction.MFA_ENABLED, "SUCCESS");
    return { device: await this.ownDevice(actor.user.id, device.id), firstDevice };
  }

  /** Recounts the user's verified devices (the number the admin pages filter and aggregate on). */
  private async recountVerified(manager: EntityManager, userId: string): Promise<void> {
    await execute(manager, "UPDATE users SET verified_devices = (SELECT COUNT(*) FROM devices d WHERE d.user_id = ? AND d.verified_at IS NOT NULL) WHERE id = ?", [userId, userId]);
  }

  private async makeDefault(manager: EntityManager, userId: string, deviceId: string): Promise<void> {
    await execute(manager, "UPDATE devices SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE user_id = ?", [deviceId, userId]);
  }

  async setDefaultDevice(actor: Actor, deviceId: string): Promise<DeviceEntity> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    if (device.verifiedAt === null) throw mfaErrors.notVerified();
    await this.makeDefault(this.manager, actor.user.id, device.id);
    await this.audit(actor, AuditAction.DEVICE_DEFAULT_SET, "SUCCESS", { deviceId });
    return this.ownDevice(actor.user.id, deviceId);
  }

  /** Marks a verified phone as the backup number (one at a time). */
  async setBackupPhone(actor: Actor, deviceId: string): Promise<DeviceEntity> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    if (device.kind !== "SMS") throw mfaErrors.notAPhone();
    if (device.verifiedAt === null) throw mfaErrors.notVerified();
    await execute(this.manager, "UPDATE devices SET is_backup = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE user_id = ? AND kind = 'SMS'", [deviceId, actor.user.id]);
    await this.audit(actor, AuditAction.DEVICE_BACKUP_SET, "SUCCESS", { deviceId });
    return this.ownDevice(actor.user.id, deviceId);
  }

  async removeDevice(actor: Actor, deviceId: string): Promise<void> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    await this.deps.dataSource.transaction(async (manager) => {
      await manager.delete(DeviceEntity, { id: device.id, userId: actor.user.id });
      const remaining = await manager.find(DeviceEntity, { where: { userId: actor.user.id, verifiedAt: Not(IsNull()) }, order: { createdAt: "ASC" } });
      if (remaining.length === 0) {
        await manager.delete(RecoveryCodeEntity, { userId: actor.user.id });
        await manager.update(UserEntity, { id: actor.user.id }, { mfaEnabled: false });
      } else if (!remaining.some((d) => d.isDefault)) {
        const next = remaining.find((d) => d.kind === "TOTP") ?? remaining[0];
        if (next) await this.makeDefault(manager, actor.user.id, next.id);
      }
      await this.recountVerified(manager, actor.user.id);
    });
    await this.audit(actor, AuditAction.DEVICE_REMOVED, "SUCCESS", { deviceId, kind: device.kind });
  }

  async removeAllDevices(actor: Actor): Promise<number> {
    let removed = 0;
    await this.deps.dataSource.transaction(async (manager) => {
      removed = (await manager.delete(DeviceEntity, { userId: actor.user.id })).affected ?? 0;
      await manager.delete(RecoveryCodeEntity, { userId: actor.user.id });
      await manager.update(UserEntity, { id: actor.user.id }, { mfaEnabled: false, verifiedDevices: 0 });
    });
    await this.audit(actor, AuditAction.DEVICES_REMOVED_ALL, "SUCCESS", { removed });
    return removed;
  }

  /** The user's own switch under OPTIONAL. Turning it on needs a verified device. */
  async setMfaEnabled(actor: Actor, enabled: boolean): Promise<void> {
    const policy = await this.deps.policyOf(actor.user);
    if (!canUseMfa(policy)) throw mfaErrors.mfaOff();
    if (!enabled && !canDisableMfa(policy)) throw mfaErrors.requiredPolicy();
    if (enabled) {
      const verified = await this.manager.count(DeviceEntity, { where: { userId: actor.user.id, verifiedAt: Not(IsNull()) } });
      if (verified === 0) throw mfaErrors.needsDevice();
    }
    await this.manager.update(UserEntity, { id: actor.user.id }, { mfaEnabled: enabled });
    await this.audit(actor, enabled ? AuditAction.MFA_ENABLED : AuditAction.MFA_DISABLED, "SUCCESS");
  }

  /** A new batch of 1-10 single-use recovery codes; the previous batch stops working. */
  async generateRecoveryCodes(actor: Actor, quantity: number): Promise<{ codes: string[]; text: string }> {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10) throw mfaErrors.badQuantity();
    const verified = await this.manager.count(DeviceEntity, { where: { userId: actor.user.id, verifiedAt: Not(IsNull()) } });
    if (verified === 0) throw mfaErrors.needsDevice();
    const codes = generateRecoveryCodes(quantity);
    const batchId = randomUUID();
    const now = this.now();
    await this.deps.dataSource.transaction(async (manager) => {
      await manager.delete(RecoveryCodeEntity, { userId: actor.user.id });
      await manager.insert(
        RecoveryCodeEntity,
        codes.map((code) => ({ id: randomUUID(), userId: actor.user.id, batchId, codeHash: hashRecoveryCode(code), usedAt: null, createdAt: now })),
      );
    });
    await this.audit(actor, AuditAction.RECOVERY_CODES_GENERATED, "SUCCESS", { quantity });
    const text = renderRecoveryCodesText({ issuer: this.deps.config.issuer, accountName: actor.user.username, codes, issuedAtMs: now });
    return { codes, text };
  }

  private blankDevice(userId: string, id: string, name: string, kind: "TOTP" | "SMS"): Partial<DeviceEntity> {
    return {
      id,
      userId,
      kind,
      name: name.trim(),
      secretSealed: null,
      lastTimeStep: null,
      phoneE164: null,
      verifiedAt: null,
      isDefault: false,
      isBackup: false,
      verifyCodeHash: null,
      verifyCodeExpiresAt: null,
      verifyLastSentAt: null,
      verifySendCount: 0,
      verifyAttempts: 0,
      lastUsedAt: null,
      createdAt: this.now(),
    };
  }
}
