import type { DataSource } from "typeorm";
import { runBatch, type Statement } from "#src/db/batch.js";
import type { Config } from "#src/config/config.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { SessionService } from "#src/modules/sessions/sessions.service.js";
import type { PasswordThrottle } from "#src/modules/throttle/throttle.service.js";
import { verifyPassword } from "#src/modules/users/password.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";
import { findUser } from "./auth.queries.js";
import { STEP_UP, type PasscodeService } from "./passcode.service.js";

export interface StepUpInput {
  user: UserEntity;
  sessionId: string;
  password?: string | null;
  passcode?: string | null;
  /** A passkey's assertion for the WebAuthn challenge of `challengeId` (startWebAuthnReauthentication). */
  assertion?: string | null;
  challengeId?: string | null;
  deviceId?: string | null;
  ip: string | null;
}

/**
 * Step-up: a fresh proof of the user's strongest factor before a sensitive change, recorded on the
 * session. A user with a verified device proves a code from it (or a recovery code), within the
 * same lockout as the sign-in; a user without one proves the password, throttled like the sign-in.
 */
export class ReauthService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      config: Config;
      sessions: SessionService;
      challenges: ChallengeService;
      factors: FactorService;
      passcodes: PasscodeService;
      throttle: PasswordThrottle;
      audit: AuditService;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async reauthenticate(input: StepUpInput): Promise<number> {
    const user = await findUser(this.deps.dataSource, input.user.id);
    if (!user) throw authErrors.invalidCredentials();
    if (user.mfaLockedAt !== null) throw authErrors.locked();
    // The proof is recorded on the session, and audited, with the proof's own writes.
    const recorded = (factor: string): Statement[] => [
      this.deps.sessions.recordStepUp(input.sessionId),
      ...this.deps.audit.statements({ accountId: user.accountId, actorId: user.id, targetUserId: user.id, action: AuditAction.REAUTHENTICATED, outcome: "SUCCESS", detail: { factor }, ip: input.ip }),
    ];
    if (await this.deps.factors.hasVerifiedDevice(user.id)) await this.provePasscode(user, input, recorded);
    else {
      await this.provePassword(user, input);
      await runBatch(this.deps.dataSource, recorded("PASSWORD"));
    }
    return this.now() + this.deps.config.session.recentProofMs;
  }

  private async provePasscode(user: UserEntity, input: StepUpInput, success: (method: string) => Statement[]): Promise<string> {
    if (!input.passcode && !input.assertion) {
      throw new AppError(ErrorCode.PASSCODE_REQUIRED, "Confirm with a code from your device, a passkey, or a recovery code.", { field: "passcode" });
    }
    let challenge = null;
    if (input.challengeId) {
      const found = await this.deps.challenges.live(input.challengeId);
      if (!found || found.user.id !== user.id || found.challenge.channel !== STEP_UP) throw authErrors.loginExpired();
      challenge = found.challenge;
    }
    return this.deps.passcodes.prove({ user, challenge, passcode: input.assertion ? null : (input.passcode ?? null), assertion: input.assertion ?? null, deviceId: input.deviceId ?? null, channel: STEP_UP, ip: input.ip, success });
  }

  /** The password of a user without a second factor, counted by the same limiter as the sign-in. */
  private async provePassword(user: UserEntity, input: StepUpInput): Promise<string> {
    const { throttle } = this.deps;
    const slot = await throttle.attempt(throttle.keys({ username: user.username, address: input.ip, knownBrowser: false, browserToken: null }));
    if (!slot.allowed) throw authErrors.throttled(slot.retryAfterMs);
    let outcome: "RIGHT" | "WRONG" | "VOID" = "VOID";
    try {
      const ok = !!input.password && (await verifyPassword(user.passwordHash, input.password));
      outcome = ok ? "RIGHT" : "WRONG";
      if (!ok) {
        await this.deps.audit.record({ accountId: user.accountId, actorId: user.id, targetUserId: user.id, action: AuditAction.REAUTHENTICATION_FAILED, outcome: "FAILURE", ip: input.ip });
        throw authErrors.invalidCredentials();
      }
    } finally {
      await slot.settle(outcome);
    }
    return "PASSWORD";
  }
}
