import { Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Column } from "typeorm";
import type { PolicyLevel } from "@mfa/core";
import { EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { AccountEntity } from "./account.entity.js";

/** A mail domain of an account; its MFA policy never cascades to child domains. */
@Entity("domains")
@Index("UQ_domains_name", ["name"], { unique: true })
@Index("IDX_domains_account", ["accountId"])
@Index("IDX_domains_parent", ["parentId"])
export class DomainEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "FK_domains_account" })
  account?: Relation<AccountEntity>;

  @RefColumn({ nullable: true })
  parentId: string | null;

  @ManyToOne(() => DomainEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "FK_domains_parent" })
  parent?: Relation<DomainEntity> | null;

  @Column("varchar", { length: 253 })
  name: string;

  @EnumColumn(24, "OFF")
  mfaPolicy: PolicyLevel;

  /** When a REQUIRED policy takes full effect (before it, users without a device may put setup off); null: now. */
  @TimeColumn({ nullable: true })
  enforceFrom: number | null;

  /** When the deadline was set (its first reminder is due then); null without a deadline. */
  @TimeColumn({ nullable: true })
  enforceSetAt: number | null;

  /** Whether the domain's mailboxes may use app passwords with mail clients (written by app-passwords/). */
  @Column("boolean", { default: true })
  appPasswordsAllowed: boolean;

  /** Days a browser may be remembered at the passcode step, 0 to 90 (0: off; written by domains/). */
  @Column("int", { default: 30 })
  rememberBrowserDays: number;

  @TimeColumn()
  createdAt: number;
}
