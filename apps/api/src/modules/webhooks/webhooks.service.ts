import { randomUUID } from "node:crypto";
import type { Sealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import { pagingErrors } from "#src/errors/paging.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { checkUrlForm, resolveTarget, systemResolver, type Resolver } from "./url-guard.js";
import { TEST_TYPE_NAME, WebhookEventType } from "./webhook-events.js";
import { WebhookEndpointEntity } from "./webhook-endpoint.entity.js";
import { messageIdOf } from "./webhook-outbox.js";
import { newSigningSecret, PREVIOUS_SECRET_GRACE_MS, webhookSecretAad } from "./webhook-signer.js";
import { webhookErrors } from "./webhooks.errors.js";
import { countEndpoints, deleteEndpoint, findEndpoint, insertEndpoint, listEndpoints, rotateSecret, setSubscriptions, subscriptionsOf, updateEndpoint } from "./webhooks.queries.js";
import { countDeliveries, deliveryPage, findDelivery, insertDelivery, newestDelivery, type DeliveryRow, type DeliveryStatus } from "./deliveries.queries.js";

const MAX_ENDPOINTS = 20;
const MAX_PAGE = 100;
const encodeCursor = (id: string) => Buffer.from(`d:${id}`, "utf8").toString("base64url");
function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^d:(\d{1,18})$/.exec(text);
  if (!match) throw pagingErrors.badCursor();
  return match[1] as string;
}
const DESCRIPTION_MAX = 200;
const ID = /^[0-9a-f-]{36}$/i;

/** An endpoint with the events it subscribed to. */
export type EndpointView = WebhookEndpointEntity & { eventTypes: WebhookEventType[] };

export interface EndpointInput {
  url: string;
  description?: string | null;
  eventTypes: readonly WebhookEventType[];
  enabled?: boolean | null;
}

/**
 * An account's webhook endpoints: register (the URL checked against SSRF in production), subscribe, enable,
 * rotate the signing secret, delete; send a test or an event again. Every change is audited in its
 * transaction. Owns `webhook_endpoints` and `webhook_subscriptions`; the outbox (`webhook_deliveries`) is filled
 * by the audit writer through `WebhookOutbox` and emptied by `WebhookWorker`.
 */
