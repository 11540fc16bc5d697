import type { DataSource } from "typeorm";
import { snapshotDay, snapshotHistory, type SnapshotPoint } from "./snapshots.queries.js";

export type { SnapshotPoint };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of a moment: days since 1970-01-01. */
const dayOf = (at: number): number => Math.floor(at / DAY_MS);

/** A day number as `YYYY-MM-DD`. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The daily coverage snapshot of every domain (mailboxes, enrolled, locked), copied from the per-domain counters
 * once a UTC day by the rollout job: the rollout dashboard's chart reads a few rows a day whatever the tenant's size.
 */
export class RolloutSnapshotService {
  /** The last day this instance saw every domain's snapshot written (so later rounds that day cost nothing). */
  private doneDay = -1;

  constructor(private readonly deps: { dataSource: DataSource; now: () => number }) {}

  /** Writes today's snapshot of each domain that has none yet: how many rows were written (0 when done already). */
  async takeDaily(): Promise<number> {
    const now = this.deps.now();
    const day = dayOf(now);
    if (day === this.doneDay) return 0;
    const written = await snapshotDay(this.deps.dataSource, day, now);
    this.doneDay = day;
    return written;
  }

  /** The snapshots of these domains over the last `days` days (today included), added up per day. */
  history(accountId: string, domainIds: readonly string[], days: number): Promise<SnapshotPoint[]> {
    return snapshotHistory(this.deps.dataSource, accountId, domainIds, dayOf(this.deps.now()) - days + 1);
  }
}
