import { describe, expect, it } from "vitest";
import { ApiClient } from "../../support/api-client.js";
import { startBuiltServer, type RunningServer } from "../../support/built-server.js";
import { createMariaDatabase } from "../../support/database.js";
import { DbInspector } from "../../support/db-inspect.js";
import { ADMIN_PASSWORD, DEMO_USER_PASSWORD, type World } from "./world.js";

/** The migrations one instance reports having applied (its "migrations applied" log line), or none. */
function appliedBy(output: string): string[] {
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    const event = JSON.parse(line) as { message?: string; migrations?: string[] };
    if (event.message === "migrations applied") return event.migrations ?? [];
  }
  return [];
}

/** Property 2: instances started at the same moment on an empty database. */
export function concurrentStartProperty(world: World): void {
  describe("concurrent start: two instances at the same moment on an empty database", () => {
    const figure = world.figures.of("2 concurrent start");

    async function startTwo(extra: Record<string, string>) {
      const database = await createMariaDatabase();
      const db = new DbInspector(database.url);
      const env = { DATABASE_URL: database.url, MFA_SEAL_KEYS: world.seal.spec, LOG_LEVEL: "info", ...extra };
      const started = await Promise.allSettled([startBuiltServer(env), startBuiltServer(env)]);
      const servers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      const failures = started.flatMap((s) => (s.status === "rejected" ? [String((s.reason as Error).message).split("\n").slice(0, 3).join(" | ")] : []));
      const cleanup = async () => {
        for (const server of servers) world.otherLogs.push(server.output());
        await Promise.all(servers.map((s: RunningServer) => s.stop()));
        await db.close();
        await database.drop();
      };
      return { db, servers, failures, cleanup };
    }

    async function upAndReady(servers: RunningServer[]) {
      return Promise.all(
        servers.map(async (server, i) => {
          const api = new ApiClient(server.url, `instance ${i}`, figure, world.ledger);
          const ready = await api.get("/readyz");
          // Unauthenticated, health says whether the service answers; it does not name the engine.
          const health = await api.gql<{ health: { status: string } }>("{ health { status } }");
          return { ready: ready.status, health: health.body.data?.health };
        }),
      );
    }

    it("two instances started at the same moment on an empty database run the migrations once and both come up", async () => {
      const run = await startTwo({ SEED_DEMO: "false" });
      try {
        expect(run.failures).toEqual([]);
        const applied = run.servers.map((s) => appliedBy(s.output()));
        const rows = await run.db.rows<{ name: string }>("SELECT name FROM schema_migrations ORDER BY id");
        // Exactly one instance applied them, each exactly once; the other found nothing left to do.
        figure.notes.push(`started together: ${applied.filter((list) => list.length > 0).length} of 2 applied the migrations (${rows.length} rows in schema_migrations)`);
        expect(applied.filter((list) => list.length > 0)).toHaveLength(1);
        expect(rows.map((r) => r.name)).toEqual(applied.flat());
        expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
        expect(rows.length).toBeGreaterThan(0);
        expect(await upAndReady(run.servers)).toEqual([
          { ready: 200, health: { status: "ok" } },
          { ready: 200, health: { status: "ok" } },
        ]);
      } finally {
        await run.cleanup();
      }
    });

    it("two instances started at the same moment on an empty database with demo data switched on create it once and both come up", async () => {
      const run = await startTwo({ SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_USER_PASSWORD: DEMO_USER_PASSWORD });
      try {
        const accounts = await run.db.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM accounts");
        const admins = await run.db.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM users WHERE username = 'admin'");
        expect({ failedToStart: run.failures, accounts: Number(accounts[0]?.n), admins: Number(admins[0]?.n) }).toEqual({ failedToStart: [], accounts: 1, admins: 1 });
        expect((await upAndReady(run.servers)).map((s) => s.ready)).toEqual([200, 200]);
      } finally {
        await run.cleanup();
      }
    });
  });
}
