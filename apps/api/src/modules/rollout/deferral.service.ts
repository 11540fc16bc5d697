import { canDeferSetup, deferralActive, deferralCutoff, effectiveEnforcement, inGracePeriod, SETUP_DEFERRAL_MS } from "@mfa/core";
import type { DataSource } from "typeorm";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { IssuedSession, SessionService } from "#src/modules/sessions/sessions.service.js";
import { readDeferralFacts, recordDeferral, type DeferralFacts } from "./deferral.queries.js";
import { rolloutErrors, type NotDeferrableReason } from "./rollout.errors.js";

export interface Deferred {
  issued: IssuedSession;
  /** The Force-On's deadline. */
  enforceFrom: number;
  /** When the wizard is offered again at sign-in. */
  remindAfter: number;
}

/**
 * "Remind me later": before a Force-On deadline, a user without a device who is shown the setup wizard may put it off,
 * at most once a day. The setup-only session gives way to a session without MFA, which ends at the deadline at the
 * latest; every deferral is audited.
 */
export class SetupDeferralService {
  constructor(
    private readonly deps: { dataSource: DataSource; sessions: SessionService; audit: AuditService; now: () => number },
  ) {}

  private settingOf(facts: DeferralFacts) {
    return effectiveEnforcement({
      kind: facts.kind,
      override: facts.override,
      domain: facts.domainPolicy === null ? null : { policy: facts.domainPolicy, enforceFrom: facts.domainEnforceFrom },
      admin: { policy: facts.adminPolicy, enforceFrom: facts.adminEnforceFrom },
    });
  }

  private refusal(facts: DeferralFacts, now: number): NotDeferrableReason {
    if (!inGracePeriod(this.settingOf(facts), now)) return "NOT_BEFORE_DEADLINE";
    if (facts.verifiedDevices > 0) return "HAS_DEVICE";
    return deferralActive(facts.deferredAt, now) ? "ALREADY_DEFERRED" : "NOT_BEFORE_DEADLINE";
  }

  async defer(input: { userId: string; accountId: string; sessionId: string; ip: string | null; userAgent: string | null }): Promise<Deferred> {
    const { dataSource, sessions, audit } = this.deps;
    const now = this.deps.now();
    const outcome = await dataSource.transaction(async (db) => {
      const facts = await readDeferralFacts(db, input.userId);
      if (!facts) throw rolloutErrors.notDeferrable("NOT_BEFORE_DEADLINE");
      const setting = this.settingOf(facts);
      if (!canDeferSetup({ setting, hasVerifiedDevice: facts.verifiedDevices > 0, deferredAt: facts.deferredAt, now })) throw rolloutErrors.notDeferrable(this.refusal(facts, now));
      // The write decides between parallel presses: one records the deferral, the others find it made (told after
      // the transaction, from a fresh read: this one's snapshot predates the winner's).
      if ((await recordDeferral(db, input.userId, now, deferralCutoff(now))) !== 1) return null;
      const enforceFrom = setting.enforceFrom as number;
      await sessions.revoke(input.sessionId, "SETUP_DEFERRED", db);
      // The session without MFA lasts until the deadline at the latest.
      const issued = await sessions.issue(
        { userId: input.userId, mfaPassed: false, restricted: false, methods: ["PASSWORD"], proven: true, ip: input.ip, userAgent: input.userAgent, endsWithinMs: enforceFrom - now },
        db,
      );
      await audit.record(
        {
          accountId: input.accountId,
          actorId: input.userId,
          targetUserId: input.userId,
          action: AuditAction.MFA_SETUP_DEFERRED,
          outcome: "SUCCESS",
          detail: { enforceFrom: new Date(enforceFrom).toISOString(), domain: facts.domainName },
          ip: input.ip,
        },
        db,
      );
      return { issued, enforceFrom, remindAfter: now + SETUP_DEFERRAL_MS };
    });
    if (outcome) return outcome;
    const fresh = await readDeferralFacts(dataSource, input.userId);
    throw rolloutErrors.notDeferrable(fresh ? this.refusal(fresh, now) : "NOT_BEFORE_DEADLINE");
  }
}
