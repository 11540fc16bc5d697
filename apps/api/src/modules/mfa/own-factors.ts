import { acceptedKinds } from "@mfa/core";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { deliverSession } from "#src/modules/sessions/deliver-session.js";
import { requireSession, requireStepUpEachTime, type Authenticated } from "#src/modules/sessions/guards.js";
import type { DeviceEntity } from "./device.entity.js";
import { mfaErrors } from "./mfa.errors.js";

/**
 * The steps a user takes on their own factors, shared by GraphQL and the Identity REST door so
 * both apply the same guards and the same session consequences.
 */

/** The signed-in user changing their own factors; nothing changes while the account is locked. */
export const actorOf = (ctx: AppContext, options: { allowSetup?: boolean } = {}) => {
  const auth = requireSession(ctx, options);
  if (auth.user.mfaLockedAt !== null) throw mfaErrors.locked();
  return { auth, actor: { user: auth.user, ip: ctx.ip } };
};

/** Whether the user has a verified factor of a kind their policy accepts (a passkey, under PHISHING_RESISTANT). */
async function hasAcceptedDevice(ctx: AppContext, user: Authenticated["user"]): Promise<boolean> {
  const [policy, devices] = await Promise.all([ctx.services.policy.policyOf(user), ctx.services.factors.devices(user.id)]);
  const kinds = acceptedKinds(policy);
  return devices.some((d) => d.verifiedAt !== null && kinds.includes(d.kind));
}

/**
 * A setup-only session exists for a user with no second factor their policy accepts. Once one is verified
 * (through this session or another), the rest of them are worthless: the user must sign in with the factor.
 */
export async function setupActorOf(ctx: AppContext) {
  const { auth, actor } = actorOf(ctx, { allowSetup: true });
  if (auth.session.restricted && (await hasAcceptedDevice(ctx, auth.user))) {
    await ctx.services.sessions.revoke(auth.session.id, "SETUP_SUPERSEDED");
    throw new AppError(ErrorCode.UNAUTHENTICATED, "Multi-factor authentication is already set up. Sign in again with your device.");
  }
  return { auth, actor };
}

/**
 * What a verified device means for the sessions. A setup-only session gives way: GraphQL hands over a
 * full session (`issueFull`), the Identity door asks for a new sign-in with the device. Otherwise this
 * session has just passed MFA, and the first device signs out every other session.
 */
export async function settleVerifiedDevice(
  ctx: AppContext,
  auth: Authenticated,
  verified: { device: DeviceEntity; firstDevice: boolean; firstOfKind?: boolean },
  options: { issueFull: boolean },
): Promise<string | null> {
  if (auth.session.restricted) {
    await ctx.services.sessions.revokeScope({ users: [auth.user.id] }, "RESTRICTED", "SETUP_COMPLETED");
    if (!options.issueFull) return null;
    // The first factor, or (under PHISHING_RESISTANT, with an app or a phone already) the first passkey.
    const first = verified.firstDevice || (verified.device.kind === "WEBAUTHN" && verified.firstOfKind === true);
    if (!first) throw new AppError(ErrorCode.UNAUTHENTICATED, "Multi-factor authentication is already set up. Sign in again with your device.");
    const issued = await ctx.services.sessions.issue({
      userId: auth.user.id,
      mfaPassed: true,
      restricted: false,
      methods: ["PASSWORD", verified.device.kind === "TOTP" ? "OTPPASSCODE" : verified.device.kind === "WEBAUTHN" ? "WEBAUTHN" : "PASSCODE"],
      proven: true,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    return deliverSession(ctx, issued, auth.via === "cookie");
  }
  await ctx.services.sessions.markMfaPassed(auth.session.id);
  if (verified.firstDevice) await ctx.services.sessions.revokeScope({ users: [auth.user.id] }, "ALL", "MFA_ENABLED", { except: auth.session.id });
  return null;
}

/** The user's own MFA switch: turning it off asks for a step-up every time; turning it on signs out the other sessions. */
export async function switchOwnMfa(ctx: AppContext, enabled: boolean): Promise<Authenticated> {
  const { auth, actor } = actorOf(ctx);
  await ctx.services.mfa.assertCanSwitch(actor, enabled);
  if (!enabled) await requireStepUpEachTime(ctx, auth);
  await ctx.services.mfa.setMfaEnabled(actor, enabled);
  if (enabled) await ctx.services.sessions.revokeScope({ users: [auth.user.id] }, "ALL", "MFA_ENABLED", { except: auth.session.id });
  return auth;
}

/** Removes every device and recovery code of the caller; asks for a step-up every time. */
export async function removeOwnDevices(ctx: AppContext): Promise<Authenticated> {
  const { auth, actor } = actorOf(ctx);
  await requireStepUpEachTime(ctx, auth);
  await ctx.services.mfa.removeAllDevices(actor);
  return auth;
}
