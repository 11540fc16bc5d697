import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "#src/config/config.js";
import { createServer, type AppServer } from "#src/server.js";
import { ENGINES } from "../support/engines.js";
import { bearer, codeOf, createTenant, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { adminToken, createKey, rest } from "./key-fixtures.js";

const BUDGET = 5;

/** Waits until the current minute has at least 15 s left, so that a burst falls in one budget window. */
async function awayFromMinuteEnd(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((r) => setTimeout(r, left + 200));
}

async function graphql(url: string, secret: string) {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...bearer(secret) }, body: JSON.stringify({ query: "{ domains { id } }" }) });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] } };
}

describe.each(ENGINES)("the per-key budget on %s", (engine) => {
  let t: TestServer;
  let second: AppServer;
  let secondUrl = "";
  let tenant: Tenant;
  let admin = "";
  beforeAll(async () => {
    t = await startTestServer(engine, { API_KEY_RATE_PER_MINUTE: String(BUDGET) });
    // A second instance of the service on the same database, as behind a load balancer.
    second = await createServer(loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SEED_DEMO: "false", API_KEY_RATE_PER_MINUTE: String(BUDGET), ...t.database.env }));
    secondUrl = (await second.listen(0, "127.0.0.1")).url;
    tenant = await createTenant(t, "OPTIONAL");
    admin = await adminToken(t, tenant);
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it(`a burst of 20 parallel requests on two instances gets exactly ${BUDGET} through; the rest get 429 RATE_LIMITED with Retry-After`, async () => {
    const key = await createKey(t, admin, { name: "bursty", scope: "READ" });
    await awayFromMinuteEnd();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => graphql(i % 2 ? secondUrl : t.url, key.secret)));
    const through = answers.filter((a) => a.status === 200 && !a.body.errors);
    const limited = answers.filter((a) => a.status === 429);
    expect(through).toHaveLength(BUDGET);
    expect(limited).toHaveLength(20 - BUDGET);
    for (const a of limited) {
      expect(codeOf(a.body.errors as never)).toBe("RATE_LIMITED");
      const wait = Number(a.retryAfter);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(a.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(wait);
    }
    const [row] = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE actor_id = ? AND action = 'API_KEY_USED'", [key.id])) as { n: number | string }[];
    expect(Number(row?.n)).toBe(BUDGET);
  });

  it("holds the same budget at the Identity door and for POST /v2.0/tokens: 429 overLimit with Retry-After", async () => {
    const key = await createKey(t, admin, { name: "door budget", scope: "READ" });
    await awayFromMinuteEnd();
    for (let i = 0; i < BUDGET; i++) expect((await rest(t, "GET", `/v2.0/RAX-AUTH/domains/${tenant.domainId}`, { token: key.secret })).status).toBe(200);
    const door = await rest(t, "GET", `/v2.0/RAX-AUTH/domains/${tenant.domainId}`, { token: key.secret });
    expect(door.status).toBe(429);
    expect(door.body).toHaveProperty("overLimit");
    expect(Number(door.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const tokens = await rest(t, "POST", "/v2.0/tokens", { body: { auth: { "RAX-KSKEY:apiKeyCredentials": { username: "door budget", apiKey: key.secret } } } });
    expect(tokens.status).toBe(429);
    expect(Number(tokens.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await graphql(secondUrl, key.secret)).status).toBe(429);
    // Another key of the account has its own budget.
    const other = await createKey(t, admin, { name: "calm", scope: "READ" });
    expect((await graphql(t.url, other.secret)).status).toBe(200);
  });
});
