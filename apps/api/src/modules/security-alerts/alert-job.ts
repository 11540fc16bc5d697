import type { DataSource } from "typeorm";
import type { Logger } from "#src/logger.js";
import { JobLease } from "#src/modules/jobs/job-lease.js";
import { JobRunner } from "#src/modules/jobs/job-runner.js";
import type { SecurityAlertSender } from "./alert-sender.js";

/** The lease name of the security alerts in `job_leases`. */
const ALERT_JOB = "security-alerts";
const INTERVAL_MS = 1_000;
const LEASE_TTL_MS = 5 * 60_000;
/** The lease must outlast one alert's sends by this much before they start. */
const SEND_MARGIN_MS = 60_000;

/** Security alerts sent from this API process: every instance asks for the lease, the holder sends (null when turned off). */
export function securityAlertJob(input: { dataSource: DataSource; sender: SecurityAlertSender; enabled: boolean; logger: Logger }): JobRunner | null {
  if (!input.enabled) return null;
  const lease = new JobLease(input.dataSource, ALERT_JOB, { ttlMs: LEASE_TTL_MS });
  return new JobRunner(lease, () => input.sender.round(() => lease.heldFor(SEND_MARGIN_MS)), { intervalMs: INTERVAL_MS, logger: input.logger });
}
