import { decideLogin, effectivePolicy, maskPhone, passwordThrottle, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { IssuedSession, SessionService } from "#src/modules/sessions/sessions.service.js";
import { burnPasswordCheck, verifyPassword } from "#src/modules/users/password.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";
import { clearPasswordFailures, findLoginUser, recordPasswordFailure } from "./auth.queries.js";
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
  | { kind: "CHALLENGE"; user: UserEntity; challengeId: string; expiresAt: number; factors: ChallengeFactor[]; smsSentTo: string | null }
  | { kind: "SETUP_REQUIRED"; user: UserEntity; policy: PolicyLevel };

/** Step one of the one login service behind both doors (GraphQL and the Identity-style REST endpoint). */
export class LoginService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
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
  async passwordStep(input: { username: string; password: string; channel: Channel } & RequestMeta): Promise<PasswordStepResult> {
    const { dataSource, audit } = this.deps;
    const username = input.username.trim().toLowerCase();
    const user = username.length <= 320 ? await findLoginUser(dataSource, username) : null;
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
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    // A locked account signs in by no path until an admin unlocks it, and answers the same whether the
    // password was right or not: the lock is no oracle for guessing it.
    if (user.mfaLockedAt !== null) {
      await audit.record({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw authErrors.locked();
    }
    if (!passwordOk) {
      await recordPasswordFailure(dataSource, user.id, this.now());
      await audit.record({ ...meta, action: AuditAction.LOGIN_PASSWORD_FAILED, outcome: "FAILURE", detail: { channel: input.channel } });
      throw authErrors.invalidCredentials();
    }
    if (user.passwordFailures > 0) await clearPasswordFailures(dataSource, user.id);

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
    const first = factors[0];
    if (first?.kind === "SMS") {
      await this.deps.passcodes.sendPasscode({ challengeId, deviceId: first.id, ip: input.ip, userAgent: input.userAgent });
      smsSentTo = first.maskedPhone;
    }
    return { kind: "CHALLENGE", user, challengeId, expiresAt, factors, smsSentTo };
  }

  /** Issues the setup-only session of a user who must enrol before anything else. */
  issueSetupSession(user: UserEntity, meta: RequestMeta): Promise<IssuedSession> {
    return this.deps.sessions.issue({ userId: user.id, mfaPassed: false, restricted: true, methods: ["PASSWORD"], proven: true, ...meta });
  }
}
