import { normalizeRecoveryCode, parsePasscode, verifyOneTimeCode, verifyRecoveryCode, verifyTotp, type Sealer } from "@mfa/core";
import { type DataSource, IsNull, Not } from "typeorm";
import { execute } from "#src/db/sql.js";
import type { LoginChallengeEntity } from "#src/modules/auth/login-challenge.entity.js";
import type { AuthMethod } from "#src/modules/auth/session.service.js";
import { DeviceEntity } from "./device.entity.js";
import { RecoveryCodeEntity } from "./recovery-code.entity.js";

/**
 * ACCEPTED: the passcode was right and is now spent. REPLAY: it was right but a concurrent or
 * earlier request spent it first. WRONG: it matched nothing.
 */
export type PasscodeResult = { kind: "ACCEPTED"; method: AuthMethod; deviceId: string | null } | { kind: "REPLAY" } | { kind: "WRONG" };

/** The TOTP secret of a device, sealed with the device id as associated data. */
export const totpSecretAad = (deviceId: string) => `device:${deviceId}`;

/**
 * Checks a second-factor passcode of a login (or a re-authentication): a TOTP code of any
 * verified authenticator, the SMS code of the login challenge, or a recovery code. Each accepted
 * passcode is spent by one conditional write, so a code works once however many requests race.
 */
export class PasscodeCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: Sealer,
    private readonly codeKey: Uint8Array,
    private readonly now: () => number = Date.now,
  ) {}

  async check(input: { userId: string; passcode: string; deviceId?: string | null; challenge?: LoginChallengeEntity | null }): Promise<PasscodeResult> {
    const digits = parsePasscode(input.passcode);
    if (digits) {
      const totp = await this.checkTotp(input.userId, digits, input.deviceId ?? null);
      if (totp.kind !== "WRONG") return totp;
      if (input.challenge) return this.checkSmsCode(input.challenge, digits, input.deviceId ?? null);
      return totp;
    }
    const recovery = normalizeRecoveryCode(input.passcode);
    if (recovery && !input.deviceId) return this.checkRecoveryCode(input.userId, recovery);
    return { kind: "WRONG" };
  }

  private async checkTotp(userId: string, code: string, deviceId: string | null): Promise<PasscodeResult> {
    const devices = await this.dataSource.manager.find(DeviceEntity, {
      where: { userId, kind: "TOTP", verifiedAt: Not(IsNull()), ...(deviceId ? { id: deviceId } : {}) },
    });
    const now = this.now();
    for (const device of devices) {
      if (!device.secretSealed) continue;
      const secret = this.sealer.open(device.secretSealed, totpSecretAad(device.id));
      // Checked without the replay guard first, so that a right code for a step already spent is told
      // apart from a wrong one: refused all the same, but not held against the user.
      const result = verifyTotp({ secret, code, nowMs: now, lastTimeStep: null });
      if (!result.valid) continue;
      if (device.lastTimeStep !== null && result.timeStep <= device.lastTimeStep) return { kind: "REPLAY" };
      const { affected } = await execute(
        this.dataSource,
        "UPDATE devices SET last_time_step = ?, last_used_at = ? WHERE id = ? AND (last_time_step IS NULL OR last_time_step < ?)",
        [result.timeStep, now, device.id, result.timeStep],
      );
      return affected === 1 ? { kind: "ACCEPTED", method: "OTPPASSCODE", deviceId: device.id } : { kind: "REPLAY" };
    }
    return { kind: "WRONG" };
  }

  private async checkSmsCode(challenge: LoginChallengeEntity, code: string, deviceId: string | null): Promise<PasscodeResult> {
    const hash = challenge.smsCodeHash;
    if (!hash || !challenge.smsCodeExpiresAt || challenge.smsCodeExpiresAt <= this.now()) return { kind: "WRONG" };
    if (deviceId && challenge.smsDeviceId !== deviceId) return { kind: "WRONG" };
    if (!verifyOneTimeCode(code, hash, this.codeKey)) return { kind: "WRONG" };
    const { affected } = await execute(
      this.dataSource,
      "UPDATE login_challenges SET sms_code_hash = NULL, sms_code_expires_at = NULL WHERE id_hash = ? AND sms_code_hash = ?",
      [challenge.idHash, hash],
    );
    if (affected !== 1) return { kind: "REPLAY" };
    if (challenge.smsDeviceId) {
      await execute(this.dataSource, "UPDATE devices SET last_used_at = ? WHERE id = ?", [this.now(), challenge.smsDeviceId]);
    }
    return { kind: "ACCEPTED", method: "PASSCODE", deviceId: challenge.smsDeviceId };
  }

  private async checkRecoveryCode(userId: string, code: string): Promise<PasscodeResult> {
    const codes = await this.dataSource.manager.find(RecoveryCodeEntity, { where: { userId } });
    const match = codes.find((row) => verifyRecoveryCode(code, row.codeHash));
    if (!match) return { kind: "WRONG" };
    if (match.usedAt !== null) return { kind: "REPLAY" };
    const { affected } = await execute(this.dataSource, "UPDATE recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL", [this.now(), match.id]);
    return affected === 1 ? { kind: "ACCEPTED", method: "RECOVERY_CODE", deviceId: null } : { kind: "REPLAY" };
  }
}
