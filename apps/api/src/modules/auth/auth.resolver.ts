import { acceptedKinds } from "@mfa/core";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { deliverSession } from "#src/modules/sessions/deliver-session.js";
import { requireSession } from "#src/modules/sessions/guards.js";
import { clearSessionCookie, readKnownBrowser, setKnownBrowserCookie } from "#src/modules/sessions/session-cookie.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import { readRememberToken, setRememberCookie } from "#src/modules/remembered-browsers/remember-cookie.js";
import { presentUser } from "#src/modules/users/user.types.js";
import { authenticatedBy } from "./authenticated-by.js";
import { CompleteLoginInput, LoginInput, ReauthenticateInput, SendLoginPasscodeInput } from "./auth.inputs.js";
import {
  LoginResult,
  LoginSuccess,
  LogoutPayload,
  MfaChallenge,
  MfaSetupRequired,
  ReauthenticatePayload,
  ReauthenticationPasscodePayload,
  SendLoginPasscodePayload,
  WebAuthnLoginPayload,
  WebAuthnReauthenticationPayload,
} from "./auth.types.js";
import { authErrors } from "./auth.errors.js";

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
    // Only the console's cookie sign-in remembers browsers: a bearer client keeps no cookie of its own.
    const rememberToken = input.cookie ? readRememberToken(ctx.req) : null;
    const result = await ctx.services.login.passwordStep({ username: input.username, password: input.password, channel: "GRAPHQL", browserToken, rememberToken, ...meta });
    if (result.kind === "SUCCESS") {
      const token = deliverSession(ctx, result.issued, input.cookie);
      await rememberBrowser(ctx, result.user.id);
      return Object.assign(new LoginSuccess(), {
        user: presentUser(result.user),
        token,
        expiresAt: new Date(result.issued.session.expiresAt),
        authenticatedBy: authenticatedBy(result.method),
      });
    }
    if (result.kind === "CHALLENGE") {
      return Object.assign(new MfaChallenge(), {
        challengeId: result.challengeId,
        expiresAt: new Date(result.expiresAt),
        factors: result.factors,
        smsSentTo: result.smsSentTo,
        rememberBrowserDays: result.rememberDays,
      });
    }
    const issued = await ctx.services.login.issueSetupSession(result.user, meta);
    return Object.assign(new MfaSetupRequired(), {
      user: presentUser(result.user),
      token: deliverSession(ctx, issued, input.cookie),
      expiresAt: new Date(issued.session.expiresAt),
      enforceFrom: result.enforceFrom === null ? null : new Date(result.enforceFrom),
      acceptedKinds: [...acceptedKinds(result.policy)],
    });
  }

  @Mutation(() => SendLoginPasscodePayload, { description: "Texts a sign-in code to one of the user's phones (e.g. the backup number). The previous code stops working." })
  async sendLoginPasscode(@Arg("input", () => SendLoginPasscodeInput) input: SendLoginPasscodeInput, @Ctx() ctx: AppContext): Promise<SendLoginPasscodePayload> {
    const sent = await ctx.services.passcodes.sendPasscode({ challengeId: input.challengeId, deviceId: input.deviceId, ip: ctx.ip, userAgent: ctx.userAgent });
    return { sentTo: sent.maskedPhone, expiresAt: new Date(sent.expiresAt) };
  }

  @Mutation(() => WebAuthnLoginPayload, { description: "Offers the user's passkeys and security keys at the passcode step; answer with completeLogin's webauthnResponse. Asking again replaces the previous offer." })
  async startWebAuthnLogin(@Arg("challengeId", () => String) challengeId: string, @Ctx() ctx: AppContext): Promise<WebAuthnLoginPayload> {
    return ctx.services.passcodes.startWebAuthnLogin({ challengeId });
  }

  @Mutation(() => LoginSuccess, { description: "Step two: a TOTP code, the texted code, a recovery code, or a passkey's answer (webauthnResponse)." })
  async completeLogin(@Arg("input", () => CompleteLoginInput) input: CompleteLoginInput, @Ctx() ctx: AppContext): Promise<LoginSuccess> {
    if (!input.passcode === !input.webauthnResponse) throw authErrors.oneProof();
    const result = await ctx.services.passcodes.completeLogin({
      challengeId: input.challengeId,
      passcode: input.passcode ?? null,
      assertion: input.webauthnResponse ?? null,
      deviceId: input.deviceId ?? null,
      channel: "GRAPHQL",
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      // The browser is remembered with the sign-in's own writes.
      browser: { token: readKnownBrowser(ctx.req) },
    });
    const token = deliverSession(ctx, result.issued, input.cookie);
    if (result.remembered) setKnownBrowserCookie(ctx.req, ctx.res, result.remembered.token, result.remembered.expiresAt);
    if (input.cookie && input.rememberBrowser) {
      const remembered = await ctx.services.rememberedBrowsers.remember({ user: result.user, userAgent: ctx.userAgent, presented: readRememberToken(ctx.req), ip: ctx.ip });
      if (remembered) setRememberCookie(ctx.req, ctx.res, remembered.token, remembered.days);
    }
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
    const { webauthnResponse, ...rest } = input;
    const until = await ctx.services.reauth.reauthenticate({ user: auth.user, sessionId: auth.session.id, ...rest, assertion: webauthnResponse ?? null, ip: ctx.ip });
    return { validUntil: new Date(until) };
  }

  @Mutation(() => ReauthenticationPasscodePayload, { description: "Texts a step-up code to one of your phones; then call reauthenticate with it and the challengeId." })
  async sendReauthenticationPasscode(@Arg("deviceId", () => ID) deviceId: string, @Ctx() ctx: AppContext): Promise<ReauthenticationPasscodePayload> {
    const auth = requireSession(ctx);
    const sent = await ctx.services.passcodes.sendStepUpPasscode({ user: auth.user, deviceId, ip: ctx.ip, userAgent: ctx.userAgent });
    return { challengeId: sent.challengeId, sentTo: sent.maskedPhone, expiresAt: new Date(sent.expiresAt) };
  }

  @Mutation(() => WebAuthnReauthenticationPayload, { description: "Opens a step-up answered by one of your passkeys; then call reauthenticate with the challengeId and the browser's answer." })
  async startWebAuthnReauthentication(@Ctx() ctx: AppContext): Promise<WebAuthnReauthenticationPayload> {
    const auth = requireSession(ctx);
    return ctx.services.passcodes.startStepUpWebAuthn({ user: auth.user, ip: ctx.ip });
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
