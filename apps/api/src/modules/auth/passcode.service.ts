import { generateNumericCode, maskPhone, oneTimeCodeExpiry, type OneTimeCodeHasher } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import { withConnection, type Statement } from "#src/db/batch.js";
import { SETTLING } from "#src/db/retry.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { PASSCODE_RESEND_INTERVAL_MS, PASSCODE_SENDS_PER_CHALLENGE, type ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { BypassCodeService } from "#src/modules/bypass-codes/bypass-codes.service.js";
import type { LoginChallengeEntity } from "#src/modules/challenges/login-challenge.entity.js";
import type { LockoutService } from "#src/modules/lockout/lockout.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { AuthMethod, IssuedSession, SessionService } from "#src/modules/sessions/sessions.service.js";
import { isWellFormedToken, tokenHash } from "#src/modules/sessions/tokens.js";
import type { SmsService } from "#src/modules/sms/sms.service.js";
import { loginCodeMessage } from "#src/modules/sms/sms-message.js";
import type { PasswordThrottle } from "#src/modules/throttle/throttle.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { transportsOf, type WebAuthnCeremonies } from "#src/modules/webauthn/webauthn.ceremony.js";
import { authErrors } from "./auth.errors.js";
import { settleAttempt } from "./passcode-attempt.js";
import { factsOf, readChallengeFacts, readUserFacts } from "./passcode.queries.js";

/** The channel of a challenge opened for a step-up (never completes a sign-in). */
export const STEP_UP = "STEP_UP";

export type Channel = "GRAPHQL" | "REST";
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The second step of a sign-in: texts a code to one of the user's phones, and checks the passcode
 * (an authenticator code, the texted code, a recovery code or an admin-issued bypass code) within the shared lockout.
 */
