import type { DataSource } from "typeorm";
import { ConfigError } from "#src/config/env.js";
import { sendStatementsOneAtATime } from "./batch.js";

/**
 * On a MariaDB Galera node, a read answers from what this node has applied: without `wsrep_sync_wait` a session
 * revoked (or a code spent) through another node a moment ago may still look live here. The API refuses to start on
 * a node whose reads do not wait for the cluster (the READ bit, 1, of `wsrep_sync_wait`). On a Galera node the
 * transactions the services send in batches go one statement a round trip (batch.ts `oneAtATime`: a transaction
 * another node's commit aborts mid-batch must fail whole). Elsewhere it checks nothing. Returns whether the node is a
 * Galera node.
 */
export async function prepareForGalera(dataSource: DataSource): Promise<boolean> {
  if (dataSource.options.type === "better-sqlite3") return false;
  const rows = (await dataSource.query("SHOW VARIABLES WHERE Variable_name IN ('wsrep_on', 'wsrep_sync_wait')")) as { Variable_name: string; Value: string }[];
  const value = (name: string) => rows.find((r) => r.Variable_name === name)?.Value;
  if (value("wsrep_on") !== "ON") return false;
  sendStatementsOneAtATime(dataSource);
  if ((Number(value("wsrep_sync_wait") ?? 0) & 1) === 1) return true;
  throw new ConfigError(
    "Invalid database configuration:\n  wsrep_sync_wait: this Galera node answers reads without waiting for what other nodes committed, " +
      "so a session revoked or a code spent through another node could still be accepted here. Set wsrep_sync_wait = 1 (or another odd value) on every node.",
  );
}
