import type { DataSource } from "typeorm";
import type { WebhookConfig } from "#src/config/config.js";
import type { Logger } from "#src/logger.js";
import { JobLease } from "#src/modules/jobs/job-lease.js";
import { JobRunner } from "#src/modules/jobs/job-runner.js";
import { webhookLeaseTtlMs, type WebhookWorker } from "./webhook-worker.js";

/** The lease name of webhook delivery in `job_leases`. */
const WEBHOOK_JOB = "webhooks";

/** Delivery in this API process: every instance asks for the lease, the holder sends (null when turned off). */
export function webhookJob(input: {
  dataSource: DataSource;
  worker: WebhookWorker;
  config: WebhookConfig;
  logger: Logger;
  onRun?: (run: { job: string; ok: boolean; at: number }) => void;
}): JobRunner | null {
  if (!input.config.delivery) return null;
  const lease = new JobLease(input.dataSource, WEBHOOK_JOB, { ttlMs: webhookLeaseTtlMs(input.config.timeoutMs) });
  return new JobRunner(lease, (held) => input.worker.round(held), { intervalMs: input.config.pollIntervalMs, logger: input.logger, onRun: input.onRun });
}
