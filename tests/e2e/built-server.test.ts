import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startBuiltServer, type RunningServer } from "../support/built-server.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt, migrateCli } from "../support/paths.js";

const HEALTH = "{ health { status database } }";

describe("the compiled server", () => {
  beforeAll(() => assertBuilt());

  describe("with the embedded database (the start command's default)", () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startBuiltServer({ DEMO_ADMIN_PASSWORD: "e2e-admin-password" });
    });
    afterAll(async () => server?.stop());

    it("answers the health query from SQLite", async () => {
      const res = await graphql<{ health: { status: string; database: string } }>(server.url, HEALTH);
      // The engine is named to account admins only.
      expect(res.data?.health).toEqual({ status: "ok", database: "undisclosed" });
    });

    it("prints the demo credentials, with the admin password fixed by the environment", () => {
      expect(server.output()).toMatch(/admin\s+admin \/ e2e-admin-password/);
      expect(server.output()).toMatch(/mailbox\s+alice@example\.com \/ \S{12,}/);
    });

    it("serves the console and the playground from the same origin", async () => {
      const index = await fetch(`${server.url}/`, { headers: { accept: "text/html" } });
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<div id="root">');
      const playground = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
      expect(playground.status).toBe(200);
      expect(await playground.text()).toMatch(/GraphQL playground/i);
    });

    it("reports ready", async () => {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(200);
    });
  });

  describe("with MariaDB", () => {
    let server: RunningServer;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const db = await createMariaDatabase();
      drop = db.drop;
      server = await startBuiltServer({ DATABASE_URL: db.url });
    });
    afterAll(async () => {
      await server?.stop();
      await drop?.();
    });

    it("migrates the empty database and answers the health query from MariaDB", async () => {
      const res = await graphql<{ health: { status: string; database: string } }>(server.url, HEALTH);
      expect(res.data?.health).toEqual({ status: "ok", database: "undisclosed" });
    });
  });

  it("applies migrations with the migrate command, and finds nothing to do the second time", async () => {
    const db = await createMariaDatabase();
    const env = { PATH: process.env.PATH ?? "", DATABASE_URL: db.url, MFA_SEAL_KEYS: `m:${Buffer.alloc(32, 1).toString("base64")}` };
    try {
      const first = execFileSync(process.execPath, [migrateCli], { env, encoding: "utf8" });
      expect(first).toMatch(/Applied: InitialSchema/);
      const second = execFileSync(process.execPath, [migrateCli], { env, encoding: "utf8" });
      expect(second).toMatch(/Schema is up to date/);
    } finally {
      await db.drop();
    }
  });

  it("refuses to start with a bad setting and names it", async () => {
    await expect(startBuiltServer({ PORT: "not-a-port" })).rejects.toThrow(/PORT/);
  });
});
