import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";

/**
 * An integrator's key to act as the account's admin within a scope. It belongs to the account, not to the admin
 * who created it. Only the SHA-256 of the secret is kept; the secret is shown once.
 */
@Entity("api_keys")
@Index("IDX_api_keys_account", ["accountId", "createdAt"])
export class ApiKeyEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "FK_api_keys_account" })
  account?: Relation<AccountEntity>;

  @Column("varchar", { length: 100 })
  name: string;

  /** READ (admin queries) or ADMIN (admin queries and mutations). */
  @EnumColumn(16)
  scope: string;

  /** Comma-separated ids of the domains the key is limited to; null: the whole account. */
  @Column("text", { nullable: true })
  domainIds: string | null;

  /** SHA-256 (hex) of the whole key. */
  @Column("varchar", { length: 64 })
  secretHash: string;

  /** The admin who created it, and their username then (kept when that admin is gone). */
  @RefColumn({ nullable: true })
  createdBy: string | null;

  @Column("varchar", { length: 320 })
  createdByUsername: string;

  @TimeColumn()
  createdAt: number;

  @TimeColumn()
  expiresAt: number;

  @TimeColumn({ nullable: true })
  revokedAt: number | null;

  @RefColumn({ nullable: true })
  revokedBy: string | null;

  @TimeColumn({ nullable: true })
  lastUsedAt: number | null;

  @Column("varchar", { length: 64, nullable: true })
  lastUsedIp: string | null;

  /** The minute (epoch ms / 60 000) `rateCount` counts in: the per-key budget, held in the database for every instance. */
  @TimeColumn()
  rateWindow: number;

  @Column("int", { default: 0 })
  rateCount: number;
}
