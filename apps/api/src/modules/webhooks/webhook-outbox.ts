import type { Statement } from "#src/db/batch.js";
import type { AuditFollower, AuditRecord, RecordedAuditEvent } from "#src/modules/audit/audit.service.js";
import { enqueueEvent } from "./deliveries.queries.js";
import { EVENT_OF_ACTION, WEBHOOK_TYPE_NAMES } from "./webhook-events.js";

/** The message id of an event: the same for every endpoint and every time it is sent again. */
export const messageIdOf = (eventId: string) => `msg_${eventId}`;

/**
 * Turns audited changes into webhook deliveries, in the transaction of the change: the audit writer hands over
 * each event of a kind an endpoint can subscribe to, and one INSERT ... SELECT queues it for the account's
 * subscribed endpoints. Other events (sign-ins, most of the login path) cost nothing.
 */
export class WebhookOutbox implements AuditFollower {
  takes(event: AuditRecord): boolean {
    return event.accountId !== null && event.outcome === "SUCCESS" && EVENT_OF_ACTION[event.action] !== undefined;
  }

  follow(event: RecordedAuditEvent): Statement[] {
    const mapping = EVENT_OF_ACTION[event.action];
    if (!mapping || event.accountId === null) return [];
    const detail = event.detail ?? {};
    const data: Record<string, string | number | boolean | null> = { actorId: event.actorId };
    for (const key of mapping.keys) if (detail[key] !== undefined) data[key] = detail[key];
    const domainId = typeof detail.domainId === "string" ? detail.domainId : null;
    const username = typeof detail.username === "string" ? detail.username : null;
    return [enqueueEvent({
      accountId: event.accountId,
      messageId: messageIdOf(event.id),
      eventType: WEBHOOK_TYPE_NAMES[mapping.type],
      subscription: mapping.type,
      orderKey: event.targetUserId ?? domainId ?? event.accountId,
      userId: event.targetUserId,
      domainId,
      username,
      data: JSON.stringify(data),
      occurredAt: event.createdAt,
    })];
  }
}
