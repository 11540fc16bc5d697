import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireRecentProof } from "#src/modules/sessions/guards.js";
import { AddPhoneInput, EnrollTotpInput, FinishWebAuthnRegistrationInput, RenameDeviceInput, StartWebAuthnRegistrationInput, VerifyDeviceInput } from "./mfa.inputs.js";
import {
  DevicePayload,
  DiscardPendingDevicePayload,
  EnrollTotpPayload,
  RecoveryCodesPayload,
  SecurityPayload,
  StartWebAuthnRegistrationPayload,
  VerifyDevicePayload,
  presentDevice,
} from "./mfa.types.js";
import { actorOf, removeOwnDevices, settleVerifiedDevice, setupActorOf, switchOwnMfa } from "./own-factors.js";
import { securityOf } from "./security.js";

@Resolver()
export class MfaResolver {
  @Mutation(() => EnrollTotpPayload, { description: "Starts an authenticator app: returns the secret, the otpauth URI and a QR code, once. Verify it with verifyDevice." })
  async enrollTotp(@Arg("input", () => EnrollTotpInput) input: EnrollTotpInput, @Ctx() ctx: AppContext): Promise<EnrollTotpPayload> {
    const { auth, actor } = await setupActorOf(ctx);
    requireRecentProof(ctx, auth);
    const result = await ctx.services.mfa.enrollTotp(actor, input.name);
    return { device: presentDevice(result.device), secret: result.secret, otpauthUri: result.uri, qrCodeDataUrl: result.qrCodeDataUrl };
  }

  @Mutation(() => DevicePayload, { description: "Adds a phone (country + national number) and texts it a verification code." })
  async addPhone(@Arg("input", () => AddPhoneInput) input: AddPhoneInput, @Ctx() ctx: AppContext): Promise<DevicePayload> {
    const { auth, actor } = await setupActorOf(ctx);
    requireRecentProof(ctx, auth);
    return { device: presentDevice(await ctx.services.mfa.addPhone(actor, input)) };
  }

  @Mutation(() => DevicePayload, { description: "Texts a new verification code to a pending phone." })
  async resendPhoneVerification(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<DevicePayload> {
    const { actor } = await setupActorOf(ctx);
    return { device: presentDevice(await ctx.services.mfa.resendPhoneVerification(actor, deviceId)) };
  }

  @Mutation(() => VerifyDevicePayload, { description: "Proves possession of a pending device with a code from it." })
  async verifyDevice(@Arg("input", () => VerifyDeviceInput) input: VerifyDeviceInput, @Ctx() ctx: AppContext): Promise<VerifyDevicePayload> {
    const { auth, actor } = await setupActorOf(ctx);
    const { device, firstDevice } = await ctx.services.mfa.verifyDevice(actor, input);
    const token = await settleVerifiedDevice(ctx, auth, { device, firstDevice }, { issueFull: true });
    return { device: presentDevice(device), token };
  }

  @Mutation(() => StartWebAuthnRegistrationPayload, {
    description: "Starts a passkey or security key: returns the options for the browser (navigator.credentials.create). Finish with finishWebAuthnRegistration.",
  })
  async startWebAuthnRegistration(@Arg("input", () => StartWebAuthnRegistrationInput) input: StartWebAuthnRegistrationInput, @Ctx() ctx: AppContext): Promise<StartWebAuthnRegistrationPayload> {
    const { auth, actor } = await setupActorOf(ctx);
    requireRecentProof(ctx, auth);
    const started = await ctx.services.passkeys.start(actor, input.name);
    return { device: presentDevice(started.device), optionsJson: started.optionsJson };
  }

  @Mutation(() => VerifyDevicePayload, { description: "Verifies a pending passkey or security key with the browser's answer; it becomes the default unless makeDefault is false." })
  async finishWebAuthnRegistration(@Arg("input", () => FinishWebAuthnRegistrationInput) input: FinishWebAuthnRegistrationInput, @Ctx() ctx: AppContext): Promise<VerifyDevicePayload> {
    const { auth, actor } = await setupActorOf(ctx);
    const verified = await ctx.services.passkeys.finish(actor, { deviceId: input.deviceId, response: input.webauthnResponse, makeDefault: input.makeDefault ?? null });
    const token = await settleVerifiedDevice(ctx, auth, verified, { issueFull: true });
    const { device } = verified;
    return { device: presentDevice(device), token };
  }

  @Mutation(() => DevicePayload, { description: "Gives one of your devices a new nickname." })
  async renameDevice(@Arg("input", () => RenameDeviceInput) input: RenameDeviceInput, @Ctx() ctx: AppContext): Promise<DevicePayload> {
    const { actor } = actorOf(ctx);
    return { device: presentDevice(await ctx.services.mfa.renameDevice(actor, input.deviceId, input.name)) };
  }

  @Mutation(() => DevicePayload, { description: "Makes a verified device the one the sign-in asks for first." })
  async setDefaultDevice(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<DevicePayload> {
    const { auth, actor } = actorOf(ctx);
    requireRecentProof(ctx, auth);
    return { device: presentDevice(await ctx.services.mfa.setDefaultDevice(actor, deviceId)) };
  }

  @Mutation(() => DevicePayload, { description: "Makes a verified phone the backup number." })
  async setBackupPhone(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<DevicePayload> {
    const { auth, actor } = actorOf(ctx);
    requireRecentProof(ctx, auth);
    return { device: presentDevice(await ctx.services.mfa.setBackupPhone(actor, deviceId)) };
  }

  @Mutation(() => SecurityPayload, { description: "Removes one of your devices; another verified one becomes the default." })
  async removeDevice(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<SecurityPayload> {
    const { auth, actor } = actorOf(ctx);
    requireRecentProof(ctx, auth);
    await ctx.services.mfa.removeDevice(actor, deviceId);
    return { security: await securityOf(ctx.services, auth.user) };
  }

  @Mutation(() => DiscardPendingDevicePayload, {
    description: "Discards a device you started to set up and never verified (a setup given up); works in a setup-only session and asks for no proof. A verified device answers CONFLICT: use removeDevice.",
  })
  async discardPendingDevice(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<DiscardPendingDevicePayload> {
    const { actor } = actorOf(ctx, { allowSetup: true });
    await ctx.services.mfa.discardPendingDevice(actor, deviceId);
    return { deviceId };
  }

  @Mutation(() => SecurityPayload, { description: "Removes every device and recovery code of the signed-in user." })
  async removeAllDevices(@Ctx() ctx: AppContext): Promise<SecurityPayload> {
    const auth = await removeOwnDevices(ctx);
    return { security: await securityOf(ctx.services, auth.user) };
  }

  @Mutation(() => SecurityPayload, { description: "Turns MFA on or off for yourself, where the policy allows it." })
  async setMfaEnabled(@Arg("enabled", () => Boolean) enabled: boolean, @Ctx() ctx: AppContext): Promise<SecurityPayload> {
    const auth = await switchOwnMfa(ctx, enabled);
    return { security: await securityOf(ctx.services, auth.user) };
  }

  @Mutation(() => RecoveryCodesPayload, { description: "A new batch of 1-10 recovery codes; the previous batch stops working." })
  async generateRecoveryCodes(@Arg("quantity", () => Int, { defaultValue: 10, description: "How many codes: 1 to 10." }) quantity: number, @Ctx() ctx: AppContext): Promise<RecoveryCodesPayload> {
    const { auth, actor } = actorOf(ctx);
    requireRecentProof(ctx, auth);
    return ctx.services.recoveryCodes.generate(actor, quantity);
  }
}
