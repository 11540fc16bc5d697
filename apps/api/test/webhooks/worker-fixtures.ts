import { createSealer } from "@mfa/core";
import { createLogger } from "#src/logger.js";
import { WebhookWorker, type WebhookWorkerDeps } from "#src/modules/webhooks/webhook-worker.js";
import type { TestServer } from "../support/server.js";

/** A clock the test moves by hand (no sleeping through backoff). */
export interface Clock {
  now: number;
}

/** A delivery worker on the test server's database, with the test's clock and no jitter surprises. */
export function workerOf(t: TestServer, clock: Clock, deps: Partial<WebhookWorkerDeps> = {}): WebhookWorker {
  const { config, dataSource } = t.server.services;
  return new WebhookWorker({
    dataSource,
    sealer: createSealer({ keys: { ...config.seal.keys }, activeKeyId: config.seal.activeKeyId }),
    logger: createLogger("silent"),
    production: false,
    timeoutMs: 2_000,
    now: () => clock.now,
    random: () => 0.5,
    ...deps,
  });
}

export interface StoredDelivery {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_response: string | null;
  created_at: number;
  event_type: string;
  message_id: string;
  user_id: string | null;
}

/** The endpoint's deliveries as stored, oldest first. */
export async function storedDeliveries(t: TestServer, endpointId: string): Promise<StoredDelivery[]> {
  const rows: Record<string, unknown>[] = await t.server.dataSource.query(
    "SELECT id, status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_response, created_at, event_type, message_id, user_id FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY id",
    [endpointId],
  );
  return rows.map((r) => ({
    id: String(r.id),
    status: String(r.status),
    attempts: Number(r.attempts),
    next_attempt_at: Number(r.next_attempt_at),
    last_attempt_at: r.last_attempt_at == null ? null : Number(r.last_attempt_at),
    last_status_code: r.last_status_code == null ? null : Number(r.last_status_code),
    last_response: r.last_response == null ? null : String(r.last_response),
    created_at: Number(r.created_at),
    event_type: String(r.event_type),
    message_id: String(r.message_id),
    user_id: r.user_id == null ? null : String(r.user_id),
  }));
}

/** Runs rounds until one attempts nothing (at the clock's current time). */
export async function drain(worker: WebhookWorker, maxRounds = 50): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxRounds; i++) {
    const n = await worker.round();
    if (n === 0) return total;
    total += n;
  }
  throw new Error("the worker kept finding work");
}
