import type { DataSource } from "typeorm";
import type { Logger } from "#src/logger.js";
import { JobLease } from "#src/modules/jobs/job-lease.js";
import { JobRunner } from "#src/modules/jobs/job-runner.js";
import type { Retention } from "#src/modules/jobs/retention.js";
import type { RolloutSnapshotService } from "#src/modules/rollout-snapshots/snapshots.service.js";
import type { ReminderService } from "./reminder.service.js";

/** The lease name of the rollout job (deadline reminders, daily snapshots, old emails and texts deleted) in `job_leases`. */
export const REMINDER_JOB = "mfa-reminders";
const LEASE_TTL_MS = 5 * 60_000;

/**
 * The rollout job in this API process: every instance asks for the lease, the holder sends the reminders due, takes
 * each domain's coverage snapshot once a day, and deletes a batch of emails and one of texts past their retention (null
 * when turned off). A round counts the reminders it sent and the emails and texts it deleted (a round that did some
 * is followed at once by another); a snapshot is written once a day and counts for nothing.
 */
export function reminderJob(input: {
  dataSource: DataSource;
  services: { reminders: ReminderService; snapshots: RolloutSnapshotService; emailRetention: Retention; smsRetention: Retention };
  config: { reminders: boolean; rollout: { intervalMs: number } };
  logger: Logger;
  now?: () => number;
}): JobRunner | null {
  if (!input.config.reminders) return null;
  const { reminders, snapshots, emailRetention, smsRetention } = input.services;
  const lease = new JobLease(input.dataSource, REMINDER_JOB, { ttlMs: LEASE_TTL_MS, ...(input.now ? { now: input.now } : {}) });
  const round = async () => {
    await snapshots.takeDaily();
    const sent = await reminders.round(() => lease.heldFor(60_000));
    return sent + (await emailRetention.prune()) + (await smsRetention.prune());
  };
  return new JobRunner(lease, round, { intervalMs: input.config.rollout.intervalMs, logger: input.logger });
}
