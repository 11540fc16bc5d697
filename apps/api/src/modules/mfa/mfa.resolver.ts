import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { deliverSession } from "#src/modules/sessions/deliver-session.js";
import { requireRecentProof, requireSession, requireStepUpEachTime } from "#src/modules/sessions/guards.js";
import { mfaErrors } from "./mfa.errors.js";
import { AddPhoneInput, EnrollTotpInput, VerifyDeviceInput } from "./mfa.inputs.js";
import { DevicePayload, EnrollTotpPayload, RecoveryCodesPayload, SecurityPayload, VerifyDevicePayload, presentDevice } from "./mfa.types.js";
import { securityOf } from "./security.js";

/** The signed-in user changing their own factors; nothing changes while the account is locked. */
const actorOf = (ctx: AppContext, options: { allowSetup?: boolean } = {}) => {
  const auth = requireSession(ctx, options);
  if (auth.user.mfaLockedAt !== null) throw mfaErrors.locked();
  return { auth, actor: { user: auth.user, ip: ctx.ip } };
};

/**
 * A setup-only session exists for a user with no second factor. Once one is verified (through this
 * session or another), the rest of them are worthless: the user must sign in with the factor.
 */
async function setupActorOf(ctx: AppContext) {
  const { auth, actor } = actorOf(ctx, { allowSetup: true });
  if (auth.session.restricted && (await ctx.services.factors.hasVerifiedDevice(auth.user.id))) {
    await ctx.services.sessions.revoke(auth.session.id, "SETUP_SUPERSEDED");
    throw new AppError(ErrorCode.UNAUTHENTICATED, "Multi-factor authentication is already set up. Sign in again with your device.");
  }
  return { auth, actor };
}

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
    let token: string | null = null;
    if (auth.session.restricted) {
      // Forced setup finished: this setup-only session gives way to a full one, and any other
      // setup-only session of the user ends.
      await ctx.services.sessions.revokeScope({ users: [auth.user.id] }, "RESTRICTED", "SETUP_COMPLETED");
      if (!firstDevice) throw new AppError(ErrorCode.UNAUTHENTICATED, "Multi-factor authentication is already set up. Sign in again with your device.");
      const issued = await ctx.services.sessions.issue({
        userId: auth.user.id,
        mfaPassed: true,
        restricted: false,
        methods: ["PASSWORD", device.kind === "TOTP" ? "OTPPASSCODE" : "PASSCODE"],
        proven: true,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      token = deliverSession(ctx, issued, auth.via === "cookie");
    } else {
      // The code just proved possession of this device: this session counts as having passed MFA.
      await ctx.services.sessions.markMfaPassed(auth.session.id);
      // MFA just turned on: sessions elsewhere were opened without it.
      if (firstDevice) await ctx.services.sessions.revokeScope({ users: [auth.user.id] }, "ALL", "MFA_ENABLED", { except: auth.session.id });
    }
    return { device: presentDevice(device), token };
  }

  @Mutation(() => DevicePayload)
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

  @Mutation(() => SecurityPayload)
  async removeDevice(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<SecurityPayload> {
    const { auth, actor } = actorOf(ctx);
    requireRecentProof(ctx, auth);
    await ctx.services.mfa.removeDevice(actor, deviceId);
    return { security: await securityOf(ctx.services, auth.user) };
  }

  @Mutation(() => SecurityPayload, { description: "Removes every device and recovery code of the signed-in user." })
  async removeAllDevices(@Ctx() ctx: AppContext): Promise<SecurityPayload> {
    const { auth, actor } = actorOf(ctx);
    await requireStepUpEachTime(ctx, auth);
    await ctx.services.mfa.removeAllDevices(actor);
    return { security: await securityOf(ctx.services, auth.user) };
  }

  @Mutation(() => SecurityPayload, { description: "Turns MFA on or off for yourself, where the policy allows it." })
  async setMfaEnabled(@Arg("enabled", () => Boolean) enabled: boolean, @Ctx() ctx: AppContext): Promise<SecurityPayload> {
    const { auth, actor } = actorOf(ctx);
    await ctx.services.mfa.assertCanSwitch(actor, enabled);
    if (!enabled) await requireStepUpEachTime(ctx, auth);
    await ctx.services.mfa.setMfaEnabled(actor, enabled);
    if (enabled) await ctx.services.sessions.revokeScope({ users: [auth.user.id] }, "ALL", "MFA_ENABLED", { except: auth.session.id });
    return { security: await securityOf(ctx.services, auth.user) };
  }

  @Mutation(() => RecoveryCodesPayload, { description: "A new batch of 1-10 recovery codes; the previous batch stops working." })
  async generateRecoveryCodes(@Arg("quantity", () => Int, { defaultValue: 10 }) quantity: number, @Ctx() ctx: AppContext): Promise<RecoveryCodesPayload> {
    const { auth, actor } = actorOf(ctx);
    requireRecentProof(ctx, auth);
    return ctx.services.recoveryCodes.generate(actor, quantity);
  }
}
