import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "#src/config/config.js";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";
import { SnakeNamingStrategy } from "./naming.js";
import { retryTransactions } from "./retry.js";
import { serialiseSqlite } from "./sqlite-serial.js";

/** One factory for every engine: embedded SQLite by default, MySQL/MariaDB by URL. */
export function createDataSource(database: DatabaseConfig): DataSource {
  const common = {
    entities,
    migrations,
    migrationsTableName: "schema_migrations",
    migrationsTransactionMode: "each" as const,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false as const,
  };
  if (database.kind === "sqlite") {
    mkdirSync(dirname(database.file), { recursive: true, mode: 0o700 });
    const dataSource = new DataSource({
      ...common,
      type: "better-sqlite3",
      database: database.file,
      enableWAL: true,
      timeout: 10_000,
    });
    serialiseSqlite(dataSource);
    return dataSource;
  }
  const dataSource = new DataSource({
    ...common,
    type: database.url.startsWith("mariadb:") ? "mariadb" : "mysql",
    url: database.url.replace(/^mariadb:/, "mysql:"),
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    poolSize: database.poolSize,
    connectTimeout: 3_000,
    // A statement that gets no answer fails after this long (the connection is dropped), so a frozen
    // database yields a coded error instead of a hanging request. On a Galera cluster it must outlast the
    // commit stall a crashed node causes (evs.suspect_timeout, 5 s by default).
    maxQueryExecutionTime: database.queryTimeoutMs,
    enableQueryTimeout: true,
    // The hot paths send a transaction's statements together (db/sql.ts runBatch): one round trip.
    // Every statement is parameterised (raw SQL lives in *.queries.ts only, checked by lint).
    multipleStatements: true,
    extra: { waitForConnections: true, queueLimit: 0, enableKeepAlive: true },
  });
  // A deadlock victim, or on a Galera cluster the loser of a conflict with another node's commit, runs again.
  retryTransactions(dataSource);
  return dataSource;
}
