import { tracingChannel } from "node:diagnostics_channel";
import { Gauge } from "prom-client";
import type { DataSource } from "typeorm";
import type { DatabaseConfig } from "#src/config/config.js";
import type { Metrics } from "./metrics.js";

/** What mysql2 tells about each statement (its `mysql2:query` and `mysql2:execute` tracing channels). */
interface StatementContext {
  readonly database?: string;
  readonly serverPort?: number;
}

/** The counts of a mysql2 pool; mysql2 has no public accessor for them, so each is read only when present. */
interface PoolCounts {
  readonly _allConnections?: { readonly length: number };
  readonly _freeConnections?: { readonly length: number };
  readonly _connectionQueue?: { readonly length: number };
}

const poolOf = (dataSource: DataSource): PoolCounts | undefined => (dataSource.driver as { pool?: PoolCounts }).pool;

/** The database name and port a URL names (statements of other servers in this process are not ours). */
function target(url: string): { database: string; port: number } {
  const parsed = new URL(url.replace(/^mariadb:/, "mysql:"));
  return { database: decodeURIComponent(parsed.pathname.replace(/^\//, "")), port: Number(parsed.port || 3306) };
}

/**
 * The database's share of the metrics, on MySQL/MariaDB (the embedded SQLite database has no pool and runs in
 * process): connections in use and idle and requests waiting for one, read from the pool at each scrape, and the
 * time of every statement from mysql2's tracing channels. Returns what stops the timing.
 */
export function observeDatabase(metrics: Metrics, dataSource: DataSource, database: DatabaseConfig): () => void {
  if (database.kind !== "mysql") return () => {};
  new Gauge({
    name: "mfa_db_pool_connections",
    help: "Connections of the MySQL/MariaDB pool, by state (in_use, idle, waiting: requests queued for a connection).",
    labelNames: ["state"] as const,
    registers: [metrics.registry],
    collect() {
      const pool = poolOf(dataSource);
      if (!pool?._allConnections || !pool._freeConnections) return;
      this.set({ state: "in_use" }, pool._allConnections.length - pool._freeConnections.length);
      this.set({ state: "idle" }, pool._freeConnections.length);
      this.set({ state: "waiting" }, pool._connectionQueue?.length ?? 0);
    },
  });
  new Gauge({ name: "mfa_db_pool_size", help: "The most connections the pool opens (DATABASE_POOL_SIZE).", registers: [metrics.registry] }).set(database.poolSize);

  const ours = target(database.url);
  const running = new WeakMap<object, { stop: (labels: { outcome: string }) => void; failed: boolean }>();
  const subscribers = {
    start(context: StatementContext) {
      if (context.database === ours.database && context.serverPort === ours.port) running.set(context, { stop: metrics.dbQueryDuration.startTimer(), failed: false });
    },
    end() {},
    asyncStart(context: StatementContext) {
      const statement = running.get(context);
      if (!statement) return;
      running.delete(context);
      statement.stop({ outcome: statement.failed ? "error" : "ok" });
    },
    asyncEnd() {},
    error(context: StatementContext) {
      const statement = running.get(context);
      if (statement) statement.failed = true;
    },
  };
  const channels = ["mysql2:query", "mysql2:execute"].map((name) => tracingChannel<StatementContext>(name));
  for (const channel of channels) channel.subscribe(subscribers);
  return () => {
    for (const channel of channels) channel.unsubscribe(subscribers);
  };
}
