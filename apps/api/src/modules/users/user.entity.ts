import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import type { UserKind, UserOverride } from "@mfa/core";
import { EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";

/** A login: an account admin or a mailbox (local@domain). */
@Entity("users")
@Index("UQ_users_username", ["username"], { unique: true })
@Index("IDX_users_account", ["accountId"])
@Index("IDX_users_domain_username", ["domainId", "username"])
@Index("IDX_users_domain_mfa", ["domainId", "kind", "accountId", "mfaLockedAt", "verifiedDevices"])
@Index("IDX_users_account_coverage", ["accountId", "kind", "domainId", "verifiedDevices", "mfaLockedAt"])
@Index("IDX_users_domain_followers", ["domainId", "kind", "mfaOverride", "verifiedDevices", "username"])
@Index("IDX_users_domain_page", ["domainId", "username", "kind", "accountId", "mfaLockedAt", "verifiedDevices"])
@Index("IDX_users_account_page", ["accountId", "kind", "username", "mfaLockedAt", "verifiedDevices"])
@Index("IDX_users_account_name", ["accountId", "kind", "displayName", "username", "mfaLockedAt", "verifiedDevices"])
@Index("IDX_users_account_devices", ["accountId", "kind", "verifiedDevices", "username", "mfaLockedAt"])
@Index("IDX_users_domain_name", ["domainId", "kind", "displayName", "username", "mfaLockedAt", "verifiedDevices"])
@Index("IDX_users_domain_devices", ["domainId", "kind", "verifiedDevices", "username", "mfaLockedAt"])
export class UserEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "FK_users_account" })
  account?: Relation<AccountEntity>;

  /** The mailbox's domain; null for an account admin. */
  @RefColumn({ nullable: true })
  domainId: string | null;

  @ManyToOne(() => DomainEntity, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "domain_id", foreignKeyConstraintName: "FK_users_domain" })
  domain?: Relation<DomainEntity> | null;

  @EnumColumn(16)
  kind: UserKind;

  /** Lower-cased login name; for a mailbox, local@domain. */
  @Column("varchar", { length: 320 })
  username: string;

  @Column("varchar", { length: 200 })
  displayName: string;

  /** argon2id hash (PHC string). */
  @Column("varchar", { length: 255 })
  passwordHash: string;

  /** Admin-set enforcement override. */
  @EnumColumn(16, "DEFAULT")
  mfaOverride: UserOverride;

  /** The user's own switch, used under OPTIONAL. */
  @Column("boolean", { default: false })
  mfaEnabled: boolean;

  /** Consecutive second-factor failures, raised atomically before a code is checked. */
  @Column("int", { default: 0 })
  mfaFailures: number;

  @TimeColumn({ nullable: true })
  mfaLockedAt: number | null;

  @Column("int", { default: 0 })
  passwordFailures: number;

  /** How many verified devices the user has; kept with every device change (see MfaService). */
  @Column("int", { default: 0 })
  verifiedDevices: number;

  @TimeColumn({ nullable: true })
  passwordLastFailureAt: number | null;

  /** When the user last put off setting up MFA before a Force-On deadline ("Remind me later"). */
  @TimeColumn({ nullable: true })
  mfaSetupDeferredAt: number | null;

  @TimeColumn()
  createdAt: number;
}
