import { generateNumericCode, hashOneTimeCode, maskPhone, normalizeRecoveryCode, oneTimeCodeExpiry, parsePasscode, verifyOneTimeCode } from "@mfa/core";
import type { Config } from "#src/config/config.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { PASSCODE_RESEND_INTERVAL_MS, PASSCODE_SENDS_PER_CHALLENGE, SPENT, type ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { BypassCodeService } from "#src/modules/bypass-codes/bypass-codes.service.js";
import type { LoginChallengeEntity } from "#src/modules/challenges/login-challenge.entity.js";
import type { LockoutService, Verdict } from "#src/modules/lockout/lockout.service.js";
import type { FactorCheck, FactorService } from "#src/modules/mfa/factors.service.js";
import type { AuthMethod, IssuedSession, SessionService } from "#src/modules/sessions/sessions.service.js";
import type { SmsService } from "#src/modules/sms/sms.service.js";
import { loginCodeMessage } from "#src/modules/sms/sms-message.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";

/** The channel of a challenge opened for a step-up (never completes a sign-in). */
export const STEP_UP = "STEP_UP";

export type Channel = "GRAPHQL" | "REST";
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** A checked passcode: a factor's answer, or EXPIRED when the challenge ended while it was checked. */
type Checked = (FactorCheck & { method?: AuthMethod; ticket?: string }) | { kind: "EXPIRED" };

const verdictOf = (checked: Checked): Verdict => (checked.kind === "ACCEPTED" ? "PASS" : checked.kind === "WRONG" ? "FAIL" : "VOID");

/**
 * The second step of a sign-in: texts a code to one of the user's phones, and checks the passcode
 * (an authenticator code, the texted code, a recovery code or an admin-issued bypass code) within the shared lockout.
 */
