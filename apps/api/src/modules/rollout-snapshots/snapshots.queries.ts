import { isSqlite, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";

/** Every statement on `rollout_snapshots`: this module is its only writer. */

/**
 * Copies the counters of every domain as its snapshot of `day` (one statement): a domain that has one for that day
 * keeps it, since the primary key (domain, day) makes a second copy, by another instance or round, insert nothing.
 * Rows go in domain order, so two copies at once wait on each other instead of deadlocking. How many rows it wrote.
 */
export async function snapshotDay(db: Db, day: number, takenAt: number): Promise<number> {
  const ignore = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  const { affected } = await execute(
    db,
    `${ignore} INTO rollout_snapshots (domain_id, day, account_id, mailboxes, enrolled, locked, followers, followers_enrolled, taken_at)
     SELECT c.domain_id, ?, c.account_id, c.mailboxes, c.enrolled, c.locked, c.followers, c.followers_enrolled, ?
       FROM domain_counters c ORDER BY c.domain_id`,
    [day, takenAt],
  );
  return affected;
}

export interface SnapshotPoint {
  day: number;
  mailboxes: number;
  enrolled: number;
  locked: number;
}

const points = (rows: Record<string, unknown>[]): SnapshotPoint[] =>
  rows.map((r) => ({ day: Number(r.day), mailboxes: Number(r.mailboxes ?? 0), enrolled: Number(r.enrolled ?? 0), locked: Number(r.locked ?? 0) }));

/** The snapshots of some domains of an account from `fromDay` on, added up per day, oldest first. */
export async function snapshotHistory(db: Db, accountId: string, domainIds: readonly string[], fromDay: number): Promise<SnapshotPoint[]> {
  if (domainIds.length === 0) return [];
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT day, SUM(mailboxes) AS mailboxes, SUM(enrolled) AS enrolled, SUM(locked) AS locked
       FROM rollout_snapshots
      WHERE account_id = ? AND day >= ? AND domain_id IN (${placeholders(domainIds.length)})
      GROUP BY day ORDER BY day`,
    [accountId, fromDay, ...domainIds],
  );
  return points(rows);
}

/** How many snapshot rows a domain has for a day (0 or 1). */
export async function snapshotsOf(db: Db, domainId: string, day: number): Promise<number> {
  const { rows } = await execute<{ n: number | string }>(db, "SELECT COUNT(*) AS n FROM rollout_snapshots WHERE domain_id = ? AND day = ?", [domainId, day]);
  return Number(rows[0]?.n ?? 0);
}
