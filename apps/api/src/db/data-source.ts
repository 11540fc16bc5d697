import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "#src/config/config.js";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";
import { SnakeNamingStrategy } from "./naming.js";
import { serialiseSqlite } from "./sqlite-serial.js";

const QUERY_TIMEOUT_MS = 3_000;

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
  return new DataSource({
    ...common,
    type: database.url.startsWith("mariadb:") ? "mariadb" : "mysql",
    url: database.url.replace(/^mariadb:/, "mysql:"),
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    poolSize: database.poolSize,
    connectTimeout: 3_000,
    // A statement that gets no answer fails after this long (the connection is dropped), so a frozen
    // database yields a coded error instead of a hanging request.
    maxQueryExecutionTime: QUERY_TIMEOUT_MS,
    enableQueryTimeout: true,
    extra: { waitForConnections: true, queueLimit: 0, enableKeepAlive: true },
  });
}
