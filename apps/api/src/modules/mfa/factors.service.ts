import { verifyRecoveryCode, verifyTotp, type Sealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { Statement } from "#src/db/batch.js";
import type { DeviceEntity } from "./device.entity.js";
import {
  countUnusedRecoveryCodes,
  deleteRecoveryCodes,
  listRecoveryCodes,
  spendRecoveryCode,
} from "./recovery-codes.queries.js";
import {
  countVerified,
  deleteAllDevices,
  findDevice,
  listDevices,
  setMfaEnabled,
  recountVerified,
  spendSignCount,
  spendTimeStep,
  touchDevice,
  webAuthnDevices,
} from "./devices.queries.js";

/**
 * ACCEPTED: the code was right and is now spent. REPLAY: it was right but a concurrent or earlier
 * request spent it first. WRONG: it matched nothing.
 */
export type FactorCheck = { kind: "ACCEPTED"; deviceId: string | null; spend: Statement[] } | { kind: "REPLAY" } | { kind: "WRONG" };

/** A verified authenticator of the user, as the passcode step reads it with its attempt. */
export interface TotpCandidate {
  id: string;
  secretSealed: string | null;
  lastTimeStep: number | null;
}

/** The TOTP secret of a device, sealed with the device id as associated data. */
export const totpSecretAad = (deviceId: string) => `device:${deviceId}`;

/**
 * What other modules may ask of a user's factors: check a device's code, spend a recovery code,
 * read them, remove them all. Each accepted code is spent by one conditional write, so a code works
 * once however many requests race.
 */
export class FactorService {
  constructor(private readonly dataSource: DataSource, private readonly sealer: Sealer, private readonly now: () => number = Date.now) {}

  devices(userId: string): Promise<DeviceEntity[]> {
    return listDevices(this.dataSource, userId);
  }

  recoveryCodesLeft(userId: string): Promise<number> {
    return countUnusedRecoveryCodes(this.dataSource, userId);
  }

  async hasVerifiedDevice(userId: string): Promise<boolean> {
    return (await countVerified(this.dataSource, userId)) > 0;
  }

  /** A verified phone of the user, or null (removed, pending, or not a phone). */
  async verifiedPhone(userId: string, deviceId: string, db: Db = this.dataSource): Promise<(DeviceEntity & { phoneE164: string }) | null> {
    const device = /^[0-9a-f-]{36}$/i.test(deviceId) ? await findDevice(db, userId, deviceId) : null;
    if (!device || device.kind !== "SMS" || device.verifiedAt === null || !device.phoneE164) return null;
    return device as DeviceEntity & { phoneE164: string };
  }

  /**
   * Checks a code against the user's verified authenticators (or the one asked for). A right code for
   * a step not spent yet is ACCEPTED with the conditional write that spends its time step (no row
   * changed when a parallel request spent it first: a replay), for the caller's transaction.
   */
  checkDeviceCode(candidates: readonly TotpCandidate[], code: string, deviceId: string | null): FactorCheck {
    const now = this.now();
    for (const device of candidates) {
      if (deviceId && device.id !== deviceId) continue;
      if (!device.secretSealed) continue;
      const secret = this.sealer.open(device.secretSealed, totpSecretAad(device.id));
      // Checked without the replay guard first, so that a right code for a step already spent is told
      // apart from a wrong one: refused all the same, but not held against the user.
      const result = verifyTotp({ secret, code, nowMs: now, lastTimeStep: null });
      if (!result.valid) continue;
      if (device.lastTimeStep !== null && result.timeStep <= device.lastTimeStep) return { kind: "REPLAY" };
      return { kind: "ACCEPTED", deviceId: device.id, spend: [spendTimeStep(device.id, result.timeStep, now)] };
    }
    return { kind: "WRONG" };
  }

  /**
   * Checks a code against the user's recovery codes. One not spent yet is ACCEPTED with the conditional write that
   * spends it (no row changed when a parallel request spent it first: a replay), for the caller's transaction: the
   * code is spent together with the sign-in it gives and its audit, or not at all.
   */
  async checkRecoveryCode(userId: string, code: string, db: Db = this.dataSource): Promise<FactorCheck> {
    const codes = await listRecoveryCodes(db, userId);
    const match = codes.find((row) => verifyRecoveryCode(code, row.codeHash));
    if (!match) return { kind: "WRONG" };
    if (match.usedAt !== null) return { kind: "REPLAY" };
    return { kind: "ACCEPTED", deviceId: null, spend: [spendRecoveryCode(match.id, this.now())] };
  }

  /** The user's verified passkeys and security keys. */
  passkeys(userId: string): Promise<DeviceEntity[]> {
    return webAuthnDevices(this.dataSource, userId);
  }

  /** A passkey's assertion passed with this counter: recorded while the counter is still the one the check read. */
  spendSignCount(deviceId: string, stored: number, received: number): Statement {
    return spendSignCount(deviceId, stored, received, this.now());
  }

  /** A phone proved itself by a texted code. */
  markUsed(deviceId: string): Statement {
    return touchDevice(deviceId, this.now());
  }

  /** Removes every device and recovery code of a user and turns their MFA off. Returns the devices removed. */
  async removeAllOf(userId: string, db: Db): Promise<number> {
    const removed = await deleteAllDevices(db, userId);
    await deleteRecoveryCodes(db, userId);
    await setMfaEnabled(db, userId, false);
    await recountVerified(db, userId);
    return removed;
  }
}
