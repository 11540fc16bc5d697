import { randomUUID } from "node:crypto";
import {
  acceptedKinds,
  buildOtpauthUri,
  canDisableMfa,
  canUseMfa,
  generateNumericCode,
  generateTotpSecret,
  normalizePhone,
  oneTimeCodeExpiry,
  parsePasscode,
  renderQrPngDataUrl,
  verifyTotp,
  type OneTimeCodeHasher,
  type DeviceKind,
  type Sealer,
} from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import type { Db } from "#src/db/db.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { RememberedBrowserService } from "#src/modules/remembered-browsers/remembered-browsers.service.js";
import type { AppPasswordService } from "#src/modules/app-passwords/app-passwords.service.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { DomainCounters } from "#src/modules/counters/counters.service.js";
import type { PolicyService } from "#src/modules/policy/policy.service.js";
import type { SmsService } from "#src/modules/sms/sms.service.js";
import { verificationCodeMessage } from "#src/modules/sms/sms-message.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { DeviceEntity } from "./device.entity.js";
import {
  countDevices,
  countVerified,
  countSetupAttempt,
  countVerifyAttempt,
  findDevice,
  hasVerifiedDefault,
  insertDevice,
  markVerified,
  recordVerificationSend,
  recountVerified,
  setBackupPhone,
  setDefaultDevice,
  setMfaEnabled,
  deleteDevice,
  deletePendingDevice,
  renameDevice,
  verifiedDevices,
  phonesToDigest,
  setPhoneDigest,
} from "./devices.queries.js";
import { totpSecretAad, type FactorService } from "./factors.service.js";
import { mfaErrors } from "./mfa.errors.js";
import type { PhoneDigester } from "./phone-digest.js";
import { deleteRecoveryCodes } from "./recovery-codes.queries.js";

const MAX_DEVICES = 10;
const VERIFY_CODE_TTL_MS = 10 * 60_000;
const VERIFY_RESEND_INTERVAL_MS = 30_000;
const VERIFY_SENDS_MAX = 5;
const VERIFY_ATTEMPTS_MAX = 5;

export interface Actor {
  user: UserEntity;
  ip: string | null;
}

export type AuditDetail = Record<string, string | number | boolean | null>;

