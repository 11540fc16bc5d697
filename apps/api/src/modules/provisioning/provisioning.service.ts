import { randomUUID } from "node:crypto";
import type { PolicyLevel } from "@mfa/core";
import type { DataSource, EntityManager } from "typeorm";
import { ErrorCode } from "#src/errors/codes.js";
import { AppError } from "#src/errors/app-error.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { hashPassword } from "#src/modules/users/password.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { DomainCounters } from "#src/modules/counters/counters.service.js";
import { MailboxSearchIndex } from "#src/modules/search/search.service.js";

const DOMAIN_NAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?$/;

/** Creates accounts, domains, admins and mailboxes. */
export class ProvisioningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => number = Date.now,
    private readonly counters: DomainCounters = new DomainCounters(dataSource),
    private readonly search: MailboxSearchIndex = new MailboxSearchIndex(),
  ) {}

  async createAccount(name: string, manager: EntityManager = this.dataSource.manager): Promise<AccountEntity> {
    const account = manager.create(AccountEntity, { id: randomUUID(), name, adminMfaPolicy: "OPTIONAL", adminEnforceFrom: null, createdAt: this.now() });
    return manager.save(account);
  }

  async account(accountId: string): Promise<AccountEntity> {
    return this.dataSource.manager.findOneByOrFail(AccountEntity, { id: accountId });
  }

  async createDomain(
    input: { accountId: string; name: string; parentId?: string | null; mfaPolicy?: PolicyLevel },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DomainEntity> {
    const name = input.name.trim().toLowerCase();
    if (!DOMAIN_NAME.test(name)) throw new AppError(ErrorCode.BAD_USER_INPUT, `"${input.name}" is not a valid domain name.`, { field: "name" });
    if (input.parentId) {
      const parent = await manager.findOneBy(DomainEntity, { id: input.parentId, accountId: input.accountId });
      if (!parent) throw new AppError(ErrorCode.NOT_FOUND, "The parent domain does not exist.", { field: "parentId" });
    }
    if (await manager.existsBy(DomainEntity, { name })) {
      throw new AppError(ErrorCode.CONFLICT, `The domain ${name} already exists.`, { field: "name" });
    }
    const domain = manager.create(DomainEntity, {
      id: randomUUID(),
      accountId: input.accountId,
      parentId: input.parentId ?? null,
      name,
      mfaPolicy: input.mfaPolicy ?? "OFF",
      enforceFrom: null,
      enforceSetAt: null,
      createdAt: this.now(),
    });
    if (manager === this.dataSource.manager) {
      return this.dataSource.transaction(async (m) => {
        const saved = await m.save(domain);
        await this.counters.domainCreated(m, saved);
        return saved;
      });
    }
    const saved = await manager.save(domain);
    await this.counters.domainCreated(manager, saved);
    return saved;
  }

  async createAdmin(
    input: { accountId: string; username: string; displayName: string; password: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity> {
    return this.insertUser(manager, { ...input, kind: "ADMIN", domainId: null, username: input.username.trim().toLowerCase() });
  }

  async createMailbox(
    input: { accountId: string; domainId: string; localPart: string; displayName: string; password: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity> {
    const domain = await manager.findOneBy(DomainEntity, { id: input.domainId, accountId: input.accountId });
    if (!domain) throw new AppError(ErrorCode.NOT_FOUND, "The domain does not exist.", { field: "domainId" });
    const local = input.localPart.trim().toLowerCase();
    if (!LOCAL_PART.test(local)) throw new AppError(ErrorCode.BAD_USER_INPUT, `"${input.localPart}" is not a valid mailbox name.`, { field: "localPart" });
    const row = { ...input, kind: "MAILBOX" as const, username: `${local}@${domain.name}` };
    // The mailbox counts in its domain's counters from the same transaction on.
    const insert = async (m: EntityManager) => {
      const user = await this.insertUser(m, row);
      await this.search.add(m, user);
      await this.counters.added(m, user.id);
      return user;
    };
    return manager === this.dataSource.manager ? this.dataSource.transaction(insert) : insert(manager);
  }

  private async insertUser(
    manager: EntityManager,
    input: { accountId: string; domainId: string | null; kind: "ADMIN" | "MAILBOX"; username: string; displayName: string; password: string },
  ): Promise<UserEntity> {
    if (await manager.existsBy(UserEntity, { username: input.username })) {
      throw new AppError(ErrorCode.CONFLICT, `The login ${input.username} already exists.`, { field: "username" });
    }
    const user = manager.create(UserEntity, {
      id: randomUUID(),
      accountId: input.accountId,
      domainId: input.domainId,
      kind: input.kind,
      username: input.username,
      displayName: input.displayName.trim() || input.username,
      passwordHash: await hashPassword(input.password),
      mfaOverride: "DEFAULT",
      mfaEnabled: false,
      passwordFailures: 0,
      passwordLastFailureAt: null,
      mfaSetupDeferredAt: null,
      createdAt: this.now(),
    });
    return manager.save(user);
  }
}