export class PasscodeService {
  constructor(
    private readonly deps: {
      config: Config;
      challenges: ChallengeService;
      lockout: LockoutService;
      factors: FactorService;
      bypassCodes: BypassCodeService;
      sessions: SessionService;
      sms: SmsService;
      audit: AuditService;
      codeKey: Uint8Array;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Sends (or sends again) a sign-in code to one of the user's phones; the previous code stops working. */
  async sendPasscode(input: { challengeId: string; deviceId: string } & RequestMeta): Promise<{ maskedPhone: string; expiresAt: number }> {
    const { challenges, factors, config, audit } = this.deps;
    const found = await challenges.lookup(input.challengeId);
    // A lock ends the user's sign-ins in progress; they are told it is the lock.
    if (found?.user.mfaLockedAt != null) throw authErrors.locked();
    if (!found?.live) throw authErrors.loginExpired();
    const { challenge, user } = found;
    const device = await factors.verifiedPhone(user.id, input.deviceId);
    if (!device) throw authErrors.noSuchFactor();

    const now = this.now();
    const { digits, ttlMs } = config.sms.passcode;
    const code = generateNumericCode(digits);
    const expiresAt = oneTimeCodeExpiry(now, ttlMs);
    if (!(await challenges.recordText(challenge, { deviceId: device.id, codeHash: hashOneTimeCode(code, this.deps.codeKey), codeExpiresAt: expiresAt }))) {
      if (challenge.smsSendCount >= PASSCODE_SENDS_PER_CHALLENGE) throw authErrors.passcodeLimit();
      throw authErrors.passcodeThrottled(Math.max(1_000, (challenge.smsLastSentAt ?? now) + PASSCODE_RESEND_INTERVAL_MS - now));
    }
    await this.deps.sms.send({ accountId: user.accountId, userId: user.id, domainId: user.domainId, to: device.phoneE164, body: loginCodeMessage(config.issuer, code, ttlMs / 60_000) });
    await audit.record({
      accountId: user.accountId,
      actorId: user.id,
      targetUserId: user.id,
      action: AuditAction.LOGIN_PASSCODE_SENT,
      outcome: "SUCCESS",
      detail: { deviceId: device.id },
      ip: input.ip,
    });
    return { maskedPhone: maskPhone(device.phoneE164), expiresAt };
  }

  /** Step two: a TOTP code, the SMS code, a recovery code or a bypass code. Yields a full session (a bypass code: without a recent proof). */
  async completeLogin(
    input: { challengeId: string; passcode: string; deviceId?: string | null; channel: Channel } & RequestMeta,
  ): Promise<{ user: UserEntity; issued: IssuedSession; method: AuthMethod }> {
    const found = await this.deps.challenges.lookup(input.challengeId);
    if (!found || found.challenge.channel === STEP_UP) throw authErrors.loginExpired();
    const { challenge, user } = found;
    const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
    // A lock ends the user's sign-ins in progress; they are told it is the lock.
    if (user.mfaLockedAt === null && !found.live) throw authErrors.loginExpired();
    const method = await this.prove({ user, challenge, passcode: input.passcode, deviceId: input.deviceId ?? null, channel: input.channel, ip: input.ip });
    // A bypass code gets the user in; it is no proof for changing their factors (a helpdesk code is not their factor).
    const proven = method !== "BYPASS_CODE";
    const issued = await this.deps.sessions.issue({ userId: user.id, mfaPassed: true, restricted: false, methods: ["PASSWORD", method], proven, ...input });
    await this.deps.audit.record({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail: { channel: input.channel, factor: method } });
    return { user, issued, method };
  }

  /**
   * Checks a passcode of the user within the shared lockout: an authenticator code, the code texted
   * for `challenge`, a recovery code, or (signing in only, never at a step-up) a bypass code. A right code
   * completes the challenge. Returns how the user proved it, or throws the coded refusal (audited).
   */
  async prove(input: { user: UserEntity; challenge: LoginChallengeEntity | null; passcode: string; deviceId: string | null; channel: string; ip: string | null }): Promise<AuthMethod> {
    const { lockout, audit } = this.deps;
    const { user, challenge } = input;
    const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
    const refuse = async () => {
      await audit.record({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { channel: input.channel } });
    };
    if (user.mfaLockedAt !== null) {
      await refuse();
      throw authErrors.locked();
    }
    // Bypass codes are for signing in: at a step-up one is just a wrong code (and is not spent).
    const signIn = input.channel !== STEP_UP;
    const attempt = await lockout.attempt(user.id, () => this.check(challenge, user.id, input.passcode, input.deviceId, signIn), verdictOf);
    if (!attempt.checked) {
      await refuse();
      throw attempt.locked ? authErrors.locked() : authErrors.busy();
    }
    const checked = attempt.result;
    if (checked.kind === "EXPIRED") throw authErrors.loginExpired();
    if (checked.kind !== "ACCEPTED") {
      // A right code already spent (a replay) is refused but not held against the user.
      const detail: Record<string, string> = checked.kind === "REPLAY" ? { channel: input.channel, reason: "replay" } : { channel: input.channel };
      await audit.record({ ...meta, action: AuditAction.LOGIN_PASSCODE_FAILED, outcome: "FAILURE", detail });
      if (attempt.lockedNow) {
        await audit.record({ ...meta, action: AuditAction.ACCOUNT_LOCKED, outcome: "SUCCESS", detail: { failures: lockout.rule.maxFailures } });
        throw authErrors.locked();
      }
      throw authErrors.invalidPasscode();
    }
    if (attempt.lockedMeanwhile) throw authErrors.locked();
    const method = checked.method ?? "OTPPASSCODE";
    if (method === "RECOVERY_CODE") await audit.record({ ...meta, action: AuditAction.RECOVERY_CODE_USED, outcome: "SUCCESS" });
    if (method === "BYPASS_CODE") await audit.record({ ...meta, action: AuditAction.BYPASS_CODE_USED, outcome: "SUCCESS", detail: { channel: input.channel, ticket: checked.ticket ?? null } });
    return method;
  }

  /** Opens a step-up of a signed-in user and texts its code to one of their phones. */
  async sendStepUpPasscode(input: { user: UserEntity; deviceId: string } & RequestMeta): Promise<{ challengeId: string; maskedPhone: string; expiresAt: number }> {
    if (input.user.mfaLockedAt !== null) throw authErrors.locked();
    if (!(await this.deps.factors.verifiedPhone(input.user.id, input.deviceId))) throw authErrors.noSuchFactor();
    const { challengeId } = await this.deps.challenges.open({ userId: input.user.id, channel: STEP_UP, ip: input.ip });
    const sent = await this.sendPasscode({ challengeId, deviceId: input.deviceId, ip: input.ip, userAgent: input.userAgent });
    return { challengeId, ...sent };
  }

  /** Checks the passcode and, when it is right, completes the challenge (EXPIRED when it ended meanwhile). */
  private async check(challenge: LoginChallengeEntity | null, userId: string, passcode: string, deviceId: string | null, signIn: boolean): Promise<Checked> {
    const result = await this.factorCheck(challenge, userId, passcode, deviceId, signIn);
    if (result.kind !== "ACCEPTED" || !challenge) return result;
    return (await this.deps.challenges.complete(challenge)) ? result : { kind: "EXPIRED" };
  }

  private async factorCheck(challenge: LoginChallengeEntity | null, userId: string, passcode: string, deviceId: string | null, signIn: boolean): Promise<Checked> {
    const digits = parsePasscode(passcode);
    if (digits) {
      const totp = await this.deps.factors.checkDeviceCode(userId, digits, deviceId);
      if (totp.kind !== "WRONG" || !challenge) return { ...totp, method: "OTPPASSCODE" };
      return this.checkTextedCode(challenge, userId, digits, deviceId);
    }
    const recovery = normalizeRecoveryCode(passcode);
    if (!recovery || deviceId) return { kind: "WRONG" };
    const spent = await this.deps.factors.spendRecoveryCode(userId, recovery);
    if (spent.kind !== "WRONG" || !signIn) return { ...spent, method: "RECOVERY_CODE" };
    // Not one of the user's own recovery codes: perhaps a bypass code their admin issued (same format).
    return { ...(await this.deps.bypassCodes.spendBypassCode(userId, recovery)), method: "BYPASS_CODE" };
  }

  /** The code texted for this challenge; it completes the sign-in only while its phone is still a verified factor. */
  private async checkTextedCode(challenge: LoginChallengeEntity, userId: string, code: string, deviceId: string | null): Promise<Checked> {
    const hash = challenge.smsCodeHash;
    if (!hash || !challenge.smsDeviceId || challenge.smsCodeExpiresAt === null) return { kind: "WRONG" };
    if (deviceId && challenge.smsDeviceId !== deviceId) return { kind: "WRONG" };
    if (!verifyOneTimeCode(code, hash, this.deps.codeKey)) return { kind: "WRONG" };
    // A spent code keeps its hash with no time left: sent again (a double submit), it is a replay, not a failure.
    if (challenge.smsCodeExpiresAt === SPENT) return { kind: "REPLAY" };
    if (challenge.smsCodeExpiresAt <= this.now()) return { kind: "WRONG" };
    if (!(await this.deps.factors.verifiedPhone(userId, challenge.smsDeviceId))) return { kind: "EXPIRED" };
    if (!(await this.deps.challenges.spendText(challenge, hash))) return { kind: "REPLAY" };
    await this.deps.factors.markUsed(challenge.smsDeviceId);
    return { kind: "ACCEPTED", deviceId: challenge.smsDeviceId, method: "PASSCODE" };
  }
}
