import { decideLogin, effectivePolicy, generateNumericCode, hashOneTimeCode, maskPhone, oneTimeCodeExpiry, passwordThrottle, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import { execute } from "#src/db/sql.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { DeviceEntity } from "#src/modules/mfa/device.entity.js";
import type { PasscodeCheck } from "#src/modules/mfa/passcode-check.js";
import type { SmsService } from "#src/modules/sms/sms.service.js";
import { loginCodeMessage } from "#src/modules/sms/sms-message.js";
import { burnPasswordCheck, verifyPassword } from "#src/modules/users/password.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";
import { LoginChallengeEntity } from "./login-challenge.entity.js";
import type { LockoutService } from "./lockout.service.js";
import type { AuthMethod, IssuedSession, SessionService } from "./session.service.js";
import { newOpaqueToken, tokenHash } from "./tokens.js";

export const CHALLENGE_TTL_MS = 10 * 60_000;
export const PASSCODE_RESEND_INTERVAL_MS = 30_000;
export const PASSCODE_SENDS_PER_CHALLENGE = 5;
const SMS_CODE_TTL_MS = 5 * 60_000;

export type Channel = "GRAPHQL" | "REST";
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface ChallengeFactor {
  id: string;
  kind: "TOTP" | "SMS";
  name: string;
  maskedPhone: string | null;
  isDefault: boolean;
  isBackup: boolean;
}

export type PasswordStepResult =
  | { kind: "SUCCESS"; user: UserEntity; issued: IssuedSession }
  | { kind: "CHALLENGE"; user: UserEntity; challengeId: string; expiresAt: number; factors: ChallengeFactor[]; smsSentTo: string | null }
  | { kind: "SETUP_REQUIRED"; user: UserEntity; policy: PolicyLevel };

/** The one login service behind both doors (GraphQL and the Identity-style REST endpoint). */
export class LoginService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      config: Config;
      sessions: SessionService;
      lockout: LockoutService;
      passcodes: PasscodeCheck;
      audit: AuditService;
      sms: SmsService;
      codeKey: Uint8Array;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** The effective MFA requirement of a user (override, else own domain, else the account's admin policy). */
  async policyOf(user: UserEntity): Promise<PolicyLevel> {
    const row: { domain_policy: PolicyLevel | null; admin_policy: PolicyLevel }[] = await this.deps.dataSource.query(
      "SELECT d.mfa_policy AS domain_policy, a.admin_mfa_policy AS admin_policy FROM accounts a LEFT JOIN domains d ON d.id = ? WHERE a.id = ?",
      [user.domainId, user.accountId],
    );
    return effectivePolicy({
      kind: user.kind,
      override: user.mfaOverride,
      domainPolicy: row[0]?.domain_policy ?? "OFF",
      accountAdminPolicy: row[0]?.admin_policy ?? "OPTIONAL",
    });
  }

  /** Step one: the password. Decides, from the policy and the user's devices, what comes next. */
  async passwordStep(input: { username: string; password: string; channel: Channel } & RequestMeta): Promise<PasswordStepResult> {
    const { dataSource, audit } = this.deps;
    const username = input.username.trim().toLowerCase();
    // The user with their domain's and account's policies, in one statement.
    const user =
      username.length <= 320
        ? await dataSource.manager
            .createQueryBuilder(UserEntity, "u")
            .innerJoinAndSelect("u.account", "a")
            .leftJoinAndSelect("u.domain", "d")
            .where("u.username = :username", { username })
            .getOne()
        : null;
    if (!user) {
      await burnPasswordCheck(input.password);
      throw authErrors.invalidCredentials();
    }
    const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
    const throttle = passwordThrottle({ failures: user.passwordFailures, lastFailureAtMs: user.passwordLastFailureAt, nowMs: this.now() });
    if (!throttle.allowed) {
      await audit.record({ ...meta, action: AuditAction.LOGIN_THROTTLED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw authErrors.throttled(throttle.retryAfterMs);
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await execute(dataSource, "UPDATE users SET password_failures = password_failures + 1, password_last_failure_at = ? WHERE id = ?", [this.now(), user.id]);
      await audit.record({ ...meta, action: AuditAction.LOGIN_PASSWORD_FAILED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw authErrors.invalidCredentials();
    }
    if (user.passwordFailures > 0) {
      await execute(dataSource, "UPDATE users SET password_failures = 0, password_last_failure_at = NULL WHERE id = ?", [user.id]);
    }
    // A locked account signs in by no path, whatever the policy, until an admin unlocks it.
    if (user.mfaLockedAt !== null) {
      await audit.record({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw authErrors.locked();
    }

    const policy = effectivePolicy({
      kind: user.kind,
      override: user.mfaOverride,
      domainPolicy: user.domain?.mfaPolicy ?? "OFF",
      accountAdminPolicy: user.account?.adminMfaPolicy ?? "OPTIONAL",
    });
    const devices = await dataSource.manager.find(DeviceEntity, { where: { userId: user.id }, order: { createdAt: "ASC" } });
    const decision = decideLogin({
      policy,
      mfaEnabled: user.mfaEnabled,
      devices: devices.map((d) => ({ id: d.id, kind: d.kind, verified: d.verifiedAt !== null, isDefault: d.isDefault, isBackup: d.isBackup })),
    });

    if (decision.outcome === "PASS") {
      const issued = await this.deps.sessions.issue({ userId: user.id, mfaPassed: false, restricted: false, methods: ["PASSWORD"], ...input });
      await audit.record({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail: { channel: input.channel, factor: "PASSWORD", policy } });
      return { kind: "SUCCESS", user, issued };
    }
    if (decision.outcome === "SETUP_REQUIRED") {
      await audit.record({ ...meta, action: AuditAction.LOGIN_MFA_SETUP_REQUIRED, outcome: "SUCCESS", detail: { channel: input.channel } });
      return { kind: "SETUP_REQUIRED", user, policy };
    }

    const byId = new Map(devices.map((d) => [d.id, d]));
    const factors: ChallengeFactor[] = decision.factors.map((f) => {
      const device = byId.get(f.id) as DeviceEntity;
      return {
        id: f.id,
        kind: f.kind,
        name: device.name,
        maskedPhone: device.phoneE164 ? maskPhone(device.phoneE164) : null,
        isDefault: f.isDefault,
        isBackup: f.isBackup,
      };
    });
    const challengeId = newOpaqueToken();
    const now = this.now();
    const challenge = dataSource.manager.create(LoginChallengeEntity, {
      idHash: tokenHash(challengeId),
      userId: user.id,
      channel: input.channel,
      createdAt: now,
      expiresAt: now + CHALLENGE_TTL_MS,
      consumedAt: null,
      smsDeviceId: null,
      smsCodeHash: null,
      smsCodeExpiresAt: null,
      smsLastSentAt: null,
      smsSendCount: 0,
      ip: input.ip,
    });
    await dataSource.manager.insert(LoginChallengeEntity, challenge);
    await audit.record({ ...meta, action: AuditAction.LOGIN_MFA_CHALLENGED, outcome: "SUCCESS", detail: { channel: input.channel, factors: factors.length } });

    // The default factor is a phone: its code is sent now, as the classic flow does.
    let smsSentTo: string | null = null;
    const first = factors[0];
    if (first?.kind === "SMS") {
      await this.sendPasscode({ challengeId, deviceId: first.id, ip: input.ip, userAgent: input.userAgent });
      smsSentTo = first.maskedPhone;
    }
    return { kind: "CHALLENGE", user, challengeId, expiresAt: challenge.expiresAt, factors, smsSentTo };
  }

  /** Issues the setup-only session of a user who must enrol before anything else. */
  async issueSetupSession(user: UserEntity, meta: RequestMeta): Promise<IssuedSession> {
    return this.deps.sessions.issue({ userId: user.id, mfaPassed: false, restricted: true, methods: ["PASSWORD"], ...meta });
  }

  /** The user a live challenge belongs to (for the demo outbox during the passcode step). */
  async challengeUserId(challengeId: string): Promise<string> {
    return (await this.liveChallenge(challengeId)).userId;
  }

  /** The live challenge and its user, in one statement (the passcode step's hot path). */
  private async liveChallengeWithUser(challengeId: string): Promise<{ challenge: LoginChallengeEntity; user: UserEntity }> {
    const found = /^[A-Za-z0-9_-]{43}$/.test(challengeId)
      ? await this.deps.dataSource.manager
          .createQueryBuilder(LoginChallengeEntity, "c")
          .innerJoinAndSelect("c.user", "u")
          .where("c.id_hash = :hash", { hash: tokenHash(challengeId) })
          .getOne()
      : null;
    if (!found?.user || found.consumedAt !== null || found.expiresAt <= this.now()) throw authErrors.loginExpired();
    const { user, ...challenge } = found;
    return { challenge: Object.assign(new LoginChallengeEntity(), challenge), user };
  }

  private async liveChallenge(challengeId: string): Promise<LoginChallengeEntity> {
    const challenge = /^[A-Za-z0-9_-]{43}$/.test(challengeId)
      ? await this.deps.dataSource.manager.findOneBy(LoginChallengeEntity, { idHash: tokenHash(challengeId) })
      : null;
    if (!challenge || challenge.consumedAt !== null || challenge.expiresAt <= this.now()) throw authErrors.loginExpired();
    return challenge;
  }

  /** Sends (or sends again) a sign-in code to one of the user's phones; the previous code stops working. */
  async sendPasscode(input: { challengeId: string; deviceId: string } & RequestMeta): Promise<{ maskedPhone: string; expiresAt: number }> {
    const { dataSource, config, audit } = this.deps;
    const challenge = await this.liveChallenge(input.challengeId);
    const device = await dataSource.manager.findOneBy(DeviceEntity, { id: input.deviceId, userId: challenge.userId, kind: "SMS" });
    if (!device || device.verifiedAt === null || !device.phoneE164) throw authErrors.noSuchFactor();
    const user = await dataSource.manager.findOneByOrFail(UserEntity, { id: challenge.userId });
    if (user.mfaLockedAt !== null) throw authErrors.locked();

    const now = this.now();
    const code = generateNumericCode(6);
    const expiresAt = oneTimeCodeExpiry(now, SMS_CODE_TTL_MS);
    const { affected } = await execute(
      dataSource,
      `UPDATE login_challenges SET sms_device_id = ?, sms_code_hash = ?, sms_code_expires_at = ?, sms_last_sent_at = ?, sms_send_count = sms_send_count + 1
       WHERE id_hash = ? AND consumed_at IS NULL AND expires_at > ? AND sms_send_count < ? AND (sms_last_sent_at IS NULL OR sms_last_sent_at <= ?)`,
      [device.id, hashOneTimeCode(code, this.deps.codeKey), expiresAt, now, challenge.idHash, now, PASSCODE_SENDS_PER_CHALLENGE, now - PASSCODE_RESEND_INTERVAL_MS],
    );
    if (affected !== 1) {
      if (challenge.smsSendCount >= PASSCODE_SENDS_PER_CHALLENGE) throw authErrors.passcodeLimit();
      throw authErrors.passcodeThrottled(Math.max(1_000, (challenge.smsLastSentAt ?? now) + PASSCODE_RESEND_INTERVAL_MS - now));
    }
    await this.deps.sms.send({
      accountId: user.accountId,
      userId: user.id,
      to: device.phoneE164,
      body: loginCodeMessage(config.issuer, code, SMS_CODE_TTL_MS / 60_000),
    });
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

  /** Step two: a TOTP code, the SMS code or a recovery code. Yields a full session. */
  async completeLogin(
    input: { challengeId: string; passcode: string; deviceId?: string | null; channel: Channel } & RequestMeta,
  ): Promise<{ user: UserEntity; issued: IssuedSession; method: AuthMethod }> {
    const { dataSource, lockout, audit } = this.deps;
    const { challenge, user } = await this.liveChallengeWithUser(input.challengeId);
    const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
    if (user.mfaLockedAt !== null) {
      await audit.record({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw authErrors.locked();
    }
    if (!(await lockout.takeSlot(user.id))) {
      const fresh = await dataSource.manager.findOneByOrFail(UserEntity, { id: user.id });
      await audit.record({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw fresh.mfaLockedAt !== null ? authErrors.locked() : authErrors.busy();
    }

    const result = await this.deps.passcodes.check({ userId: user.id, passcode: input.passcode, deviceId: input.deviceId ?? null, challenge });
    if (result.kind === "REPLAY") {
      // Right, but already spent by another request: refused, and not held against the user.
      await execute(dataSource, "UPDATE users SET mfa_failures = mfa_failures - 1 WHERE id = ? AND mfa_failures > 0", [user.id]);
      await audit.record({ ...meta, action: AuditAction.LOGIN_PASSCODE_FAILED, outcome: "FAILURE", detail: { channel: input.channel, reason: "replay" } });
      throw authErrors.invalidPasscode();
    }
    if (result.kind === "WRONG") {
      const locked = await lockout.fail(user.id);
      await audit.record({ ...meta, action: AuditAction.LOGIN_PASSCODE_FAILED, outcome: "FAILURE", detail: { channel: input.channel } });
      if (locked) {
        await audit.record({ ...meta, action: AuditAction.ACCOUNT_LOCKED, outcome: "SUCCESS", detail: { failures: lockout.rule.maxFailures } });
        throw authErrors.locked();
      }
      throw authErrors.invalidPasscode();
    }

    const consumed = await execute(dataSource, "UPDATE login_challenges SET consumed_at = ? WHERE id_hash = ? AND consumed_at IS NULL AND expires_at > ?", [
      this.now(),
      challenge.idHash,
      this.now(),
    ]);
    if (consumed.affected !== 1) {
      await lockout.succeed(user.id);
      throw authErrors.loginExpired();
    }
    if (!(await lockout.succeed(user.id))) throw authErrors.locked();
    const issued = await this.deps.sessions.issue({ userId: user.id, mfaPassed: true, restricted: false, methods: ["PASSWORD", result.method], ...input });
    if (result.method === "RECOVERY_CODE") {
      await audit.record({ ...meta, action: AuditAction.RECOVERY_CODE_USED, outcome: "SUCCESS" });
    }
    await audit.record({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail: { channel: input.channel, factor: result.method } });
    return { user, issued, method: result.method };
  }

  /** A fresh password proof for sensitive changes; counted and throttled like the sign-in password. */
  async reauthenticate(input: { user: UserEntity; sessionId: string; password: string } & RequestMeta): Promise<number> {
    const { dataSource, audit } = this.deps;
    const user = await dataSource.manager.findOneByOrFail(UserEntity, { id: input.user.id });
    const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
    const throttle = passwordThrottle({ failures: user.passwordFailures, lastFailureAtMs: user.passwordLastFailureAt, nowMs: this.now() });
    if (!throttle.allowed) throw authErrors.throttled(throttle.retryAfterMs);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await execute(dataSource, "UPDATE users SET password_failures = password_failures + 1, password_last_failure_at = ? WHERE id = ?", [this.now(), user.id]);
      await audit.record({ ...meta, action: AuditAction.REAUTHENTICATION_FAILED, outcome: "FAILURE" });
      throw authErrors.invalidCredentials();
    }
    if (user.passwordFailures > 0) await execute(dataSource, "UPDATE users SET password_failures = 0, password_last_failure_at = NULL WHERE id = ?", [user.id]);
    await this.deps.sessions.recordProof(input.sessionId);
    await audit.record({ ...meta, action: AuditAction.REAUTHENTICATED, outcome: "SUCCESS" });
    return this.now() + this.deps.config.session.recentProofMs;
  }
}
