import { nextWebhookAttempt, type Sealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Logger } from "#src/logger.js";
import { claimDelivery, dueDeliveries, holdFollowers, settleAttempt, type AttemptOutcome, type DueDelivery } from "./deliveries.queries.js";
import { checkUrlForm, resolveTarget, systemResolver, type Resolver } from "./url-guard.js";
import { payloadOf } from "./webhook-payload.js";
import { postWebhook, type PostOutcome } from "./webhook-sender.js";
import { signedHeaders, webhookSecretAad } from "./webhook-signer.js";

/** Due deliveries looked at in one round, and how many are sent at once (each to a different user's queue). */
const BATCH = 16;
const PARALLEL = 4;
/** An attempt's claim outlasts its request by this much before another attempt may start. */
const CLAIM_MARGIN_MS = 30_000;
/** The lease must outlast an attempt by this much for the attempt to start. */
const LEASE_MARGIN_MS = 5_000;

/** How long the webhooks job lease lasts unless renewed: a few attempts' time. */
export const webhookLeaseTtlMs = (timeoutMs: number) => 3 * (timeoutMs + LEASE_MARGIN_MS);

/** The part of a job lease a round checks before each attempt. */
export interface HeldLease {
  heldFor(marginMs: number): Promise<boolean>;
}

export interface WebhookWorkerDeps {
  dataSource: DataSource;
  sealer: Sealer;
  logger: Logger;
  production: boolean;
  timeoutMs: number;
  resolve?: Resolver;
  now?: () => number;
  random?: () => number;
}

/**
 * Sends due webhook deliveries, signed, at least once and in order per (endpoint, user); a failed attempt is
 * tried again with backoff and jitter for 24 hours (`@mfa/core`'s schedule), then given up. Runs under the
 * `webhooks` job lease so one API instance sends at a time; each attempt is also claimed by a conditional write,
 * so even two senders could not both send it. All state is in `webhook_deliveries`: a restart loses nothing.
 */
export class WebhookWorker {
  constructor(private readonly deps: WebhookWorkerDeps) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** One round: sends what is due; returns how many attempts it made. */
  async round(lease?: HeldLease): Promise<number> {
    const due = await dueDeliveries(this.deps.dataSource, this.now(), BATCH);
    let attempted = 0;
    let stop = false;
    const queue = [...due];
    const lane = async () => {
      for (let d = queue.shift(); d && !stop; d = queue.shift()) {
        if (lease && !(await lease.heldFor(this.deps.timeoutMs + LEASE_MARGIN_MS))) {
          stop = true;
          return;
        }
        if (await this.attempt(d)) attempted++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, due.length) }, lane));
    return attempted;
  }

  /** Claims one delivery, sends it and records the outcome; false when another attempt had claimed it. */
  private async attempt(d: DueDelivery): Promise<boolean> {
    const { dataSource } = this.deps;
    const claimedUntil = this.now() + this.deps.timeoutMs + CLAIM_MARGIN_MS;
    if ((await claimDelivery(dataSource, d.id, d.nextAttemptAt, claimedUntil)) !== 1) return false;
    const sent = await this.send(d);
    const now = this.now();
    let outcome: AttemptOutcome;
    if (sent.ok) {
      outcome = { status: "SUCCEEDED", nextAttemptAt: now, attemptedAt: now, statusCode: sent.statusCode, response: sent.response };
    } else {
      const next = nextWebhookAttempt({ failures: d.attempts + 1, createdAt: d.createdAt, now, random: (this.deps.random ?? Math.random)() });
      outcome = { status: next.giveUp ? "FAILED" : "PENDING", nextAttemptAt: next.giveUp ? now : next.at, attemptedAt: now, statusCode: sent.statusCode, response: sent.response };
      if (next.giveUp) this.deps.logger.warn("webhook delivery given up after 24 hours", { deliveryId: d.id, endpointId: d.endpointId, attempts: d.attempts + 1 });
    }
    if ((await settleAttempt(dataSource, d.id, claimedUntil, outcome)) === 1 && outcome.status === "PENDING") {
      await holdFollowers(dataSource, d, outcome.nextAttemptAt);
    }
    return true;
  }

  private async send(d: DueDelivery): Promise<PostOutcome> {
    const { production } = this.deps;
    const form = checkUrlForm(d.url, production);
    if (!form.ok) return { ok: false, statusCode: null, response: `refused: ${form.reason}` };
    const target = await resolveTarget(form.url, production, this.deps.resolve ?? systemResolver);
    if (!target.ok) return { ok: false, statusCode: null, response: `refused: ${target.reason}` };
    const now = this.now();
    const secrets = [this.deps.sealer.open(d.secretSealed, webhookSecretAad(d.endpointId))];
    if (d.previousSecretSealed && (d.previousSecretExpiresAt ?? 0) > now) secrets.push(this.deps.sealer.open(d.previousSecretSealed, webhookSecretAad(d.endpointId)));
    const body = payloadOf(d);
    const headers = { ...signedHeaders({ messageId: d.messageId, timestamp: new Date(now), body, secrets }), "user-agent": "mfa-service-webhooks/1" };
    return postWebhook({ url: form.url, address: target.address, headers, body, timeoutMs: this.deps.timeoutMs });
  }
}
