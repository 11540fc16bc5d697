import { managerOf, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";
import { WebhookEndpointEntity } from "./webhook-endpoint.entity.js";
import { WebhookSubscriptionEntity } from "./webhook-subscription.entity.js";

/** Every statement on `webhook_endpoints` and `webhook_subscriptions`. */

export const listEndpoints = (db: Db, accountId: string) =>
  managerOf(db).find(WebhookEndpointEntity, { where: { accountId }, order: { createdAt: "ASC", id: "ASC" } });

/** The endpoint if it belongs to the account. */
export const findEndpoint = (db: Db, accountId: string, id: string) => managerOf(db).findOneBy(WebhookEndpointEntity, { id, accountId });

export const countEndpoints = (db: Db, accountId: string) => managerOf(db).countBy(WebhookEndpointEntity, { accountId });

/** The event types of these endpoints, by endpoint. */
export async function subscriptionsOf(db: Db, endpointIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(endpointIds.map((id) => [id, []]));
  if (endpointIds.length === 0) return out;
  const { rows } = await execute<{ endpoint_id: string; event_type: string }>(
    db,
    `SELECT endpoint_id, event_type FROM webhook_subscriptions WHERE endpoint_id IN (${placeholders(endpointIds.length)}) ORDER BY event_type`,
    endpointIds,
  );
  for (const row of rows) out.get(row.endpoint_id)?.push(row.event_type);
  return out;
}

export async function insertEndpoint(db: Db, endpoint: WebhookEndpointEntity): Promise<void> {
  await managerOf(db).insert(WebhookEndpointEntity, endpoint);
}

/** Replaces the endpoint's event types. */
export async function setSubscriptions(db: Db, endpoint: { id: string; accountId: string }, eventTypes: readonly string[]): Promise<void> {
  await execute(db, "DELETE FROM webhook_subscriptions WHERE endpoint_id = ?", [endpoint.id]);
  if (eventTypes.length === 0) return;
  await managerOf(db).insert(
    WebhookSubscriptionEntity,
    eventTypes.map((eventType) => ({ endpointId: endpoint.id, accountId: endpoint.accountId, eventType })),
  );
}

export async function updateEndpoint(db: Db, id: string, changes: { enabled?: boolean; description?: string; updatedAt: number }): Promise<void> {
  await managerOf(db).update(WebhookEndpointEntity, { id }, changes);
}

/** A new signing secret; the previous one keeps signing until `previousExpiresAt`. */
export async function rotateSecret(db: Db, id: string, input: { secretSealed: string; previousSealed: string; previousExpiresAt: number; now: number }): Promise<void> {
  await execute(
    db,
    "UPDATE webhook_endpoints SET secret_sealed = ?, previous_secret_sealed = ?, previous_secret_expires_at = ?, secret_created_at = ?, updated_at = ? WHERE id = ?",
    [input.secretSealed, input.previousSealed, input.previousExpiresAt, input.now, input.now, id],
  );
}

/** Deletes the endpoint with its subscriptions and its deliveries. */
export async function deleteEndpoint(db: Db, id: string): Promise<void> {
  await execute(db, "DELETE FROM webhook_deliveries WHERE endpoint_id = ?", [id]);
  await execute(db, "DELETE FROM webhook_subscriptions WHERE endpoint_id = ?", [id]);
  await execute(db, "DELETE FROM webhook_endpoints WHERE id = ?", [id]);
}
