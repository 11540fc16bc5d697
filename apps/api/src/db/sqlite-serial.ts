import { AsyncLocalStorage } from "node:async_hooks";
import { Mutex } from "async-mutex";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";

/**
 * The embedded SQLite database is one connection shared by every request. A transaction that awaits between its
 * statements would otherwise take in the statements of other requests, and a second transaction would nest into it
 * as a savepoint, so one request's rollback could undo another's commit. This gives the connection one owner at a
 * time: a transaction (or a `save`, which opens its own) holds it to the end; a statement outside any transaction
 * waits for it. Statements inside a holder's work (its async context) go straight through, so nesting still works.
 */
export function serialiseSqlite(dataSource: DataSource): void {
  const owner = new AsyncLocalStorage<true>();
  const mutex = new Mutex();
  const exclusively = <T>(work: () => Promise<T>): Promise<T> =>
    owner.getStore() ? work() : mutex.runExclusive(() => owner.run(true, work));

  const manager = dataSource.manager as EntityManager & Record<string, unknown>;
  for (const method of ["transaction", "save", "remove", "softRemove", "recover"] as const) {
    const original = (manager[method] as (...args: unknown[]) => Promise<unknown>).bind(manager);
    manager[method] = (...args: unknown[]) => exclusively(() => original(...args));
  }

  const driver = dataSource.driver as { createQueryRunner: (mode: "master" | "slave") => QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const wrapped = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (!wrapped.has(runner)) {
      wrapped.add(runner);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      (runner as { query: unknown }).query = (...args: unknown[]) => exclusively(() => query(...args));
    }
    return runner;
  };
}