export class PasscodeService {
  constructor(
    private readonly deps: {
      config: Config;
      dataSource: DataSource;
      challenges: ChallengeService;
      lockout: LockoutService;
      factors: FactorService;
      bypassCodes: BypassCodeService;
      sessions: SessionService;
      sms: SmsService;
      audit: AuditService;
      throttle: PasswordThrottle;
      codes: OneTimeCodeHasher;
      ceremonies: WebAuthnCeremonies;
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
    if (!(await challenges.recordText(challenge, { deviceId: device.id, codeHash: this.deps.codes.hash(code), codeExpiresAt: expiresAt }))) {
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

  /**
   * Step two: a TOTP code, the SMS code, a recovery code or a bypass code. Yields a full session (a bypass
   * code: without a recent proof). The
   * attempt slot travels with the one read (challenge, user, authenticators); a right code is then
   * one transaction (spend, complete, reset the counter; the session, the audit, the known browser).
   * `browser`, for a door that remembers browsers: the known-browser token presented (or null).
   */
  async completeLogin(
    input: { challengeId: string; passcode: string | null; assertion?: string | null; deviceId?: string | null; channel: Channel; browser?: { token: string | null } } & RequestMeta,
  ): Promise<{ user: UserEntity; issued: IssuedSession; method: AuthMethod; remembered: { token: string; expiresAt: number } | null }> {
    const { lockout, sessions, audit, throttle } = this.deps;
    if (!isWellFormedToken(input.challengeId)) throw authErrors.loginExpired();
    const idHash = tokenHash(input.challengeId);
    const presented = input.browser?.token && isWellFormedToken(input.browser.token) ? input.browser.token : null;
    const now = this.now();
    return withConnection(this.deps.dataSource, async (conn) => {
      // Sent as one transaction: a deadlock or a conflict with another node's commit rolls the take back, and it is sent again.
      const [taken, read] = await conn.batch([lockout.takeForChallenge(idHash, now, STEP_UP), readChallengeFacts(idHash, presented ? tokenHash(presented) : null, now)]);
      const facts = factsOf(read);
      const slot = taken?.affected === 1;
      const challenge = facts?.challenge;
      const live = !!challenge && challenge.channel !== STEP_UP && challenge.consumedAt === null && challenge.expiresAt > now;
      // A lock ends the user's sign-ins in progress; they are told it is the lock (by the attempt).
      if (!facts || !challenge || challenge.channel === STEP_UP || (facts.user.mfaLockedAt === null && !live)) {
        if (slot && facts) await conn.batch([lockout.giveBack(facts.user.id)], SETTLING);
        throw authErrors.loginExpired();
      }
      const { user } = facts;
      let issued: IssuedSession | null = null;
      let remembered: { token: string; expiresAt: number } | null = null;
      const attempt = { facts, slot, now, passcode: input.passcode, assertion: input.assertion ?? null, deviceId: input.deviceId ?? null, channel: input.channel, signIn: true, ip: input.ip };
      const method = await settleAttempt(this.deps, conn, attempt, (proved) => {
        const session = sessions.prepare({ userId: user.id, mfaPassed: true, restricted: false, methods: ["PASSWORD", proved], proven: proved !== "BYPASS_CODE", ip: input.ip, userAgent: input.userAgent });
        issued = session.issued;
        const browser: Statement[] = [];
        if (input.browser && facts.knownBrowser && presented) browser.push(throttle.touch(presented));
        else if (input.browser) {
          const fresh = throttle.rememberStatement(user.id);
          remembered = { token: fresh.token, expiresAt: fresh.expiresAt };
          browser.push(fresh.statement);
        }
        const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
        // A browser that never signed in before is told to the user (a security alert follows the audit event).
        const detail = { channel: input.channel, factor: proved, ...(remembered ? { newBrowser: true } : {}) };
        return [session.statement, ...audit.statements({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail }), ...browser];
      });
      return { user, issued: issued as unknown as IssuedSession, method, remembered };
    });
  }

  /**
   * Checks a passcode of a signed-in user (a step-up) within the shared lockout: an authenticator
   * code, the code texted for `challenge` (a step-up one) or a recovery code; a bypass code only when
   * `channel` is a sign-in's (at a step-up it is just a wrong code, and is not spent). A right
   * code is spent in one transaction with `success`; returns how the user proved it, or throws the
   * coded refusal (audited).
   */
  async prove(input: {
    user: UserEntity;
    challenge: LoginChallengeEntity | null;
    passcode: string | null;
    assertion?: string | null;
    deviceId: string | null;
    channel: string;
    ip: string | null;
    success: (method: AuthMethod) => Statement[];
  }): Promise<AuthMethod> {
    const { lockout } = this.deps;
    return withConnection(this.deps.dataSource, async (conn) => {
      const [taken, read] = await conn.batch([lockout.take(input.user.id), readUserFacts(input.user.id)]);
      const facts = factsOf(read);
      if (!facts) throw authErrors.invalidCredentials();
      const attempt = { facts: { ...facts, challenge: input.challenge }, slot: taken?.affected === 1, now: this.now(), passcode: input.passcode, assertion: input.assertion ?? null, deviceId: input.deviceId, channel: input.channel, signIn: input.channel !== STEP_UP, ip: input.ip };
      return settleAttempt(this.deps, conn, attempt, input.success);
    });
  }

  /**
   * The options for the browser's `navigator.credentials.get` over the user's passkeys, for a sign-in in
   * progress (its WebAuthn challenge is recorded on it; asking again replaces it).
   */
  async startWebAuthnLogin(input: { challengeId: string }): Promise<{ optionsJson: string }> {
    const found = await this.deps.challenges.lookup(input.challengeId);
    if (found?.user.mfaLockedAt != null) throw authErrors.locked();
    if (!found?.live || found.challenge.channel === STEP_UP) throw authErrors.loginExpired();
    return this.offerWebAuthn(found.user, found.challenge);
  }

  /** Opens a step-up of a signed-in user answered by one of their passkeys: its id and the options for the browser. */
  async startStepUpWebAuthn(input: { user: UserEntity; ip: string | null }): Promise<{ challengeId: string; optionsJson: string }> {
    if (input.user.mfaLockedAt !== null) throw authErrors.locked();
    const { challengeId } = await this.deps.challenges.open({ userId: input.user.id, channel: STEP_UP, ip: input.ip });
    const found = await this.deps.challenges.live(challengeId);
    if (!found) throw authErrors.loginExpired();
    return { challengeId, ...(await this.offerWebAuthn(input.user, found.challenge)) };
  }

  private async offerWebAuthn(user: UserEntity, challenge: LoginChallengeEntity): Promise<{ optionsJson: string }> {
    const passkeys = await this.deps.factors.passkeys(user.id);
    if (passkeys.length === 0) throw authErrors.noPasskey();
    const offer = await this.deps.ceremonies.authenticationOptions(
      passkeys.map((p) => ({ credentialId: p.credentialId ?? "", publicKey: p.publicKey ?? "", transports: transportsOf(p.transports) })),
    );
    if (!(await this.deps.challenges.recordWebAuthn(challenge, offer.challengeHash))) throw authErrors.loginExpired();
    return { optionsJson: offer.optionsJson };
  }

  /** Opens a step-up of a signed-in user and texts its code to one of their phones. */
  async sendStepUpPasscode(input: { user: UserEntity; deviceId: string } & RequestMeta): Promise<{ challengeId: string; maskedPhone: string; expiresAt: number }> {
    if (input.user.mfaLockedAt !== null) throw authErrors.locked();
    if (!(await this.deps.factors.verifiedPhone(input.user.id, input.deviceId))) throw authErrors.noSuchFactor();
    const { challengeId } = await this.deps.challenges.open({ userId: input.user.id, channel: STEP_UP, ip: input.ip });
    const sent = await this.sendPasscode({ challengeId, deviceId: input.deviceId, ip: input.ip, userAgent: input.userAgent });
    return { challengeId, ...sent };
  }
}
