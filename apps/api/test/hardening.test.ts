import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { PRODUCTION_ENV } from "./support/production.js";

describe("the production server's GraphQL hardening", () => {
  let t: TestServer;
  beforeAll(async () => {
    // Production runs on MySQL/MariaDB only (it refuses the embedded database).
    t = await startTestServer("mariadb", PRODUCTION_ENV);
  });
  afterAll(async () => t?.close());

  it("serves no playground and seeds no demo data", async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toMatch(/<html/i);
    expect(t.server.demo).toBeNull();
    const [row] = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM users")) as { n: number | string }[];
    expect(Number(row?.n)).toBe(0);
  });

  it("refuses introspection", async () => {
    const res = await t.gql("{ __schema { types { name } } }");
    expect(res.body.data ?? null).toBeNull();
    expect(codeOf(res.body.errors)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("gives no field suggestions", async () => {
    const res = await t.gql("{ healt { status } }");
    expect(codeOf(res.body.errors)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/i);
  });

  it("refuses documents past the depth, alias and token limits, with a code and no stack", async () => {
    const aliases = `{ ${Array.from({ length: 12 }, (_, i) => `h${i}: health { status }`).join(" ")} }`;
    const tokens = `{ ${"health { status } ".repeat(700)} }`;
    for (const doc of [aliases, tokens]) {
      const res = await t.gql(doc);
      expect(res.status).toBe(400);
      expect(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"]).toContain(codeOf(res.body.errors));
      expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it("still answers ordinary queries", async () => {
    const res = await t.gql<{ health: { status: string } }>("{ health { status } }");
    expect(res.body.data?.health.status).toBe("ok");
  });
});
