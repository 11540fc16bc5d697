import type { DataSource, EntityManager } from "typeorm";
import { isWriteConflict, writeConflictError } from "#src/errors/write-conflict.js";

export interface RetryOptions {
  /** Runs in all, the first included (default 5). */
  readonly attempts?: number;
  /** The pause before the n-th retry is random, up to `baseDelayMs * 2^(n-1)` (default 10 ms) and at most `maxDelayMs` (default 200 ms). */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly random?: () => number;
}

/**
 * For the writes that settle something taken before a check (an attempt slot given back): they are sent again longer
 * than other work (about 4 s at most), since a slot left taken would count against its user. They touch the hottest
 * row of a burst (the user's counter), which is also what the other nodes' requests write.
 */
export const SETTLING: RetryOptions = { attempts: 12, baseDelayMs: 10, maxDelayMs: 500 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` and, when the database rolled it back for a write conflict (a deadlock, or on a Galera cluster a commit
 * of another node that wrote the same rows first), runs it again from the start, after a random pause (full jitter:
 * the requests that collided do not collide again in step). A conflict on the last attempt fails closed with
 * WRITE_CONFLICT: nothing of the work was committed, so nothing is reported as done.
 *
 * For work whose every write the conflict's rollback undoes (one transaction, or one statement committing on its
 * own) and that decides again from what it reads on each run.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 10;
  const max = options.maxDelayMs ?? 200;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (attempt >= attempts) throw writeConflictError();
      await sleep(random() * Math.min(max, base * 2 ** (attempt - 1)));
    }
  }
}

/**
 * Every transaction opened through the data source (`dataSource.transaction(work)`, the way services open theirs),
 * or through the manager of a held connection, runs again from the start when it loses a write conflict, and fails
 * closed when it keeps losing. A transaction opened inside another is a savepoint of it: the conflict rolls the
 * outer one back, which runs again whole.
 */
export function retryTransactions(source: DataSource | EntityManager, options: RetryOptions = {}): void {
  const manager = "manager" in source ? source.manager : source;
  const patched = manager as unknown as { transaction: (...args: unknown[]) => Promise<unknown> };
  const original = patched.transaction.bind(manager);
  patched.transaction = (...args: unknown[]) =>
    manager.queryRunner?.isTransactionActive ? original(...args) : retryOnConflict(() => original(...args), options);
}
