import { verifyRecoveryCode, verifyTotp, type Sealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { DeviceEntity } from "./device.entity.js";
import {
  countUnusedRecoveryCodes,
  deleteRecoveryCodes,
  listRecoveryCodes,
  spendRecoveryCode,
} from "./recovery-codes.queries.js";
import { countVerified, deleteAllDevices, findDevice, listDevices, setMfaEnabled, recountVerified, spendTimeStep, touchDevice, verifiedTotpDevices } from "./devices.queries.js";

/**
 * ACCEPTED: the code was right and is now spent. REPLAY: it was right but a concurrent or earlier
 * request spent it first. WRONG: it matched nothing.
 */
export type FactorCheck = { kind: "ACCEPTED"; deviceId: string | null } | { kind: "REPLAY" } | { kind: "WRONG" };

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
  async verifiedPhone(userId: string, deviceId: string): Promise<(DeviceEntity & { phoneE164: string }) | null> {
    const device = /^[0-9a-f-]{36}$/i.test(deviceId) ? await findDevice(this.dataSource, userId, deviceId) : null;
    if (!device || device.kind !== "SMS" || device.verifiedAt === null || !device.phoneE164) return null;
    return device as DeviceEntity & { phoneE164: string };
  }

  /** Checks a code against the user's verified authenticators (or one of them) and spends its time step. */
  async checkDeviceCode(userId: string, code: string, deviceId: string | null): Promise<FactorCheck> {
    const devices = await verifiedTotpDevices(this.dataSource, userId, deviceId);
    const now = this.now();
    for (const device of devices) {
      if (!device.secretSealed) continue;
      const secret = this.sealer.open(device.secretSealed, totpSecretAad(device.id));
      // Checked without the replay guard first, so that a right code for a step already spent is told
      // apart from a wrong one: refused all the same, but not held against the user.
      const result = verifyTotp({ secret, code, nowMs: now, lastTimeStep: null });
      if (!result.valid) continue;
      if (device.lastTimeStep !== null && result.timeStep <= device.lastTimeStep) return { kind: "REPLAY" };
      const spent = await spendTimeStep(this.dataSource, device.id, result.timeStep, now);
      return spent === 1 ? { kind: "ACCEPTED", deviceId: device.id } : { kind: "REPLAY" };
    }
    return { kind: "WRONG" };
  }

  /** Spends one of the user's recovery codes. */
  async spendRecoveryCode(userId: string, code: string): Promise<FactorCheck> {
    const codes = await listRecoveryCodes(this.dataSource, userId);
    const match = codes.find((row) => verifyRecoveryCode(code, row.codeHash));
    if (!match) return { kind: "WRONG" };
    if (match.usedAt !== null) return { kind: "REPLAY" };
    const spent = await spendRecoveryCode(this.dataSource, match.id, this.now());
    return spent === 1 ? { kind: "ACCEPTED", deviceId: null } : { kind: "REPLAY" };
  }

  /** A phone proved itself by a texted code. */
  async markUsed(deviceId: string): Promise<void> {
    await touchDevice(this.dataSource, deviceId, this.now());
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
