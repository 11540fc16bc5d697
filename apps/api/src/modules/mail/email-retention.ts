import type { DataSource } from "typeorm";
import { deleteEmails, finishedEmailsBefore } from "./email-retention.queries.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Emails deleted at a time: a round of the job stays short, and the next round takes the next batch. */
const BATCH = 500;

/**
 * Keeps emails (the outbox's, and the delivery records of sent ones) for `retentionMs` (EMAIL_RETENTION_DAYS), then
 * deletes them, a batch a round of the rollout job; once nothing is left to delete it rests until the next UTC day.
 */
export class EmailRetention {
  private doneDay = -1;

  constructor(private readonly deps: { dataSource: DataSource; retentionMs: number; now: () => number }) {}

  /** Deletes one batch of emails past the retention period: how many (0 when nothing is left today). */
  async prune(): Promise<number> {
    const now = this.deps.now();
    const day = Math.floor(now / DAY_MS);
    if (day === this.doneDay) return 0;
    const ids = await finishedEmailsBefore(this.deps.dataSource, now - this.deps.retentionMs, BATCH);
    const deleted = await deleteEmails(this.deps.dataSource, ids);
    if (ids.length < BATCH) this.doneDay = day;
    return deleted;
  }
}
