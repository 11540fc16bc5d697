import type { DataSource } from "typeorm";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import { CEREMONY_TIMEOUT_MS, transportsOf, type StoredCredential, type WebAuthnCeremonies } from "#src/modules/webauthn/webauthn.ceremony.js";
import type { DeviceEntity } from "./device.entity.js";
import { countSetupAttempt, credentialTaken, insertDevice, markCredentialVerified, webAuthnDevices } from "./devices.queries.js";
import { mfaErrors } from "./mfa.errors.js";
import type { Actor, MfaService } from "./mfa.service.js";

const REGISTRATION_ATTEMPTS_MAX = 5;

/** A verified WebAuthn device as a ceremony knows it. */
const storedCredentialOf = (device: DeviceEntity): StoredCredential => ({
  credentialId: device.credentialId ?? "",
  publicKey: device.publicKey ?? "",
  transports: transportsOf(device.transports),
});

/**
 * Passkeys and security keys: a registration starts a pending WEBAUTHN device that keeps the hash of
 * the challenge it offered (5 minutes); the browser's answer verifies it (attestation "none": the key
 * proves itself, no vendor is trusted or refused) and spends the challenge, so an answer registers once.
 */
export class PasskeyService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      mfa: MfaService;
      ceremonies: WebAuthnCeremonies;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** The options for the browser's `navigator.credentials.create`, and the pending device they will verify. */
  async start(actor: Actor, name: string): Promise<{ device: DeviceEntity; optionsJson: string }> {
    const { mfa, ceremonies, dataSource } = this.deps;
    await mfa.assertCanEnrol(actor.user, "WEBAUTHN");
    const existing = await webAuthnDevices(dataSource, actor.user.id);
    const options = await ceremonies.registrationOptions({
      userId: actor.user.id,
      userName: actor.user.username,
      displayName: actor.user.displayName || actor.user.username,
      exclude: existing.map(storedCredentialOf),
    });
    const device = mfa.newDevice(actor.user.id, name, "WEBAUTHN", () => ({
      verifyCodeHash: options.challengeHash,
      verifyCodeExpiresAt: this.now() + CEREMONY_TIMEOUT_MS,
    }));
    await insertDevice(dataSource, device);
    await mfa.audit(actor, AuditAction.DEVICE_ENROLLMENT_STARTED, "SUCCESS", { deviceId: device.id, kind: "WEBAUTHN" });
    return { device, optionsJson: options.optionsJson };
  }

  /** Verifies a pending passkey with the browser's answer; it becomes the default unless the user says otherwise. */
  async finish(actor: Actor, input: { deviceId: string; response: string; makeDefault?: boolean | null }): Promise<{ device: DeviceEntity; firstDevice: boolean; firstOfKind: boolean }> {
    const { mfa, ceremonies, dataSource } = this.deps;
    const device = await mfa.ownDevice(actor.user.id, input.deviceId);
    if (device.kind !== "WEBAUTHN") throw mfaErrors.notAPasskey();
    if (device.verifiedAt !== null) throw mfaErrors.alreadyVerified();
    // Count the attempt first, atomically: a pending passkey survives at most five answers that do not verify.
    if ((await countSetupAttempt(dataSource, device.id, REGISTRATION_ATTEMPTS_MAX)) !== 1) throw mfaErrors.passkeyVoid();
    const hash = device.verifyCodeHash;
    const live = hash !== null && (device.verifyCodeExpiresAt ?? 0) > this.now();
    const credential = live ? await ceremonies.verifyRegistration(input.response, hash) : null;
    if (!credential || !hash) {
      await mfa.audit(actor, AuditAction.DEVICE_VERIFICATION_FAILED, "FAILURE", { deviceId: device.id, kind: "WEBAUTHN", expired: !live });
      throw live ? mfaErrors.passkeyRefused() : mfaErrors.passkeyExpired();
    }
    if (await credentialTaken(dataSource, credential.credentialId)) throw mfaErrors.passkeyTaken();
    return mfa.settleVerified(actor, device, input.makeDefault ?? true, (db, now) =>
      markCredentialVerified(db, { deviceId: device.id, now, challengeHash: hash, ...credential }),
    );
  }
}
