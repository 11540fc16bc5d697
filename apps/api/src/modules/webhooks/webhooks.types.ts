import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfoType } from "#src/graphql/page-info.js";
import { WebhookEventType } from "./webhook-events.js";

export const WebhookDeliveryStatus = { PENDING: "PENDING", SUCCEEDED: "SUCCEEDED", FAILED: "FAILED" } as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "PENDING: not delivered yet (retried with backoff); SUCCEEDED: the receiver answered 2xx; FAILED: given up after 24 hours.",
});

@ObjectType("WebhookEndpoint", { description: "A URL that gets the account's events it subscribed to, as signed JSON (Standard Webhooks)." })
export class WebhookEndpointType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => String)
  description: string;

  @Field(() => Boolean, { description: "A disabled endpoint gets no new events, and its pending deliveries wait." })
  enabled: boolean;

  @Field(() => [WebhookEventType])
  eventTypes: WebhookEventType[];

  @Field(() => DateTimeISOResolver, { description: "When the current signing secret was made." })
  secretCreatedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Until when the previous secret also signs deliveries, after a rotation." })
  previousSecretExpiresAt: Date | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType("WebhookDelivery", { description: "One event (or test) queued for an endpoint, and how sending it went." })
export class WebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The `webhook-id` header: the same for every attempt and every time the event is sent again." })
  messageId: string;

  @Field(() => String, { description: "The payload's `type`, e.g. `factor.enrolled` or `webhook.test`." })
  eventType: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt; null when there was no answer." })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: "The start of the last answer's body, or why there was none (at most 200 characters)." })
  lastResponse: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the next attempt is due; null once delivered or given up." })
  nextAttemptAt: Date | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

@ObjectType("WebhookDeliveryConnection")
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryType])
  nodes: WebhookDeliveryType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}

@ObjectType()
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpointType)
  endpoint: WebhookEndpointType;

  @Field(() => String, { description: "The signing secret (`whsec_...`), shown this once." })
  secret: string;
}

@ObjectType()
export class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpointType)
  endpoint: WebhookEndpointType;

  @Field(() => String, { description: "The new signing secret, shown this once. The previous one also signs for a day." })
  secret: string;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpointType)
  endpoint: WebhookEndpointType;
}

@ObjectType()
export class DeleteWebhookEndpointPayload {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class WebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType)
  delivery: WebhookDeliveryType;
}
