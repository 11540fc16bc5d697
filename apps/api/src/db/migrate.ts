import type { DataSource } from "typeorm";
import { withFileLock } from "./file-lock.js";
import { releaseLock, tryTakeLock } from "./migration-lock.queries.js";

const LOCK_NAME = "mfa_schema_migrations";
const LOCK_WAIT_SECONDS = 120;

/**
 * Runs pending migrations once, even when several instances start at the same moment:
 * the run holds a lock (a named server lock on MySQL/MariaDB, a lock file beside an SQLite
 * database), so a second instance waits and then finds nothing left to do. `afterMigrate` (the demo
 * seed) runs under the same lock, so it too happens once.
 */
export async function runMigrations(dataSource: DataSource, afterMigrate?: () => Promise<void>): Promise<string[]> {
  const run = async () => {
    const ran = await dataSource.runMigrations({ transaction: "each" });
    if (afterMigrate) await afterMigrate();
    return ran.map((m) => m.name);
  };
  if (dataSource.options.type === "better-sqlite3") {
    return withFileLock(`${dataSource.options.database}.migrate-lock`, run);
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    // Short waits in a loop: every statement has a time limit, the lock may be held longer.
    const deadline = Date.now() + LOCK_WAIT_SECONDS * 1000;
    for (;;) {
      if (await tryTakeLock(lockRunner, LOCK_NAME, 2)) break;
      if (Date.now() > deadline) throw new Error(`could not take the migration lock within ${LOCK_WAIT_SECONDS}s`);
    }
    try {
      return await run();
    } finally {
      await releaseLock(lockRunner, LOCK_NAME);
    }
  } finally {
    await lockRunner.release();
  }
}
