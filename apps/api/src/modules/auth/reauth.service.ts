import { passwordThrottle } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { SessionService } from "#src/modules/sessions/sessions.service.js";
import { verifyPassword } from "#src/modules/users/password.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";
import { clearPasswordFailures, findUser, recordPasswordFailure } from "./auth.queries.js";

/** A fresh proof for sensitive changes, recorded on the session; counted and throttled like the sign-in password. */
export class ReauthService {
  constructor(
    private readonly deps: { dataSource: DataSource; config: Config; sessions: SessionService; audit: AuditService; now?: () => number },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async reauthenticate(input: { user: UserEntity; sessionId: string; password: string; ip: string | null }): Promise<number> {
    const { dataSource, audit } = this.deps;
    const user = await findUser(dataSource, input.user.id);
    if (!user) throw authErrors.invalidCredentials();
    const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
    const throttle = passwordThrottle({ failures: user.passwordFailures, lastFailureAtMs: user.passwordLastFailureAt, nowMs: this.now() });
    if (!throttle.allowed) throw authErrors.throttled(throttle.retryAfterMs);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await recordPasswordFailure(dataSource, user.id, this.now());
      await audit.record({ ...meta, action: AuditAction.REAUTHENTICATION_FAILED, outcome: "FAILURE" });
      throw authErrors.invalidCredentials();
    }
    if (user.passwordFailures > 0) await clearPasswordFailures(dataSource, user.id);
    await this.deps.sessions.recordProof(input.sessionId);
    await audit.record({ ...meta, action: AuditAction.REAUTHENTICATED, outcome: "SUCCESS" });
    return this.now() + this.deps.config.session.recentProofMs;
  }
}
