import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { deliverSession } from "#src/modules/sessions/deliver-session.js";
import { requireSession } from "#src/modules/sessions/guards.js";
import { clearSessionCookie, readKnownBrowser, setKnownBrowserCookie } from "#src/modules/sessions/session-cookie.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import { presentUser } from "#src/modules/users/user.types.js";
import { authenticatedBy } from "./authenticated-by.js";
import { CompleteLoginInput, LoginInput, ReauthenticateInput, SendLoginPasscodeInput } from "./auth.inputs.js";
import { LoginResult, LoginSuccess, LogoutPayload, MfaChallenge, MfaSetupRequired, ReauthenticatePayload, ReauthenticationPasscodePayload, SendLoginPasscodePayload } from "./auth.types.js";

/** A browser that signed in successfully is known from now on: its user's sign-ins pass while others guess. */
async function rememberBrowser(ctx: AppContext, userId: string): Promise<void> {
  const remembered = await ctx.services.login.rememberBrowser(userId, readKnownBrowser(ctx.req));
  if (remembered) setKnownBrowserCookie(ctx.req, ctx.res, remembered.token, remembered.expiresAt);
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: "Step one of the two-step login: username and password." })
  async login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: AppContext): Promise<typeof LoginResult> {
    const meta = { ip: ctx.ip, userAgent: ctx.userAgent };
    const browserToken = readKnownBrowser(ctx.req);
    const result = await ctx.services.login.passwordStep({ username: input.username, password: input.password, channel: "GRAPHQL", browserToken, ...meta });
    if (result.kind === "SUCCESS") {
      const token = deliverSession(ctx, result.issued, input.cookie);
      await rememberBrowser(ctx, result.user.id);
      return Object.assign(new LoginSuccess(), {
        user: presentUser(result.user),
        token,
        expiresAt: new Date(result.issued.session.expiresAt),
        authenticatedBy: authenticatedBy(null),
      });
    }
    if (result.kind === "CHALLENGE") {
      return Object.assign(new MfaChallenge(), {
        challengeId: result.challengeId,
        expiresAt: new Date(result.expiresAt),
        factors: result.factors,
        smsSentTo: result.smsSentTo,
      });
    }
    const issued = await ctx.services.login.issueSetupSession(result.user, meta);
    return Object.assign(new MfaSetupRequired(), {
      user: presentUser(result.user),
      token: deliverSession(ctx, issued, input.cookie),
      expiresAt: new Date(issued.session.expiresAt),
    });
  }

  @Mutation(() => SendLoginPasscodePayload, { description: "Texts a sign-in code to one of the user's phones (e.g. the backup number). The previous code stops working." })
  async sendLoginPasscode(@Arg("input", () => SendLoginPasscodeInput) input: SendLoginPasscodeInput, @Ctx() ctx: AppContext): Promise<SendLoginPasscodePayload> {
    const sent = await ctx.services.passcodes.sendPasscode({ challengeId: input.challengeId, deviceId: input.deviceId, ip: ctx.ip, userAgent: ctx.userAgent });
    return { sentTo: sent.maskedPhone, expiresAt: new Date(sent.expiresAt) };
  }

  @Mutation(() => LoginSuccess, { description: "Step two: a TOTP code, the texted code, or a recovery code." })
  async completeLogin(@Arg("input", () => CompleteLoginInput) input: CompleteLoginInput, @Ctx() ctx: AppContext): Promise<LoginSuccess> {
    const result = await ctx.services.passcodes.completeLogin({
      challengeId: input.challengeId,
      passcode: input.passcode,
      deviceId: input.deviceId ?? null,
      channel: "GRAPHQL",
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    const token = deliverSession(ctx, result.issued, input.cookie);
    await rememberBrowser(ctx, result.user.id);
    return {
      user: presentUser(result.user),
      token,
      expiresAt: new Date(result.issued.session.expiresAt),
      authenticatedBy: authenticatedBy(result.method),
    };
  }

  @Mutation(() => ReauthenticatePayload, {
    description: "Step-up before a sensitive change (valid 10 minutes): a code from your device or a recovery code; the password if you have no device.",
  })
  async reauthenticate(@Arg("input", () => ReauthenticateInput) input: ReauthenticateInput, @Ctx() ctx: AppContext): Promise<ReauthenticatePayload> {
    const auth = requireSession(ctx, { allowSetup: true });
    const until = await ctx.services.reauth.reauthenticate({ user: auth.user, sessionId: auth.session.id, ...input, ip: ctx.ip });
    return { validUntil: new Date(until) };
  }

  @Mutation(() => ReauthenticationPasscodePayload, { description: "Texts a step-up code to one of your phones; then call reauthenticate with it and the challengeId." })
  async sendReauthenticationPasscode(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<ReauthenticationPasscodePayload> {
    const auth = requireSession(ctx);
    const sent = await ctx.services.passcodes.sendStepUpPasscode({ user: auth.user, deviceId, ip: ctx.ip, userAgent: ctx.userAgent });
    return { challengeId: sent.challengeId, sentTo: sent.maskedPhone, expiresAt: new Date(sent.expiresAt) };
  }

  @Mutation(() => LogoutPayload, { description: "Ends the current session." })
  async logout(@Ctx() ctx: AppContext): Promise<LogoutPayload> {
    const auth = requireSession(ctx, { allowSetup: true });
    await ctx.services.sessions.revoke(auth.session.id, "LOGOUT");
    await ctx.services.audit.record({
      accountId: auth.user.accountId,
      actorId: auth.user.id,
      targetUserId: auth.user.id,
      action: AuditAction.LOGOUT,
      outcome: "SUCCESS",
      ip: ctx.ip,
    });
    if (auth.via === "cookie") clearSessionCookie(ctx.req, ctx.res);
    return { ok: true };
  }
}
