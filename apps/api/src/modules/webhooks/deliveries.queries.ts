import type { Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";

/** Every statement on `webhook_deliveries`, the outbox of signed webhooks. */

export type DeliveryStatus = "PENDING" | "SUCCEEDED" | "FAILED";

/** An event as the audit writer hands it over, in the transaction of the change. */
export interface OutboxEvent {
  accountId: string;
  messageId: string;
  eventType: string;
  /** The subscription it goes to (a `WebhookEventType`). */
  subscription: string;
  orderKey: string;
  userId: string | null;
  domainId: string | null;
  username: string | null;
  data: string;
  occurredAt: number;
}

/**
 * Queues the event for every enabled endpoint of the account subscribed to it: one INSERT ... SELECT, which for
 * an account without endpoints is one index probe that finds nothing. The user's name and domain are read in
 * the same statement (the caller's values stand in when the user row is gone).
 */
/** Queues the event for the account's enabled endpoints subscribed to its type (sent with the audit row). */
export function enqueueEvent(event: OutboxEvent): Statement {
  return statement(
    `INSERT INTO webhook_deliveries (endpoint_id, account_id, message_id, event_type, order_key, user_id, domain_id, username, data, occurred_at, status, attempts, next_attempt_at, created_at)
     SELECT s.endpoint_id, s.account_id, ?, ?, ?, ?, COALESCE(u.domain_id, ?), COALESCE(u.username, ?), ?, ?, 'PENDING', 0, ?, ?
       FROM webhook_subscriptions s
       JOIN webhook_endpoints e ON e.id = s.endpoint_id AND e.enabled = 1
       LEFT JOIN users u ON u.id = ?
      WHERE s.account_id = ? AND s.event_type = ?`,
    [
      event.messageId,
      event.eventType,
      event.orderKey,
      event.userId,
      event.domainId,
      event.username,
      event.data,
      event.occurredAt,
      event.occurredAt,
      event.occurredAt,
      event.userId,
      event.accountId,
      event.subscription,
    ],
  );
}

export interface DeliveryInsert {
  endpointId: string;
  accountId: string;
  messageId: string;
  eventType: string;
  orderKey: string;
  userId: string | null;
  domainId: string | null;
  username: string | null;
  data: string;
  occurredAt: number;
  now: number;
}

/** Queues one delivery (a test, or an event sent again); due at once. */
export async function insertDelivery(db: Db, d: DeliveryInsert): Promise<void> {
  await execute(
    db,
    `INSERT INTO webhook_deliveries (endpoint_id, account_id, message_id, event_type, order_key, user_id, domain_id, username, data, occurred_at, status, attempts, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)`,
    [d.endpointId, d.accountId, d.messageId, d.eventType, d.orderKey, d.userId, d.domainId, d.username, d.data, d.occurredAt, d.now, d.now],
  );
}

/** A delivery as stored: what was queued, and how sending it has gone. */
export interface DeliveryRow extends Omit<DeliveryInsert, "now"> {
  id: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastAttemptAt: number | null;
  lastStatusCode: number | null;
  lastResponse: string | null;
  createdAt: number;
}

const COLUMNS =
  "d.id, d.endpoint_id, d.account_id, d.message_id, d.event_type, d.order_key, d.user_id, d.domain_id, d.username, d.data, d.occurred_at, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_response, d.created_at";

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toRow(r: Record<string, unknown>): DeliveryRow {
  return {
    id: String(r.id),
    endpointId: String(r.endpoint_id),
    accountId: String(r.account_id),
    messageId: String(r.message_id),
    eventType: String(r.event_type),
    orderKey: String(r.order_key),
    userId: str(r.user_id),
    domainId: str(r.domain_id),
    username: str(r.username),
    data: String(r.data),
    occurredAt: Number(r.occurred_at),
    status: String(r.status) as DeliveryStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: Number(r.next_attempt_at),
    lastAttemptAt: num(r.last_attempt_at),
    lastStatusCode: num(r.last_status_code),
    lastResponse: str(r.last_response),
    createdAt: Number(r.created_at),
  };
}

/** A due delivery with what sending it needs of its endpoint. */
export interface DueDelivery extends DeliveryRow {
  url: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: number | null;
}

/**
 * Deliveries due now on enabled endpoints, each the oldest pending one of its (endpoint, user): a user's next
 * event waits until the one before it succeeded or was given up.
 */
export async function dueDeliveries(db: Db, now: number, limit: number): Promise<DueDelivery[]> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT ${COLUMNS}, e.url, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at
       FROM webhook_deliveries d
       JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled = 1
      WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
        AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                         WHERE p.endpoint_id = d.endpoint_id AND p.order_key = d.order_key AND p.status = 'PENDING' AND p.id < d.id)
      ORDER BY d.next_attempt_at, d.id
      LIMIT ${Math.floor(limit)}`,
    [now],
  );
  return rows.map((r) => ({
    ...toRow(r),
    url: String(r.url),
    secretSealed: String(r.secret_sealed),
    previousSecretSealed: str(r.previous_secret_sealed),
    previousSecretExpiresAt: num(r.previous_secret_expires_at),
  }));
}

/**
 * Claims a due delivery for one attempt by moving its next attempt to `until` (the attempt's deadline): 1 for
 * the one worker whose claim took it. An attempt whose worker died before settling it is due again after that.
 */
export async function claimDelivery(db: Db, id: string, dueAt: number, until: number): Promise<number> {
  return (await execute(db, "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?", [until, id, dueAt]))
    .affected;
}

export interface AttemptOutcome {
  status: DeliveryStatus;
  nextAttemptAt: number;
  attemptedAt: number;
  statusCode: number | null;
  response: string | null;
}

/** Records the outcome of the attempt this worker claimed (`claimedUntil`): 0 when the claim was lost meanwhile. */
export async function settleAttempt(db: Db, id: string, claimedUntil: number, outcome: AttemptOutcome): Promise<number> {
  const { affected } = await execute(
    db,
    `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_attempt_at = ?, last_status_code = ?, last_response = ?
      WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?`,
    [outcome.status, outcome.nextAttemptAt, outcome.attemptedAt, outcome.statusCode, outcome.response, id, claimedUntil],
  );
  return affected;
}

/**
 * The later pending deliveries of a (endpoint, user) wait at least until its oldest one is tried again, so
 * that looking for due deliveries does not read through a backlog held up behind a failing one.
 */
export async function holdFollowers(db: Db, d: { endpointId: string; orderKey: string; id: string }, until: number): Promise<void> {
  await execute(
    db,
    "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE endpoint_id = ? AND order_key = ? AND status = 'PENDING' AND id > ? AND next_attempt_at < ?",
    [until, d.endpointId, d.orderKey, d.id, until],
  );
}

/** One delivery of the account. */
export async function findDelivery(db: Db, accountId: string, id: string): Promise<DeliveryRow | null> {
  const { rows } = await execute<Record<string, unknown>>(db, `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE d.id = ? AND d.account_id = ?`, [id, accountId]);
  return rows[0] ? toRow(rows[0]) : null;
}

/** The newest delivery of a message to an endpoint (the one just queued, in the transaction that queued it). */
export async function newestDelivery(db: Db, endpointId: string, messageId: string): Promise<DeliveryRow | null> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE d.endpoint_id = ? AND d.message_id = ? ORDER BY d.id DESC LIMIT 1`,
    [endpointId, messageId],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

export interface DeliveryWhere {
  endpointId: string;
  status: DeliveryStatus | null;
}

function where(filter: DeliveryWhere): { sql: string; params: unknown[] } {
  return filter.status
    ? { sql: "d.endpoint_id = ? AND d.status = ?", params: [filter.endpointId, filter.status] }
    : { sql: "d.endpoint_id = ?", params: [filter.endpointId] };
}

/** An endpoint's delivery log, newest first, after a position. */
export async function deliveryPage(db: Db, filter: DeliveryWhere, input: { afterId: string | null; limit: number }): Promise<DeliveryRow[]> {
  const w = where(filter);
  const after = input.afterId === null ? "" : " AND d.id < ?";
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE ${w.sql}${after} ORDER BY d.id DESC LIMIT ${Math.floor(input.limit)}`,
    input.afterId === null ? w.params : [...w.params, input.afterId],
  );
  return rows.map(toRow);
}

export async function countDeliveries(db: Db, filter: DeliveryWhere): Promise<number> {
  const w = where(filter);
  const { rows } = await execute<{ n: number | string }>(db, `SELECT COUNT(*) AS n FROM webhook_deliveries d WHERE ${w.sql}`, w.params);
  return Number(rows[0]?.n ?? 0);
}
