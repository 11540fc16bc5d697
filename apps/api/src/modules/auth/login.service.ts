import { decideLogin, effectivePolicy, maskPhone, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { IssuedSession, SessionService } from "#src/modules/sessions/sessions.service.js";
import type { PasswordThrottle, SettleOutcome } from "#src/modules/throttle/throttle.service.js";
import { burnPasswordCheck, verifyPassword } from "#src/modules/users/password.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";
import { findLoginUser } from "./auth.queries.js";
import type { Channel, PasscodeService, RequestMeta } from "./passcode.service.js";

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
  | {
      kind: "CHALLENGE";
      user: UserEntity;
      challengeId: string;
      expiresAt: number;
      factors: ChallengeFactor[];
      smsSentTo: string | null;
      /** Why the default phone got no text (an SMS budget or the country list), if it did not. */
      smsRefused: AppError | null;
    }
  | { kind: "SETUP_REQUIRED"; user: UserEntity; policy: PolicyLevel };

/** Step one of the one login service behind both doors (GraphQL and the Identity-style REST endpoint). */
export class LoginService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      throttle: PasswordThrottle;
      sessions: SessionService;
      challenges: ChallengeService;
      factors: FactorService;
      passcodes: PasscodeService;
      audit: AuditService;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Step one: the password. Decides, from the policy and the user's devices, what comes next. */
  async passwordStep(
    input: { username: string; password: string; channel: Channel; browserToken?: string | null } & RequestMeta,
  ): Promise<PasswordStepResult> {
    const { dataSource, audit, throttle } = this.deps;
    const username = input.username.trim().toLowerCase();
    const found = username.length <= 320 ? await findLoginUser(dataSource, username) : null;
    const browserToken = input.browserToken ?? null;
    const knownBrowser = browserToken ? await throttle.isKnown(browserToken, found?.id ?? "") : false;
    const detail = { channel: input.channel };
    const meta = found
      ? { accountId: found.accountId, actorId: found.id, targetUserId: found.id, ip: input.ip }
      : { accountId: null, actorId: null, targetUserId: null, ip: input.ip };

    // The same steps, statements and answers whether the username exists or not.
    const slot = await throttle.attempt({ username, address: input.ip, knownBrowser, browserToken });
    if (!slot.allowed) {
      await audit.record({ ...meta, action: AuditAction.LOGIN_THROTTLED, outcome: "FAILURE", detail });
      throw authErrors.throttled(slot.retryAfterMs);
    }
    let outcome: SettleOutcome = "VOID";
    try {
      const passwordOk = found ? await verifyPassword(found.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
      // A locked account answers the same whether the password was right or not: the lock is no oracle.
      if (found?.mfaLockedAt != null) {
        outcome = "LOCKED";
        await audit.record({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail });
        throw authErrors.locked();
      }
      outcome = passwordOk ? "RIGHT" : "WRONG";
      if (!passwordOk || !found) {
        await audit.record({ ...meta, action: AuditAction.LOGIN_PASSWORD_FAILED, outcome: "FAILURE", detail: found ? detail : { ...detail, unknownUser: true } });
        throw authErrors.invalidCredentials();
      }
    } finally {
      await slot.settle(outcome);
    }
    const user = found as UserEntity;

    const policy = effectivePolicy({
      kind: user.kind,
      override: user.mfaOverride,
      domainPolicy: user.domain?.mfaPolicy ?? "OFF",
      accountAdminPolicy: user.account?.adminMfaPolicy ?? "OPTIONAL",
    });
    const devices = await this.deps.factors.devices(user.id);
    const decision = decideLogin({
      policy,
      mfaEnabled: user.mfaEnabled,
      devices: devices.map((d) => ({ id: d.id, kind: d.kind, verified: d.verifiedAt !== null, isDefault: d.isDefault, isBackup: d.isBackup })),
    });

    if (decision.outcome === "PASS") {
      // The password proves the user's strongest factor only when they have no device.
      const proven = !devices.some((d) => d.verifiedAt !== null);
      const issued = await this.deps.sessions.issue({ userId: user.id, mfaPassed: false, restricted: false, methods: ["PASSWORD"], proven, ...input });
      await audit.record({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail: { channel: input.channel, factor: "PASSWORD", policy } });
      return { kind: "SUCCESS", user, issued };
    }
    if (decision.outcome === "SETUP_REQUIRED") {
      await audit.record({ ...meta, action: AuditAction.LOGIN_MFA_SETUP_REQUIRED, outcome: "SUCCESS", detail: { channel: input.channel } });
      return { kind: "SETUP_REQUIRED", user, policy };
    }

    const byId = new Map(devices.map((d) => [d.id, d]));
    const factors: ChallengeFactor[] = decision.factors.map((f) => {
      const phone = byId.get(f.id)?.phoneE164 ?? null;
      return { id: f.id, kind: f.kind, name: byId.get(f.id)?.name ?? "", maskedPhone: phone ? maskPhone(phone) : null, isDefault: f.isDefault, isBackup: f.isBackup };
    });
    const { challengeId, expiresAt } = await this.deps.challenges.open({ userId: user.id, channel: input.channel, ip: input.ip });
    await audit.record({ ...meta, action: AuditAction.LOGIN_MFA_CHALLENGED, outcome: "SUCCESS", detail: { channel: input.channel, factors: factors.length } });

    // The default factor is a phone: its code is sent now, as the classic flow does.
    let smsSentTo: string | null = null;
    let smsRefused: AppError | null = null;
    const first = factors[0];
    if (first?.kind === "SMS") {
      try {
        await this.deps.passcodes.sendPasscode({ challengeId, deviceId: first.id, ip: input.ip, userAgent: input.userAgent });
        smsSentTo = first.maskedPhone;
      } catch (error) {
        // A text refused by the SMS budgets or the country list (audited by the sender) does not block the
        // sign-in: the challenge stands, and the user picks another factor, a recovery code, or asks for a text later.
        const refused = error instanceof AppError && (error.code === ErrorCode.SMS_BUDGET_EXCEEDED || error.code === ErrorCode.SMS_COUNTRY_NOT_ALLOWED);
        if (!refused) throw error;
        smsRefused = error;
      }
    }
    return { kind: "CHALLENGE", user, challengeId, expiresAt, factors, smsSentTo, smsRefused };
  }

  /** Remembers the browser a user just signed in from (unless it already is), so their own sign-ins pass while others guess. */
  async rememberBrowser(userId: string, presented: string | null): Promise<{ token: string; expiresAt: number } | null> {
    if (presented && (await this.deps.throttle.isKnown(presented, userId))) return null;
    return this.deps.throttle.remember(userId);
  }

  /** Issues the setup-only session of a user who must enrol before anything else. */
  issueSetupSession(user: UserEntity, meta: RequestMeta): Promise<IssuedSession> {
    return this.deps.sessions.issue({ userId: user.id, mfaPassed: false, restricted: true, methods: ["PASSWORD"], proven: true, ...meta });
  }
}
