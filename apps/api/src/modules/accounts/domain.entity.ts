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

  @EnumColumn(16, "OFF")
  mfaPolicy: PolicyLevel;

  @TimeColumn()
  createdAt: number;
}
