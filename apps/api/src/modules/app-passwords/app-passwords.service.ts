import { randomUUID } from "node:crypto";
import { APP_PASSWORDS_MAX, appPasswordSelector, type PolicyLevel, canCreateAppPasswords, generateAppPassword, normalizeAppPassword } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { PolicyService } from "#src/modules/policy/policy.service.js";
import { hashPassword } from "#src/modules/users/password.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { AppPasswordEntity } from "./app-password.entity.js";
import { appPasswordErrors } from "./app-passwords.errors.js";
import {
  countAppPasswords,
  deleteAppPassword,
  deleteAppPasswordsOf,
  domainAppPasswordsAllowed,
  insertAppPassword,
  listAppPasswords,
  lockAndCountAppPasswords,
  setDomainAppPasswordsAllowed,
} from "./app-passwords.queries.js";

const APP_PASSWORD_NAME_MAX = 64;

/** Why app passwords cannot be made: the domain's switch forbids them, or the user's MFA is off. */
export type AppPasswordsUnavailable = "DOMAIN_FORBIDS" | "MFA_OFF";

/** The user acting on their own app passwords. */
export interface OwnActor {
  user: UserEntity;
  ip: string | null;
}

/**
 * App passwords for mail clients: made by a user under MFA (shown once, 16 letters, argon2id at rest), at most 10,
 * revoked one by one or all; a reset and "remove all devices" revoke them in their own transaction (`removeAllOf`).
 * Owns `app_passwords` and `domains.app_passwords_allowed`.
 */
export class AppPasswordService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; policy: PolicyService; now?: () => number }) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  list(userId: string): Promise<AppPasswordEntity[]> {
    return listAppPasswords(this.deps.dataSource, userId);
  }

  domainAllowed(domainId: string): Promise<boolean> {
    return domainAppPasswordsAllowed(this.deps.dataSource, domainId);
  }

  count(userId: string): Promise<number> {
    return countAppPasswords(this.deps.dataSource, userId);
  }

  /** Why the user may not make app passwords now (null: they may): the domain forbids them, or MFA is off for them. */
  async unavailableReason(user: Pick<UserEntity, "domainId" | "mfaEnabled" | "kind" | "accountId" | "mfaOverride">, known?: { policy: PolicyLevel; mfaEnabled: boolean }): Promise<AppPasswordsUnavailable | null> {
    const domainAllows = user.domainId === null ? true : await domainAppPasswordsAllowed(this.deps.dataSource, user.domainId);
    if (!domainAllows) return "DOMAIN_FORBIDS";
    const policy = known?.policy ?? (await this.deps.policy.policyOf(user));
    const mfaEnabled = known?.mfaEnabled ?? user.mfaEnabled;
    return canCreateAppPasswords({ policy, mfaEnabled, domainAllows }) ? null : "MFA_OFF";
  }

  /** Whether the user may make app passwords now (MFA on or required, and the domain allows them); throws why not. */
  async assertMayCreate(user: UserEntity): Promise<void> {
    const reason = await this.unavailableReason(user);
    if (reason === "DOMAIN_FORBIDS") throw appPasswordErrors.domainForbids();
    if (reason === "MFA_OFF") throw appPasswordErrors.mfaOff();
  }

  /** Makes an app password; the password is returned this once (only its hash is kept). */
  async create(actor: OwnActor, rawName: string): Promise<{ appPassword: AppPasswordEntity; password: string }> {
    const name = rawName.trim();
    if (name === "" || name.length > APP_PASSWORD_NAME_MAX) throw appPasswordErrors.badName();
    await this.assertMayCreate(actor.user);
    if ((await this.count(actor.user.id)) >= APP_PASSWORDS_MAX) throw appPasswordErrors.limit();
    const password = generateAppPassword();
    const canonical = normalizeAppPassword(password) as string;
    const row = Object.assign(new AppPasswordEntity(), {
      id: randomUUID(),
      userId: actor.user.id,
      name,
      passwordHash: await hashPassword(canonical),
      selector: appPasswordSelector(canonical),
      lastUsedAt: null,
      lastUsedProtocol: null,
      lastUsedIp: null,
      createdAt: this.now(),
    });
    await this.deps.dataSource.transaction(async (db) => {
      // Counted again under the user's row lock: parallel creations cannot pass the limit together.
      if ((await lockAndCountAppPasswords(db, actor.user.id)) >= APP_PASSWORDS_MAX) throw appPasswordErrors.limit();
      await insertAppPassword(db, row);
      await this.own(db, actor, AuditAction.APP_PASSWORD_CREATED, { appPasswordId: row.id, name });
    });
    return { appPassword: row, password };
  }

  /** Revokes one of the user's own app passwords; another user's id is not found. */
  async revoke(actor: OwnActor, id: string): Promise<void> {
    await this.deps.dataSource.transaction(async (db) => {
      if ((await deleteAppPassword(db, actor.user.id, id)) !== 1) throw appPasswordErrors.notFound();
      await this.own(db, actor, AuditAction.APP_PASSWORD_REVOKED, { appPasswordId: id });
    });
  }

  /** Revokes every app password of the user; returns how many. */
  async revokeAll(actor: OwnActor): Promise<number> {
    let revoked = 0;
    await this.deps.dataSource.transaction(async (db) => {
      revoked = await deleteAppPasswordsOf(db, actor.user.id);
      await this.own(db, actor, AuditAction.APP_PASSWORD_REVOKED, { all: true, revoked });
    });
    return revoked;
  }

  /** An admin revokes every app password of a user of their account (audited). */
  async revokeByAdmin(admin: AdminActor, target: UserEntity, ip: string | null): Promise<number> {
    let revoked = 0;
    await this.deps.dataSource.transaction(async (db) => {
      revoked = await deleteAppPasswordsOf(db, target.id);
      await this.deps.audit.record(
        { accountId: admin.accountId, actorId: admin.id, targetUserId: target.id, action: AuditAction.APP_PASSWORDS_REVOKED_BY_ADMIN, outcome: "SUCCESS", detail: { username: target.username, revoked }, ip },
        db,
      );
    });
    return revoked;
  }

  /** Removes every app password of a user within the caller's transaction (a reset, "remove all devices", a new password). */
  removeAllOf(userId: string, db: Db): Promise<number> {
    return deleteAppPasswordsOf(db, userId);
  }

  /** Allows or forbids app passwords for a domain of the admin's account (audited). Forbidding does not delete existing ones: the check refuses them. */
  async setDomainAllowed(admin: AdminActor, domain: { id: string; name: string }, allowed: boolean, ip: string | null): Promise<void> {
    await this.deps.dataSource.transaction(async (db) => {
      const before = await domainAppPasswordsAllowed(db, domain.id);
      await setDomainAppPasswordsAllowed(db, domain.id, allowed);
      await this.deps.audit.record(
        { accountId: admin.accountId, actorId: admin.id, targetUserId: null, action: AuditAction.DOMAIN_APP_PASSWORDS_CHANGED, outcome: "SUCCESS", detail: { domainId: domain.id, domain: domain.name, from: before, to: allowed }, ip },
        db,
      );
    });
  }

  private own(db: Db, actor: OwnActor, action: AuditAction, detail: Record<string, string | number | boolean>) {
    return this.deps.audit.record({ accountId: actor.user.accountId, actorId: actor.user.id, targetUserId: actor.user.id, action, outcome: "SUCCESS", detail, ip: actor.ip }, db);
  }
}
