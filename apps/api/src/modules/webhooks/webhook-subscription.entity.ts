import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { RefColumn } from "#src/db/columns.js";
import { WebhookEndpointEntity } from "./webhook-endpoint.entity.js";

/**
 * One event type an endpoint subscribed to. The account id is kept here so the audit writer finds an event's
 * subscribers with one index probe (none, for an account without endpoints).
 */
@Entity("webhook_subscriptions")
@Index("IDX_webhook_subscriptions_account_event", ["accountId", "eventType"])
export class WebhookSubscriptionEntity {
  @PrimaryColumn("varchar", { length: 36 })
  endpointId: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "endpoint_id", foreignKeyConstraintName: "FK_webhook_subscriptions_endpoint" })
  endpoint?: Relation<WebhookEndpointEntity>;

  @PrimaryColumn("varchar", { length: 32 })
  eventType: string;

  @RefColumn()
  accountId: string;
}
