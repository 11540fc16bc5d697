import type { DataSource, EntityManager } from "typeorm";

/** Where a query runs: the data source, or the manager of an open transaction. */
export type Db = DataSource | EntityManager;

export const managerOf = (db: Db): EntityManager => ("manager" in db ? db.manager : db);

/** Whether this is the embedded SQLite database (statements that differ between engines branch on it). */
export const isSqlite = (db: Db): boolean => managerOf(db).connection.options.type === "better-sqlite3";
