import type { DeliveryRow } from "./deliveries.queries.js";

/**
 * The JSON body of a delivery: `{type, timestamp, data: {accountId, domainId, userId, username, ...}}`, built
 * from the stored event, so every attempt (and every "send again") carries the same bytes. No secrets: the
 * facts come from the audit log, which holds none.
 */
export function payloadOf(d: Pick<DeliveryRow, "eventType" | "occurredAt" | "accountId" | "domainId" | "userId" | "username" | "data">): string {
  const extra = JSON.parse(d.data) as Record<string, unknown>;
  return JSON.stringify({
    type: d.eventType,
    timestamp: new Date(d.occurredAt).toISOString(),
    data: { accountId: d.accountId, domainId: d.domainId, userId: d.userId, username: d.username, ...extra },
  });
}
