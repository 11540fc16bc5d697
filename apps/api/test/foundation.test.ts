import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { ENGINES } from "./support/engines.js";
import { startTestServer, type TestServer } from "./support/server.js";

describe.each(ENGINES)("the API on %s", (engine) => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer(engine, { SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: "demo-admin-password-1" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers the health query from its database, naming the engine to an account admin only", async () => {
    const res = await t.gql<{ health: { status: string; database: string; version: string } }>("{ health { status database version } }");
    expect(res.status).toBe(200);
    expect(res.body.data?.health).toEqual({ status: "ok", database: "undisclosed", version: "undisclosed" });
    const admin = await t.gql<{ login: { token: string } }>(`mutation { login(input: { username: "admin", password: "demo-admin-password-1" }) { ... on LoginSuccess { token } } }`);
    const asAdmin = await t.gql<{ health: { database: string } }>("{ health { database } }", {}, { authorization: `Bearer ${admin.body.data?.login.token}` });
    expect(asAdmin.body.data?.health.database).toBe(engine);
  });

  it("keeps the embedded database owner-only: folder 0700, files 0600", async () => {
    if (engine !== "sqlite") return;
    const file = t.server.dataSource.options.database as string;
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    for (const path of [file, `${file}-wal`].filter((p) => existsSync(p))) expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("serves /healthz and /readyz", async () => {
    const live = await fetch(`${t.url}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("leaves no difference between the migrated schema and the entities", async () => {
    const pending = await t.server.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("records each migration once and finds nothing to do on a second run", async () => {
    const rows: unknown[] = await t.server.dataSource.query("SELECT name FROM schema_migrations");
    expect(rows).toHaveLength(t.server.dataSource.migrations.length);
    expect(await t.server.dataSource.runMigrations()).toEqual([]);
  });

  it("seeds the demo account: an admin, a domain with a child domain, and mailboxes", async () => {
    const manager = t.server.dataSource.manager;
    expect(await manager.count(AccountEntity)).toBe(1);
    const domains = await manager.find(DomainEntity, { order: { name: "ASC" } });
    expect(domains.map((d) => d.name)).toEqual(["example.com", "sales.example.com"]);
    expect(domains[1]?.parentId).toBe(domains[0]?.id);
    const users = await manager.find(UserEntity);
    expect(users.filter((u) => u.kind === "ADMIN").map((u) => u.username)).toEqual(["admin"]);
    expect(users.filter((u) => u.kind === "MAILBOX").length).toBeGreaterThanOrEqual(4);
    expect(t.server.demo?.admin.password).toBe("demo-admin-password-1");
    for (const user of users) expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("answers malformed requests with a coded error and no stack", async () => {
    const badJson = await fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(badJson.status).toBe(400);
    const body = (await badJson.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");

    const unknownField = await t.gql("{ health { nope } }");
    expect(unknownField.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(unknownField.body)).not.toContain("stacktrace");
  });

  it("refuses a simple cross-site request (CSRF prevention)", async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ health { status } }")}`, { method: "GET", headers: { accept: "application/json" } });
    expect(res.status).toBe(400);
  });

  it("refuses batched operations", async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ health { status } }" }, { query: "{ health { status } }" }]),
    });
    expect(res.status).toBe(400);
  });
});
