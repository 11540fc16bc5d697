import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { retryOnConflict, retryTransactions, type RetryOptions } from "./retry.js";
import { commitsAlone, execute, markTransaction, statement, type SqlResult, type Statement } from "./sql.js";

export type { Statement };

type Source = DataSource | EntityManager;
const managerOf = (source: Source): EntityManager => ("manager" in source ? source.manager : source);
const isSqliteSource = (source: Source): boolean => managerOf(source).connection.options.type === "better-sqlite3";

function resultOf<Row>(raw: unknown): SqlResult<Row> {
  if (Array.isArray(raw)) return { rows: raw as Row[], affected: 0 };
  const header = raw as { affectedRows?: number } | null;
  return { rows: [], affected: header?.affectedRows ?? 0 };
}

/**
 * Sending statements that the modules' queries files built: services batch them (one round trip on
 * MariaDB) and hold one connection for a transaction sent in batches. No SQL is written here but the
 * transaction's own keywords.
 */

export const BEGIN = statement("START TRANSACTION");
export const COMMIT = statement("COMMIT");
export const ROLLBACK = statement("ROLLBACK");

/**
 * Data sources on a Galera node: their batches go one statement a round trip. A Galera node rolls a transaction back
 * when another node's commit touches its rows (a brute-force abort), also between two statements of one
 * multi-statement query; MariaDB (10.11) then runs the query's remaining statements on their own, each committing
 * by itself, and its COMMIT answers OK: half a transaction saved and reported as done. Sent one at a time, every
 * statement after the abort is answered with the deadlock error instead, and the transaction runs again whole.
 */
const oneAtATime = new WeakSet<DataSource>();

/** Sends every later batch of `dataSource` one statement a round trip (a Galera node: see `oneAtATime`). */
export function sendStatementsOneAtATime(dataSource: DataSource): void {
  oneAtATime.add(dataSource);
}

/** The statements of a batch: one multi-statement query, or on a Galera node one query each, stopping at the first error. */
async function send(runner: QueryRunner, statements: readonly Statement[]): Promise<SqlResult<Record<string, unknown>>[]> {
  if (oneAtATime.has(runner.connection)) {
    const results: SqlResult<Record<string, unknown>>[] = [];
    for (const s of statements) results.push(resultOf((await runner.query(s.sql, [...s.params], true)).raw));
    return results;
  }
  const result = await runner.query(
    statements.map((s) => s.sql).join(";\n"),
    statements.flatMap((s) => [...s.params]),
    true,
  );
  const raw = result.raw as unknown[];
  return statements.map((_, i) => resultOf(raw[i]));
}

/**
 * Runs statements in order and returns each one's result. On MySQL/MariaDB they travel as one
 * multi-statement query (one round trip; on a Galera node one round trip each, see `oneAtATime`); SQLite runs
 * in-process, one statement after the other.
 * Outside a transaction, several statements travel as one transaction in that round trip: a write
 * conflict (a deadlock, or another Galera node's commit) then rolls all of them back and they are sent
 * again, so none is half applied or applied twice. Inside a transaction (see `withConnection`) they
 * are part of it.
 */
export async function runBatch(source: Source, statements: readonly Statement[], retry?: RetryOptions): Promise<SqlResult<Record<string, unknown>>[]> {
  if (statements.length === 0) return [];
  if (statements.length === 1 || isSqliteSource(source)) {
    const results: SqlResult<Record<string, unknown>>[] = [];
    for (const s of statements) results.push(await execute(source, s.sql, s.params, retry));
    return results;
  }
  const manager = managerOf(source);
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const own = !manager.queryRunner;
  try {
    if (!commitsAlone(runner)) return await send(runner, statements);
    return await retryOnConflict(async () => {
      try {
        return (await send(runner, [BEGIN, ...statements, COMMIT])).slice(1, -1);
      } catch (error) {
        // A failed statement stops the query with the transaction open (a conflict has rolled it back already).
        // The ROLLBACK is queued on the connection, not awaited: after a statement time-out the connection still
        // waits for the database's answer, and the caller must get its error now. Whatever uses the connection
        // next (a retry, or the pool's next user) is sent after it.
        void runner.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    }, retry);
  } finally {
    if (own) await runner.release();
  }
}

/** A connection held for a unit of work that spans round trips (a transaction sent in batches). */
export interface HeldConnection {
  readonly db: EntityManager;
  /** Whether statements of several round trips can share one transaction here (MySQL/MariaDB). */
  readonly transactional: boolean;
  /** `retry`: how long statements that commit on their own are sent again after a write conflict (default: `retryOnConflict`'s). */
  batch(statements: readonly Statement[], retry?: RetryOptions): Promise<SqlResult<Record<string, unknown>>[]>;
}

/**
 * Holds one pooled connection for `work` (MySQL/MariaDB), so that a transaction can be opened in
 * one batch and committed in a later one; whatever happens, an open transaction is rolled back
 * before the connection goes back to the pool. SQLite has one shared connection and no such
 * transactions (a rollback there would undo other requests' statements): `transactional` is false.
 */
export async function withConnection<T>(dataSource: DataSource, work: (held: HeldConnection) => Promise<T>): Promise<T> {
  if (isSqliteSource(dataSource)) {
    return work({ db: dataSource.manager, transactional: false, batch: (s, retry) => runBatch(dataSource, s, retry) });
  }
  const runner: QueryRunner = dataSource.createQueryRunner();
  // A transaction opened with the held connection's manager runs again when it loses a write conflict.
  retryTransactions(runner.manager);
  let open = false;
  const setOpen = (value: boolean) => {
    open = value;
    markTransaction(runner, value);
  };
  const held: HeldConnection = {
    db: runner.manager,
    transactional: true,
    batch: async (statements, retry) => {
      if (statements.some((s) => s === BEGIN)) setOpen(true);
      try {
        const results = await runBatch(runner.manager, statements, retry);
        if (statements.some((s) => s === COMMIT || s === ROLLBACK)) setOpen(false);
        return results;
      } catch (error) {
        // A failed statement leaves the transaction half done: it is rolled back before anything else is sent.
        if (open) await runner.query("ROLLBACK").catch(() => undefined);
        setOpen(false);
        throw error;
      }
    },
  };
  try {
    return await work(held);
  } finally {
    if (open) await runner.query("ROLLBACK").catch(() => undefined);
    setOpen(false);
    await runner.release();
  }
}

