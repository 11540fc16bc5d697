import { requiresMfa, type UserOverride } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AppPasswordService } from "#src/modules/app-passwords/app-passwords.service.js";
import type { BypassCodeService } from "#src/modules/bypass-codes/bypass-codes.service.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { DomainCounters } from "#src/modules/counters/counters.service.js";
import type { LockoutService } from "#src/modules/lockout/lockout.service.js";
import type { DomainsService } from "#src/modules/domains/domains.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { PolicyService } from "#src/modules/policy/policy.service.js";
import type { RememberedBrowserService } from "#src/modules/remembered-browsers/remembered-browsers.service.js";
import type { SessionService } from "#src/modules/sessions/sessions.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { mailboxErrors } from "./mailboxes.errors.js";
import { deleteUser, findAccountUser, setOverride } from "./mailboxes.queries.js";

/** What an admin does to the users of their own account: reset, unlock, override, provision. */
export class UserAdminService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      audit: AuditService;
      sessions: SessionService;
      lockout: LockoutService;
      factors: FactorService;
      bypassCodes: BypassCodeService;
      appPasswords: AppPasswordService;
      rememberedBrowsers: RememberedBrowserService;
      policy: PolicyService;
      domains: Pick<DomainsService, "assertAdminHasMfa">;
      provisioning: ProvisioningService;
      counters: DomainCounters;
    },
  ) {}

  /** A user of the admin's account, or NOT_FOUND (never a hint that it exists elsewhere). */
  async userOf(accountId: string, userId: string): Promise<UserEntity> {
    const user = /^[0-9a-f-]{36}$/i.test(userId) ? await findAccountUser(this.deps.dataSource, accountId, userId) : null;
    if (!user) throw mailboxErrors.userNotFound();
    return user;
  }

  /** Audits a change in its transaction (`db`), so the change's webhook event commits with it. */
  private record(db: Db, admin: AdminActor, target: UserEntity, action: AuditAction, ip: string | null, detail?: Record<string, string | number | boolean | null>) {
    return this.deps.audit.record({ accountId: admin.accountId, actorId: admin.id, targetUserId: target.id, action, outcome: "SUCCESS", detail: { username: target.username, ...detail }, ip }, db);
  }

  /**
   * "Reset Multifactor Authentication": removes devices, recovery codes and the bypass codes admins issued
   * (a reset means starting over) and the remembered browsers, unlocks, ends every sign-in in progress and signs the user out
   * everywhere, in one transaction.
   */
  async resetMfa(admin: AdminActor, userId: string, ip: string | null): Promise<UserEntity> {
    const user = await this.userOf(admin.accountId, userId);
    let devices = 0;
    let bypassCodes = 0;
    let appPasswords = 0;
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, user.id, async () => {
        devices = await this.deps.factors.removeAllOf(user.id, db);
        bypassCodes = await this.deps.bypassCodes.removeAllOf(user.id, db);
        appPasswords = await this.deps.appPasswords.removeAllOf(user.id, db);
        const browsers = await this.deps.rememberedBrowsers.removeAllOf(user.id, db);
        await this.deps.lockout.unlock(user.id, db);
        await this.deps.sessions.revokeScope({ users: [user.id] }, "ALL", AuditAction.MFA_RESET, { db });
        await this.record(db, admin, user, AuditAction.MFA_RESET, ip, { devicesRemoved: devices, bypassCodesRevoked: bypassCodes, appPasswordsRevoked: appPasswords, rememberedBrowsersForgotten: browsers });
      }),
    );
    return this.userOf(admin.accountId, userId);
  }

  /** Clears the lock; sign-ins that were in progress before it must start again. */
  async unlock(admin: AdminActor, userId: string, ip: string | null): Promise<UserEntity> {
    const user = await this.userOf(admin.accountId, userId);
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, user.id, async () => {
        await this.deps.lockout.unlock(user.id, db);
        await this.record(db, admin, user, AuditAction.ACCOUNT_UNLOCKED, ip, { wasLocked: user.mfaLockedAt !== null });
      }),
    );
    return this.userOf(admin.accountId, userId);
  }

  /** Sets a user's enforcement override; when it makes MFA required, sessions without MFA end. */
  async setOverride(admin: AdminActor, userId: string, level: UserOverride, ip: string | null): Promise<UserEntity> {
    const user = await this.userOf(admin.accountId, userId);
    if (level === "REQUIRED") await this.deps.domains.assertAdminHasMfa(admin);
    const required = requiresMfa(await this.deps.policy.policyOf({ ...user, mfaOverride: level }));
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, user.id, async () => {
        await setOverride(db, user.id, level);
        const revoked = required ? await this.deps.sessions.revokeScope({ users: [user.id] }, "WITHOUT_MFA", "POLICY_REQUIRED", { db }) : 0;
        await this.record(db, admin, user, AuditAction.MFA_OVERRIDE_SET, ip, { from: user.mfaOverride, to: level, revokedSessions: revoked });
      }),
    );
    return this.userOf(admin.accountId, userId);
  }

  async createMailbox(admin: AdminActor, input: { domainId: string; localPart: string; displayName: string; password: string }, ip: string | null): Promise<UserEntity> {
    return this.deps.dataSource.transaction(async (db) => {
      const user = await this.deps.provisioning.createMailbox({ accountId: admin.accountId, ...input }, db);
      await this.record(db, admin, user, AuditAction.MAILBOX_CREATED, ip);
      return user;
    });
  }

  async deleteMailbox(admin: AdminActor, userId: string, ip: string | null): Promise<void> {
    const user = await this.userOf(admin.accountId, userId);
    if (user.kind !== "MAILBOX") throw mailboxErrors.notAMailbox();
    await this.deps.dataSource.transaction((db) =>
      this.deps.counters.track(db, user.id, async () => {
        // Recorded first: the event names the mailbox and its domain from the row about to go.
        await this.record(db, admin, user, AuditAction.MAILBOX_DELETED, ip);
        await deleteUser(db, user.id);
      }),
    );
  }
}
