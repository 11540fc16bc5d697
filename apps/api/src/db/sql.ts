import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { retryOnConflict, type RetryOptions } from "./retry.js";

export interface SqlResult<Row> {
  rows: Row[];
  affected: number;
}

/** One statement and its parameters, built by the module that owns the table and run by whoever batches it. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export const statement = (sql: string, params: readonly unknown[] = []): Statement => ({ sql, params });

type Source = DataSource | EntityManager;

const managerOf = (source: Source): EntityManager => ("manager" in source ? source.manager : source);

/** Connections whose holder opened a transaction with its own START TRANSACTION (batch.ts `withConnection`). */
const openByHand = new WeakSet<QueryRunner>();

/** Records whether the holder of `runner` has a transaction open on it that TypeORM does not know of. */
export function markTransaction(runner: QueryRunner, open: boolean): void {
  if (open) openByHand.add(runner);
  else openByHand.delete(runner);
}

/** Whether a statement sent on `runner` now commits on its own: no transaction is open on the connection. */
export const commitsAlone = (runner: QueryRunner): boolean => !runner.isTransactionActive && !openByHand.has(runner);

/**
 * Runs one statement and reports the rows it returned and the rows it changed, the same way
 * on every engine. The conditional single-use writes of the service rely on `affected`.
 */
export async function execute<Row = Record<string, unknown>>(source: Source, sql: string, params: readonly unknown[] = [], retry?: RetryOptions): Promise<SqlResult<Row>> {
  const manager = managerOf(source);
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const own = !manager.queryRunner;
  try {
    // Outside a transaction the statement commits by itself: lost to a write conflict, it was rolled back whole and
    // is sent again. Inside one, the conflict ends the whole transaction, which its owner runs again.
    const run = () => runner.query(sql, [...params], true);
    const result = commitsAlone(runner) ? await retryOnConflict(run, retry) : await run();
    const rows = Array.isArray(result.records) ? (result.records as Row[]) : [];
    return { rows, affected: result.affected ?? 0 };
  } finally {
    if (own) await runner.release();
  }
}

/** `?, ?, ?` for an IN list of `n` parameters. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => "?").join(", ");
