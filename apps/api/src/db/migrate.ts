import type { DataSource } from "typeorm";
import { withFileLock } from "./file-lock.js";

const LOCK_NAME = "mfa_schema_migrations";
const LOCK_WAIT_SECONDS = 120;

/**
 * Runs pending migrations once, even when several instances start at the same moment:
 * the run holds a lock (a named server lock on MySQL/MariaDB, a lock file beside an SQLite
 * database), so a second instance waits and then finds nothing left to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (dataSource.options.type === "better-sqlite3") {
    const file = dataSource.options.database;
    const ran = await withFileLock(`${file}.migrate-lock`, () => dataSource.runMigrations({ transaction: "each" }));
    return ran.map((m) => m.name);
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    const rows: { got: number | string | null }[] = await lockRunner.query("SELECT GET_LOCK(?, ?) AS got", [
      LOCK_NAME,
      LOCK_WAIT_SECONDS,
    ]);
    if (Number(rows[0]?.got) !== 1) throw new Error(`could not take the migration lock within ${LOCK_WAIT_SECONDS}s`);
    try {
      const ran = await dataSource.runMigrations({ transaction: "each" });
      return ran.map((m) => m.name);
    } finally {
      await lockRunner.query("SELECT RELEASE_LOCK(?)", [LOCK_NAME]);
    }
  } finally {
    await lockRunner.release();
  }
}
