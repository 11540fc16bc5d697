import type { UserOverride } from "@mfa/core";
import type { DataSource } from "typeorm";
import { execute } from "#src/db/sql.js";
import type { ProvisioningService } from "#src/modules/accounts/provisioning.service.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { LockoutService } from "#src/modules/auth/lockout.service.js";
import type { SessionService } from "#src/modules/auth/session.service.js";
import { DeviceEntity } from "#src/modules/mfa/device.entity.js";
import { RecoveryCodeEntity } from "#src/modules/mfa/recovery-code.entity.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { adminErrors } from "./admin.errors.js";

/** What an admin does to the users of their own account: reset, unlock, override, provision. */
export class UserAdminService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      audit: AuditService;
      sessions: SessionService;
      lockout: LockoutService;
      provisioning: ProvisioningService;
      policyOf: (user: UserEntity) => Promise<string>;
    },
  ) {}

  /** A user of the admin's account, or NOT_FOUND (never a hint that it exists elsewhere). */
  async userOf(accountId: string, userId: string): Promise<UserEntity> {
    const user = /^[0-9a-f-]{36}$/i.test(userId) ? await this.deps.dataSource.manager.findOneBy(UserEntity, { id: userId, accountId }) : null;
    if (!user) throw adminErrors.userNotFound();
    return user;
  }

  private record(admin: UserEntity, target: UserEntity, action: AuditAction, ip: string | null, detail?: Record<string, string | number | boolean | null>) {
    return this.deps.audit.record({ accountId: admin.accountId, actorId: admin.id, targetUserId: target.id, action, outcome: "SUCCESS", detail: { username: target.username, ...detail }, ip });
  }

  /** "Reset Multifactor Authentication": removes devices and recovery codes, unlocks, signs the user out everywhere. */
  async resetMfa(admin: UserEntity, userId: string, ip: string | null): Promise<UserEntity> {
    const user = await this.userOf(admin.accountId, userId);
    let devices = 0;
    await this.deps.dataSource.transaction(async (manager) => {
      devices = (await manager.delete(DeviceEntity, { userId: user.id })).affected ?? 0;
      await manager.delete(RecoveryCodeEntity, { userId: user.id });
      await manager.update(UserEntity, { id: user.id }, { mfaEnabled: false, mfaFailures: 0, mfaLockedAt: null, verifiedDevices: 0 });
      await this.deps.sessions.revokeAllOf(user.id, AuditAction.MFA_RESET, undefined, manager);
    });
    await this.record(admin, user, AuditAction.MFA_RESET, ip, { devicesRemoved: devices });
    return this.userOf(admin.accountId, userId);
  }

  async unlock(admin: UserEntity, userId: string, ip: string | null): Promise<UserEntity> {
    const user = await this.userOf(admin.accountId, userId);
    await this.deps.lockout.unlock(user.id);
    await this.record(admin, user, AuditAction.ACCOUNT_UNLOCKED, ip, { wasLocked: user.mfaLockedAt !== null });
    return this.userOf(admin.accountId, userId);
  }

  /** Sets a user's enforcement override; when it makes MFA required, sessions without MFA end. */
  async setOverride(admin: UserEntity, userId: string, level: UserOverride, ip: string | null): Promise<UserEntity> {
    const user = await this.userOf(admin.accountId, userId);
    await this.deps.dataSource.manager.update(UserEntity, { id: user.id }, { mfaOverride: level });
    const updated = await this.userOf(admin.accountId, userId);
    let revoked = 0;
    if ((await this.deps.policyOf(updated)) === "REQUIRED") {
      revoked = (
        await execute(this.deps.dataSource, "UPDATE sessions SET revoked_at = ?, revoked_reason = 'POLICY_REQUIRED' WHERE user_id = ? AND revoked_at IS NULL AND mfa_passed = 0", [
          Date.now(),
          user.id,
        ])
      ).affected;
    }
    await this.record(admin, user, AuditAction.MFA_OVERRIDE_SET, ip, { from: user.mfaOverride, to: level, revokedSessions: revoked });
    return updated;
  }

  async createMailbox(admin: UserEntity, input: { domainId: string; localPart: string; displayName: string; password: string }, ip: string | null): Promise<UserEntity> {
    const user = await this.deps.provisioning.createMailbox({ accountId: admin.accountId, ...input });
    await this.record(admin, user, AuditAction.MAILBOX_CREATED, ip);
    return user;
  }

  async deleteMailbox(admin: UserEntity, userId: string, ip: string | null): Promise<void> {
    const user = await this.userOf(admin.accountId, userId);
    if (user.kind !== "MAILBOX") throw adminErrors.notAMailbox();
    await this.deps.dataSource.manager.delete(UserEntity, { id: user.id });
    await this.record(admin, user, AuditAction.MAILBOX_DELETED, ip);
  }
}