/** A user's own second factors: enrol, verify, choose the default and the backup, remove, turn MFA on or off. */
export class MfaService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      config: Config;
      sealer: Sealer;
      codes: OneTimeCodeHasher;
      audit: AuditService;
      sms: SmsService;
      policy: PolicyService;
      factors: FactorService;
      challenges: ChallengeService;
      counters: DomainCounters;
      appPasswords: AppPasswordService;
      rememberedBrowsers: RememberedBrowserService;
      /** Digests phone numbers (kept beside each number, so a number shared by many mailboxes is found by index). */
      phones: PhoneDigester;
      /** Told after a phone is verified (the shared-number check); it handles its own failures. */
      onPhoneVerified?: (user: UserEntity, deviceId: string) => Promise<void>;
      now?: () => number;
    },
  ) {}

  /** Gives every phone a digest under the current key (new phones get one when added): after a key rotation, at start-up. */
  async digestPhones(): Promise<number> {
    const { dataSource, phones } = this.deps;
    let done = 0;
    for (let batch = await phonesToDigest(dataSource, phones.keyId, 500); batch.length > 0; batch = await phonesToDigest(dataSource, phones.keyId, 500)) {
      for (const row of batch) await setPhoneDigest(dataSource, row.id, phones.digest(row.phone));
      done += batch.length;
    }
    return done;
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Audits a step of the user; a change passes its transaction (`db`), so its webhook event commits with it. */
  audit(actor: Actor, action: AuditAction, outcome: "SUCCESS" | "FAILURE", detail?: AuditDetail, db?: Db) {
    return this.deps.audit.record({ accountId: actor.user.accountId, actorId: actor.user.id, targetUserId: actor.user.id, action, outcome, detail, ip: actor.ip }, db);
  }

  async ownDevice(userId: string, deviceId: string): Promise<DeviceEntity> {
    const device = /^[0-9a-f-]{36}$/i.test(deviceId) ? await findDevice(this.deps.dataSource, userId, deviceId) : null;
    if (!device) throw mfaErrors.deviceNotFound();
    return device;
  }

  async assertCanEnrol(user: UserEntity, kind: DeviceKind): Promise<void> {
    const policy = await this.deps.policy.policyOf(user);
    if (!canUseMfa(policy)) throw mfaErrors.mfaOff();
    if (!acceptedKinds(policy).includes(kind)) throw mfaErrors.passkeyRequired();
    if ((await countDevices(this.deps.dataSource, user.id)) >= MAX_DEVICES) throw mfaErrors.tooManyDevices(MAX_DEVICES);
  }

  newDevice(userId: string, name: string, kind: DeviceKind, fill: (id: string) => Partial<DeviceEntity>): DeviceEntity {
    const id = randomUUID();
    return Object.assign(new DeviceEntity(), {
      id,
      userId,
      kind,
      name: name.trim(),
      secretSealed: null,
      lastTimeStep: null,
      phoneE164: null,
      phoneDigest: null,
      verifiedAt: null,
      isDefault: false,
      isBackup: false,
      verifyCodeHash: null,
      verifyCodeExpiresAt: null,
      verifyLastSentAt: null,
      verifySendCount: 0,
      verifyAttempts: 0,
      lastUsedAt: null,
      credentialId: null,
      publicKey: null,
      signCount: null,
      transports: null,
      createdAt: this.now(),
      ...fill(id),
    });
  }

  /** Starts an authenticator: the secret, its otpauth URI and a QR code, shown this once. */
  async enrollTotp(actor: Actor, name: string) {
    await this.assertCanEnrol(actor.user, "TOTP");
    const secret = generateTotpSecret();
    const device = this.newDevice(actor.user.id, name, "TOTP", (id) => ({ secretSealed: this.deps.sealer.seal(secret, totpSecretAad(id)) }));
    await insertDevice(this.deps.dataSource, device);
    const uri = buildOtpauthUri({ issuer: this.deps.config.issuer, accountName: actor.user.username, secret, deviceName: device.name });
    await this.audit(actor, AuditAction.DEVICE_ENROLLMENT_STARTED, "SUCCESS", { deviceId: device.id, kind: "TOTP" });
    return { device, secret, uri, qrCodeDataUrl: await renderQrPngDataUrl(uri) };
  }

  /** Adds a phone and texts it a verification code (unless the caller asks for the code in a later step). */
  async addPhone(actor: Actor, input: { country: string; number: string; name: string }, options: { sendCode?: boolean } = {}) {
    await this.assertCanEnrol(actor.user, "SMS");
    const phone = normalizePhone(input.country, input.number);
    if (!phone.ok) throw mfaErrors.badPhone(phone.message, phone.code);
    await this.deps.sms.assertCanText({ accountId: actor.user.accountId, userId: actor.user.id, domainId: actor.user.domainId, to: phone.e164 });
    const device = this.newDevice(actor.user.id, input.name, "SMS", () => ({ phoneE164: phone.e164, phoneDigest: this.deps.phones.digest(phone.e164) }));
    await insertDevice(this.deps.dataSource, device);
    await this.audit(actor, AuditAction.DEVICE_ENROLLMENT_STARTED, "SUCCESS", { deviceId: device.id, kind: "SMS" });
    if (options.sendCode !== false) await this.sendVerification(actor, device);
    return this.ownDevice(actor.user.id, device.id);
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
    const recorded = await recordVerificationSend(this.deps.dataSource, {
      deviceId: device.id,
      codeHash: this.deps.codes.hash(code),
      codeExpiresAt: oneTimeCodeExpiry(now, VERIFY_CODE_TTL_MS),
      now,
      maxSends: VERIFY_SENDS_MAX,
      sentBefore: now - VERIFY_RESEND_INTERVAL_MS,
    });
    if (recorded !== 1) {
      if (device.verifySendCount >= VERIFY_SENDS_MAX) throw mfaErrors.resendLimit();
      throw mfaErrors.resendTooSoon(Math.max(1_000, (device.verifyLastSentAt ?? now) + VERIFY_RESEND_INTERVAL_MS - now));
    }
    await this.deps.sms.send({
      accountId: actor.user.accountId,
      userId: actor.user.id,
      domainId: actor.user.domainId,
      to: device.phoneE164 as string,
      body: verificationCodeMessage(this.deps.config.issuer, code, VERIFY_CODE_TTL_MS / 60_000),
    });
    await this.audit(actor, AuditAction.DEVICE_VERIFICATION_SENT, "SUCCESS", { deviceId: device.id });
  }

  /** Checks the code that proves possession of a pending device; returns the TOTP step it spent, if any. */
  private async checkPendingCode(actor: Actor, device: DeviceEntity, input: string): Promise<number | null> {
    const now = this.now();
    const code = parsePasscode(input);
    if (device.kind === "TOTP") {
      // Count the attempt first, atomically: a pending authenticator survives at most five wrong codes.
      if ((await countSetupAttempt(this.deps.dataSource, device.id, VERIFY_ATTEMPTS_MAX)) !== 1) throw mfaErrors.setupVoid();
      const secret = this.deps.sealer.open(device.secretSealed as string, totpSecretAad(device.id));
      const result = code ? verifyTotp({ secret, code, nowMs: now, lastTimeStep: device.lastTimeStep }) : { valid: false as const };
      if (result.valid) return result.timeStep;
    } else {
      // Count the attempt first, atomically: a pending code survives at most five wrong tries.
      if ((await countVerifyAttempt(this.deps.dataSource, device.id, VERIFY_ATTEMPTS_MAX)) !== 1) throw mfaErrors.codeVoid();
      const fresh = await this.ownDevice(actor.user.id, device.id);
      const hash = fresh.verifyCodeHash;
      if (code !== null && hash !== null && (fresh.verifyCodeExpiresAt ?? 0) > now && this.deps.codes.verify(code, hash)) return null;
    }
    await this.audit(actor, AuditAction.DEVICE_VERIFICATION_FAILED, "FAILURE", { deviceId: device.id });
    throw mfaErrors.invalidCode();
  }

  /**
   * Proves possession of a pending device. The first verified device turns MFA on and becomes
   * the default. A new authenticator app becomes the default unless the user says otherwise; a new phone only
   * when asked. Returns whether it was the first.
   */
  async verifyDevice(actor: Actor, input: { deviceId: string; code: string; makeDefault?: boolean | null }): Promise<{ device: DeviceEntity; firstDevice: boolean }> {
    const device = await this.ownDevice(actor.user.id, input.deviceId);
    const makeDefault = input.makeDefault ?? device.kind === "TOTP";
    if (device.verifiedAt !== null) throw mfaErrors.alreadyVerified();
    const timeStep = await this.checkPendingCode(actor, device, input.code);
    return this.settleVerified(actor, device, makeDefault, (db, now) => markVerified(db, { deviceId: device.id, now, timeStep }));
  }

  /**
   * Marks a pending device verified (`mark`: 1 for the one request that does) with what follows in the same
   * transaction: the default, MFA turned on with the first device, the count, the audit.
   */
  async settleVerified(
    actor: Actor,
    device: DeviceEntity,
    makeDefault: boolean,
    mark: (db: Db, now: number) => Promise<number>,
  ): Promise<{ device: DeviceEntity; firstDevice: boolean; firstOfKind: boolean }> {
    const now = this.now();
    let firstDevice = false;
    let firstOfKind = false;
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, actor.user.id, async () => {
        if ((await mark(db, now)) !== 1) throw mfaErrors.alreadyVerified();
        firstDevice = (await countVerified(db, actor.user.id, device.id)) === 0;
        firstOfKind = firstDevice || (await countVerified(db, actor.user.id, device.id, device.kind)) === 0;
        if (makeDefault || !(await hasVerifiedDefault(db, actor.user.id))) await setDefaultDevice(db, actor.user.id, device.id);
        if (firstDevice && !actor.user.mfaEnabled) await setMfaEnabled(db, actor.user.id, true);
        await recountVerified(db, actor.user.id);
        await this.audit(actor, AuditAction.DEVICE_VERIFIED, "SUCCESS", { deviceId: device.id, kind: device.kind }, db);
        if (firstDevice && !actor.user.mfaEnabled) await this.audit(actor, AuditAction.MFA_ENABLED, "SUCCESS", undefined, db);
      }),
    );
    if (device.kind === "SMS") await this.deps.onPhoneVerified?.(actor.user, device.id);
    return { device: await this.ownDevice(actor.user.id, device.id), firstDevice, firstOfKind };
  }

  /** Gives one of the user's devices a new nickname. */
  async renameDevice(actor: Actor, deviceId: string, name: string): Promise<DeviceEntity> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    await renameDevice(this.deps.dataSource, actor.user.id, device.id, name.trim());
    await this.audit(actor, AuditAction.DEVICE_RENAMED, "SUCCESS", { deviceId, kind: device.kind });
    return this.ownDevice(actor.user.id, deviceId);
  }

  async setDefaultDevice(actor: Actor, deviceId: string): Promise<DeviceEntity> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    if (device.verifiedAt === null) throw mfaErrors.notVerified();
    await setDefaultDevice(this.deps.dataSource, actor.user.id, device.id);
    await this.audit(actor, AuditAction.DEVICE_DEFAULT_SET, "SUCCESS", { deviceId });
    return this.ownDevice(actor.user.id, deviceId);
  }

  /** Marks a verified phone as the backup number (one at a time). */
  async setBackupPhone(actor: Actor, deviceId: string): Promise<DeviceEntity> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    if (device.kind !== "SMS") throw mfaErrors.notAPhone();
    if (device.verifiedAt === null) throw mfaErrors.notVerified();
    if (device.isDefault) throw mfaErrors.defaultNotBackup();
    await setBackupPhone(this.deps.dataSource, actor.user.id, deviceId);
    await this.audit(actor, AuditAction.DEVICE_BACKUP_SET, "SUCCESS", { deviceId });
    return this.ownDevice(actor.user.id, deviceId);
  }

  /**
   * Discards a device the user started to set up and never verified (the setup wizard's "Cancel"): it was never a
   * factor, so no proof is asked and nothing else changes. A verified device is refused: that is `removeDevice`.
   */
  async discardPendingDevice(actor: Actor, deviceId: string): Promise<void> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    if (device.verifiedAt !== null) throw mfaErrors.notPending();
    await this.deps.dataSource.transaction(async (db) => {
      if ((await deletePendingDevice(db, actor.user.id, device.id)) !== 1) throw mfaErrors.notPending();
      await this.audit(actor, AuditAction.DEVICE_SETUP_CANCELLED, "SUCCESS", { deviceId, kind: device.kind }, db);
    });
  }

  /** Removes one device; a code already texted to it no longer completes a sign-in. */
  async removeDevice(actor: Actor, deviceId: string): Promise<void> {
    const device = await this.ownDevice(actor.user.id, deviceId);
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, actor.user.id, async () => {
        await deleteDevice(db, actor.user.id, device.id);
        const remaining = await verifiedDevices(db, actor.user.id);
        if (remaining.length === 0) {
          await deleteRecoveryCodes(db, actor.user.id);
          await setMfaEnabled(db, actor.user.id, false);
          // Nothing left to skip: a device added later is asked for again on every browser.
          await this.deps.rememberedBrowsers.removeAllOf(actor.user.id, db);
        } else if (!remaining.some((d) => d.isDefault)) {
          const next = remaining.find((d) => d.kind === "WEBAUTHN") ?? remaining.find((d) => d.kind === "TOTP") ?? remaining[0];
          if (next) await setDefaultDevice(db, actor.user.id, next.id);
        }
        await recountVerified(db, actor.user.id);
        await this.deps.challenges.endForDevice(actor.user.id, device.id, db);
        await this.audit(actor, AuditAction.DEVICE_REMOVED, "SUCCESS", { deviceId, kind: device.kind }, db);
      }),
    );
  }

  /** Removes every device, recovery code, app password and remembered browser; sign-ins in progress end. */
  async removeAllDevices(actor: Actor): Promise<number> {
    let removed = 0;
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, actor.user.id, async () => {
        removed = await this.deps.factors.removeAllOf(actor.user.id, db);
        const appPasswordsRevoked = await this.deps.appPasswords.removeAllOf(actor.user.id, db);
        const rememberedBrowsersForgotten = await this.deps.rememberedBrowsers.removeAllOf(actor.user.id, db);
        await this.deps.challenges.endFor(actor.user.id, db);
        await this.audit(actor, AuditAction.DEVICES_REMOVED_ALL, "SUCCESS", { removed, appPasswordsRevoked, rememberedBrowsersForgotten }, db);
      }),
    );
    return removed;
  }

  /** Whether the policy lets the user flip their own switch (checked before asking them to step up). */
  async assertCanSwitch(actor: Actor, enabled: boolean): Promise<void> {
    const policy = await this.deps.policy.policyOf(actor.user);
    if (!canUseMfa(policy)) throw mfaErrors.mfaOff();
    if (!enabled && !canDisableMfa(policy)) throw mfaErrors.requiredPolicy();
    if (enabled && !(await this.deps.factors.hasVerifiedDevice(actor.user.id))) throw mfaErrors.needsDevice();
  }

  /** The user's own switch under OPTIONAL. Turning it on needs a verified device; turning it off forgets the remembered browsers. */
  async setMfaEnabled(actor: Actor, enabled: boolean): Promise<void> {
    await this.assertCanSwitch(actor, enabled);
    await this.deps.dataSource.transaction(async (db) => {
      await setMfaEnabled(db, actor.user.id, enabled);
      const forgotten = enabled ? 0 : await this.deps.rememberedBrowsers.removeAllOf(actor.user.id, db);
      await this.audit(actor, enabled ? AuditAction.MFA_ENABLED : AuditAction.MFA_DISABLED, "SUCCESS", enabled ? undefined : { rememberedBrowsersForgotten: forgotten }, db);
    });
  }
}
