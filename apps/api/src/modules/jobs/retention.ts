import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows deleted at a time: a round of the job stays short, and the next round takes the next batch. */
const BATCH = 500;

/** A table's own queries for its retention: the ids of rows done with and older than `before`, and their deletion. */
export interface RetentionQueries {
  expired(db: Db, before: number, limit: number): Promise<string[]>;
  /** Deletes these rows (unless one is in use again meanwhile): how many went. */
  remove(db: Db, ids: readonly string[]): Promise<number>;
}

/**
 * Keeps a table's rows for `retentionMs`, then deletes them, a batch a round of the job that calls `prune`; once
 * nothing is left to delete it rests until the next UTC day.
 */
export class Retention {
  private doneDay = -1;

  constructor(private readonly deps: { dataSource: DataSource; queries: RetentionQueries; retentionMs: number; now: () => number }) {}

  /** Deletes one batch of rows past the retention period: how many (0 when nothing is left today). */
  async prune(): Promise<number> {
    const now = this.deps.now();
    const day = Math.floor(now / DAY_MS);
    if (day === this.doneDay) return 0;
    const ids = await this.deps.queries.expired(this.deps.dataSource, now - this.deps.retentionMs, BATCH);
    const deleted = await this.deps.queries.remove(this.deps.dataSource, ids);
    if (ids.length < BATCH) this.doneDay = day;
    return deleted;
  }
}
