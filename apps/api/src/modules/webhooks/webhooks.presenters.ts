import type { DeliveryRow } from "./deliveries.queries.js";
import type { EndpointView } from "./webhooks.service.js";
import type { WebhookDeliveryType, WebhookEndpointType } from "./webhooks.types.js";

/** The API's view of an endpoint: never its secret. */
export function presentEndpoint(e: EndpointView): WebhookEndpointType {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    enabled: e.enabled,
    eventTypes: e.eventTypes,
    secretCreatedAt: new Date(e.secretCreatedAt),
    previousSecretExpiresAt: e.previousSecretExpiresAt !== null && e.previousSecretExpiresAt > Date.now() ? new Date(e.previousSecretExpiresAt) : null,
    createdAt: new Date(e.createdAt),
    updatedAt: new Date(e.updatedAt),
  };
}

export function presentDelivery(d: DeliveryRow): WebhookDeliveryType {
  return {
    id: d.id,
    messageId: d.messageId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastResponse: d.lastResponse,
    lastAttemptAt: d.lastAttemptAt === null ? null : new Date(d.lastAttemptAt),
    nextAttemptAt: d.status === "PENDING" ? new Date(d.nextAttemptAt) : null,
    createdAt: new Date(d.createdAt),
  };
}