export class WebhookService {
  constructor(
    private readonly deps: { dataSource: DataSource; sealer: Sealer; audit: AuditService; production: boolean; resolve?: Resolver; now?: () => number },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async list(accountId: string): Promise<EndpointView[]> {
    const endpoints = await listEndpoints(this.deps.dataSource, accountId);
    const events = await subscriptionsOf(this.deps.dataSource, endpoints.map((e) => e.id));
    return endpoints.map((e) => Object.assign(e, { eventTypes: (events.get(e.id) ?? []) as WebhookEventType[] }));
  }

  /** An endpoint of the account, or NOT_FOUND (never a hint that it exists elsewhere). */
  async endpointOf(accountId: string, id: string): Promise<EndpointView> {
    const endpoint = ID.test(id) ? await findEndpoint(this.deps.dataSource, accountId, id) : null;
    if (!endpoint) throw webhookErrors.endpointNotFound();
    const events = await subscriptionsOf(this.deps.dataSource, [endpoint.id]);
    return Object.assign(endpoint, { eventTypes: (events.get(endpoint.id) ?? []) as WebhookEventType[] });
  }

  /** A delivery to an endpoint of the account, or NOT_FOUND. */
  async deliveryOf(accountId: string, id: string): Promise<DeliveryRow> {
    const delivery = /^\d{1,18}$/.test(id) ? await findDelivery(this.deps.dataSource, accountId, id) : null;
    if (!delivery) throw webhookErrors.deliveryNotFound();
    return delivery;
  }

  /** An endpoint's delivery log, newest first. */
  async deliveries(
    accountId: string,
    endpointId: string,
    input: { first: number; after?: string | null; status?: DeliveryStatus | null },
  ): Promise<{ rows: DeliveryRow[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }> {
    if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE) throw pagingErrors.badPageSize(MAX_PAGE);
    const endpoint = await this.endpointOf(accountId, endpointId);
    const where = { endpointId: endpoint.id, status: input.status ?? null };
    const [rows, totalCount] = await Promise.all([
      deliveryPage(this.deps.dataSource, where, { afterId: input.after ? decodeCursor(input.after) : null, limit: input.first + 1 }),
      countDeliveries(this.deps.dataSource, where),
    ]);
    const page = rows.slice(0, input.first);
    const last = page[page.length - 1];
    return { rows: page, totalCount, hasNextPage: rows.length > input.first, endCursor: last ? encodeCursor(last.id) : null };
  }

  /** The URL's rules: https and a public address in production (checked again at every delivery). */
  private async checkUrl(text: string): Promise<string> {
    const form = checkUrlForm(text, this.deps.production);
    if (!form.ok) throw webhookErrors.url(form.reason);
    if (this.deps.production) {
      const target = await resolveTarget(form.url, true, this.deps.resolve ?? systemResolver);
      if (!target.ok) throw webhookErrors.url(target.reason);
    }
    return form.url.toString();
  }

  private static events(eventTypes: readonly WebhookEventType[]): WebhookEventType[] {
    const known = new Set<string>(Object.values(WebhookEventType));
    const unique = [...new Set(eventTypes)].filter((t) => known.has(t)).sort();
    if (unique.length === 0) throw webhookErrors.noEvents();
    return unique;
  }

  private static description(text: string | null | undefined): string {
    const description = (text ?? "").trim();
    if (description.length > DESCRIPTION_MAX) throw webhookErrors.badDescription();
    return description;
  }

  private audit(admin: AdminActor, action: AuditAction, endpoint: { id: string; url: string }, ip: string | null, detail: Record<string, string | number | boolean | null> = {}) {
    // The URL's path and query can hold a receiver's token: the audit log keeps the host only.
    const host = new URL(endpoint.url).host;
    return { accountId: admin.accountId, actorId: admin.id, targetUserId: null, action, outcome: "SUCCESS" as const, detail: { endpointId: endpoint.id, host, ...detail }, ip };
  }

  /** Registers an endpoint; the signing secret is returned this once (only its sealed form is kept). */
  async create(admin: AdminActor, input: EndpointInput, ip: string | null): Promise<{ endpoint: EndpointView; secret: string }> {
    const url = await this.checkUrl(input.url);
    const eventTypes = WebhookService.events(input.eventTypes);
    const description = WebhookService.description(input.description);
    if ((await countEndpoints(this.deps.dataSource, admin.accountId)) >= MAX_ENDPOINTS) throw webhookErrors.tooMany(MAX_ENDPOINTS);
    const now = this.now();
    const id = randomUUID();
    const secret = newSigningSecret();
    const enabled = input.enabled ?? true;
    const endpoint = Object.assign(new WebhookEndpointEntity(), {
      id,
      accountId: admin.accountId,
      url,
      description,
      enabled,
      secretSealed: this.deps.sealer.seal(secret, webhookSecretAad(id)),
      previousSecretSealed: null,
      previousSecretExpiresAt: null,
      secretCreatedAt: now,
      createdBy: admin.id,
      createdAt: now,
      updatedAt: now,
    });
    await this.deps.dataSource.transaction(async (db) => {
      await insertEndpoint(db, endpoint);
      await setSubscriptions(db, endpoint, eventTypes);
      await this.deps.audit.record(this.audit(admin, AuditAction.WEBHOOK_ENDPOINT_CREATED, endpoint, ip, { events: eventTypes.join(","), enabled }), db);
    });
    // TypeORM's insert can merge the engine's spelling of a default (1 for true) back into the entity.
    return { endpoint: Object.assign(endpoint, { enabled, eventTypes }), secret };
  }

  /** Enables or disables an endpoint, changes its events or its description. */
  async update(admin: AdminActor, input: { id: string; enabled?: boolean | null; eventTypes?: readonly WebhookEventType[] | null; description?: string | null }, ip: string | null): Promise<EndpointView> {
    const endpoint = await this.endpointOf(admin.accountId, input.id);
    const eventTypes = input.eventTypes == null ? null : WebhookService.events(input.eventTypes);
    const description = input.description == null ? null : WebhookService.description(input.description);
    const changes = {
      ...(input.enabled == null ? {} : { enabled: input.enabled }),
      ...(description === null ? {} : { description }),
      updatedAt: this.now(),
    };
    await this.deps.dataSource.transaction(async (db) => {
      await updateEndpoint(db, endpoint.id, changes);
      if (eventTypes) await setSubscriptions(db, endpoint, eventTypes);
      const detail = { ...(input.enabled == null ? {} : { enabled: input.enabled }), ...(eventTypes ? { events: eventTypes.join(",") } : {}), ...(description === null ? {} : { description: true }) };
      await this.deps.audit.record(this.audit(admin, AuditAction.WEBHOOK_ENDPOINT_UPDATED, endpoint, ip, detail), db);
    });
    return this.endpointOf(admin.accountId, endpoint.id);
  }

  /** A new signing secret, returned this once; the previous one keeps signing deliveries for a day. */
  async rotateSecret(admin: AdminActor, id: string, ip: string | null): Promise<{ endpoint: EndpointView; secret: string; previousSecretExpiresAt: number }> {
    const endpoint = await this.endpointOf(admin.accountId, id);
    const now = this.now();
    const secret = newSigningSecret();
    const previousExpiresAt = now + PREVIOUS_SECRET_GRACE_MS;
    await this.deps.dataSource.transaction(async (db) => {
      await rotateSecret(db, endpoint.id, { secretSealed: this.deps.sealer.seal(secret, webhookSecretAad(endpoint.id)), previousSealed: endpoint.secretSealed, previousExpiresAt, now });
      await this.deps.audit.record(this.audit(admin, AuditAction.WEBHOOK_SECRET_ROTATED, endpoint, ip, { previousValidUntil: new Date(previousExpiresAt).toISOString() }), db);
    });
    return { endpoint: await this.endpointOf(admin.accountId, endpoint.id), secret, previousSecretExpiresAt: previousExpiresAt };
  }

  /** Deletes an endpoint with its deliveries (pending ones are not sent). */
  async delete(admin: AdminActor, id: string, ip: string | null): Promise<void> {
    const endpoint = await this.endpointOf(admin.accountId, id);
    await this.deps.dataSource.transaction(async (db) => {
      await deleteEndpoint(db, endpoint.id);
      await this.deps.audit.record(this.audit(admin, AuditAction.WEBHOOK_ENDPOINT_DELETED, endpoint, ip), db);
    });
  }

  /** "Send again": queues the delivery's event once more, with the same message id and body, due now. */
  async redeliver(admin: AdminActor, deliveryId: string, ip: string | null): Promise<DeliveryRow> {
    const original = await this.deliveryOf(admin.accountId, deliveryId);
    const endpoint = await this.endpointOf(admin.accountId, original.endpointId);
    return this.queue(admin, endpoint, { ...original, now: this.now() }, AuditAction.WEBHOOK_REDELIVERY_REQUESTED, ip, { deliveryId: original.id, messageId: original.messageId });
  }

  /** Queues a `webhook.test` delivery to the endpoint (its own queue: it waits for nothing). */
  async sendTest(admin: AdminActor, endpointId: string, ip: string | null): Promise<DeliveryRow> {
    const endpoint = await this.endpointOf(admin.accountId, endpointId);
    const now = this.now();
    const eventId = randomUUID();
    const row = {
      accountId: admin.accountId,
      messageId: messageIdOf(eventId),
      eventType: TEST_TYPE_NAME,
      orderKey: eventId,
      userId: null,
      domainId: null,
      username: null,
      data: JSON.stringify({ actorId: admin.id, endpointId: endpoint.id }),
      occurredAt: now,
      now,
    };
    return this.queue(admin, endpoint, row, AuditAction.WEBHOOK_TEST_SENT, ip, { messageId: row.messageId });
  }

  private async queue(
    admin: AdminActor,
    endpoint: EndpointView,
    row: Omit<DeliveryRow, "id" | "endpointId" | "status" | "attempts" | "nextAttemptAt" | "lastAttemptAt" | "lastStatusCode" | "lastResponse" | "createdAt"> & { now: number },
    action: AuditAction,
    ip: string | null,
    detail: Record<string, string>,
  ): Promise<DeliveryRow> {
    const insert = { ...row, endpointId: endpoint.id, accountId: admin.accountId };
    return this.deps.dataSource.transaction(async (db) => {
      await insertDelivery(db, insert);
      await this.deps.audit.record(this.audit(admin, action, endpoint, ip, detail), db);
      const queued = await newestDelivery(db, endpoint.id, insert.messageId);
      if (!queued) throw new Error("the delivery just queued is missing");
      return queued;
    });
  }
}
