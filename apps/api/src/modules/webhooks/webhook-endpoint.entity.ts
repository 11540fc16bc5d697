import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";

/**
 * A URL of an integrator that gets the account's events it subscribed to (`webhook_subscriptions`) as signed
 * JSON deliveries (`webhook_deliveries`). The signing secret is sealed (AES-256-GCM); after a rotation the
 * previous one keeps signing too, for a day, so receivers can switch without losing a delivery.
 */
@Entity("webhook_endpoints")
@Index("IDX_webhook_endpoints_account", ["accountId", "createdAt"])
export class WebhookEndpointEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "FK_webhook_endpoints_account" })
  account?: Relation<AccountEntity>;

  @Column("varchar", { length: 2048 })
  url: string;

  @Column("varchar", { length: 200 })
  description: string;

  @Column("boolean", { default: true })
  enabled: boolean;

  @Column("text")
  secretSealed: string;

  @Column("text", { nullable: true })
  previousSecretSealed: string | null;

  @TimeColumn({ nullable: true })
  previousSecretExpiresAt: number | null;

  @TimeColumn()
  secretCreatedAt: number;

  /** The admin who registered it (kept when that admin is deleted: the audit log names them). */
  @RefColumn({ nullable: true })
  createdBy: string | null;

  @TimeColumn()
  createdAt: number;

  @TimeColumn()
  updatedAt: number;
}
