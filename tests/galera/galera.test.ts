import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { World } from "../e2e/attack/world.js";
import { GaleraCluster, databaseUrl } from "../support/galera.js";
import { ensureArtifactsDir } from "../support/paths.js";
import { batchesProperty } from "./batches.js";
import { nodeFailureProperty } from "./node-failure.js";
import { racesProperty } from "./races.js";
import { settingsProperty } from "./settings.js";

/**
 * The security properties on a three-node MariaDB Galera cluster: the compiled API, one instance on each node
 * (A on node 1, B on node 2, C on node 3), driven over HTTP. The global setup started the cluster and migrated the
 * database through node 1; the instances start without migrating (a named lock holds on one node only).
 */
describe("proof on a Galera cluster", () => {
  const galera = inject("galera");
  const cluster = new GaleraCluster(galera.dir);
  const world = new World();
  const started = Date.now();

  beforeAll(async () => {
    await world.startOn(
      databaseUrl(1, galera.database),
      [databaseUrl(1, galera.database), databaseUrl(2, galera.database), databaseUrl(3, galera.database)],
      // A crashed node stalls every commit of the cluster for about evs.suspect_timeout (5 s): statements may wait longer.
      { RUN_MIGRATIONS: "false", DATABASE_QUERY_TIMEOUT_MS: "15000" },
    );
  });
  afterAll(async () => {
    // Errors the instances logged as unexpected (a failure of the suite names them).
    const unexpected = (world.cluster?.output() ?? "")
      .split("\n")
      .filter((l) => l.includes('"unexpected error"'))
      .map((l) => String((JSON.parse(l) as { error?: string }).error ?? "").split("\n")[0])
      .slice(0, 10);
    const note = [
      world.figures.render().replace("Proof under attack and faults", "Proof on a three-node Galera cluster"),
      `  cluster formed in ${galera.startSeconds.toFixed(1)} s; properties ran in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ...unexpected.map((l) => `  unexpected error in an instance's log: ${l?.slice(0, 200)}`),
    ].join("\n");
    process.stdout.write(`\n${note}\n`);
    writeFileSync(join(ensureArtifactsDir(), "galera-figures.txt"), `${note}\n`);
    await world.stop();
  });

  racesProperty(world);
  batchesProperty();
  nodeFailureProperty(world, () => cluster, () => galera.database);
  settingsProperty(world, () => galera.database);
});
