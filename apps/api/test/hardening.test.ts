import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

describe("the production server's GraphQL hardening", () => {
  let t: TestServer;
  beforeAll(async () => {
    // Production refuses the outbox sender: a provider is configured (it is never called here).
    t = await startTestServer("sqlite", {
      NODE_ENV: "production",
      SMS_SENDER: "twilio",
      TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
      TWILIO_AUTH_TOKEN: "not-used-by-these-tests",
      TWILIO_FROM: "+15005550006",
      TWILIO_BASE_URL: "http://127.0.0.1:9",
    });
  });
  afterAll(async () => t?.close());

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
