import { createConnection } from "mysql2/promise";
import { describe, expect, it } from "vitest";
import { startBuiltServer } from "../support/built-server.js";
import { databaseUrl, serverUrl } from "../support/galera.js";
import type { World } from "../e2e/attack/world.js";

/** A node that answers reads before it has applied the others' commits would honour a session revoked elsewhere. */
export function settingsProperty(world: World, database: () => string): void {
  describe("a node without causal reads", () => {
    it("an instance refuses to start on a Galera node whose reads do not wait for the cluster (wsrep_sync_wait=0)", async () => {
      const node3 = new URL(serverUrl(3));
      const admin = await createConnection({ host: node3.hostname, port: Number(node3.port), user: "root" });
      try {
        await admin.query("SET GLOBAL wsrep_sync_wait = 0");
        const env = { ...world.instanceEnv(databaseUrl(3, database())), RUN_MIGRATIONS: "false", SEED_DEMO: "false" };
        const started = await startBuiltServer(env).then(
          async (server) => {
            await server.stop();
            return "started";
          },
          (error: Error) => error.message,
        );
        expect(started).toMatch(/server exited with 2:[\s\S]*wsrep_sync_wait/);
      } finally {
        await admin.query("SET GLOBAL wsrep_sync_wait = 1");
        await admin.end();
      }
    });
  });
}
