import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { codeOf, COMPLETE, createMailbox, createTenant, enrolTotp, login, oathtool, PASSWORD, type Tenant } from "../support/fixtures.js";
import { parseScrape, type Scrape } from "../support/prometheus.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { reminder } from "../mail/mail-fixtures.js";
import { signedIn, verifiedPhone } from "../sms/sms-fixtures.js";

const TOKEN = randomBytes(24).toString("hex");
const GRAPHQL_PASSWORD_SUCCESS = { door: "graphql", step: "password", factor: "password", outcome: "success" };

describe.each(ENGINES)("/metrics on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  const scrape = async (): Promise<Scrape> => {
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    return parseScrape(await res.text());
  };
  /** How much each named series moved while `act` ran. */
  const moved = async (series: [string, Record<string, string>?][], act: () => Promise<unknown>): Promise<number[]> => {
    const before = await scrape();
    await act();
    const after = await scrape();
    return series.map(([name, labels]) => after.value(name, labels) - before.value(name, labels));
  };

  beforeAll(async () => {
    // Webhook delivery on, polling often: the job reports its runs.
    t = await startTestServer(engine, { METRICS_TOKEN: TOKEN, WEBHOOK_DELIVERY: "true", WEBHOOK_POLL_INTERVAL_MS: "100" });
    tenant = await createTenant(t, "OPTIONAL");
  });
  afterAll(async () => t?.close());

  it("answers 401 without the token or with a wrong one, and the Prometheus text format with it", async () => {
    const none = await fetch(`${t.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await none.text()).not.toMatch(/mfa_|process_/);
    const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const parsed = parseScrape(await right.text());
    expect(parsed.names).toContain("process_cpu_user_seconds_total");
    expect(parsed.names).toContain("mfa_lockouts_total");
  });

  it("counts a password sign-in at each door, by door, step, factor and outcome", async () => {
    const username = await createMailbox(t, tenant, "plain");
    const rest = { door: "rest", step: "password", factor: "password", outcome: "success" };
    const wrong = { door: "graphql", step: "password", factor: "password", outcome: "failure" };
    const deltas = await moved([["mfa_logins_total", GRAPHQL_PASSWORD_SUCCESS], ["mfa_logins_total", rest], ["mfa_logins_total", wrong]], async () => {
      expect((await login(t, username)).__typename).toBe("LoginSuccess");
      const res = await fetch(`${t.url}/v2.0/tokens`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ auth: { passwordCredentials: { username, password: PASSWORD } } }),
      });
      expect(res.status).toBe(200);
      await t.gql(`mutation { login(input: { username: "${username}", password: "not the password" }) { __typename } }`);
    });
    expect(deltas).toEqual([1, 1, 1]);
  });

  it("counts every one of 12 parallel sign-ins, exactly", async () => {
    const usernames = await Promise.all(Array.from({ length: 12 }, (_, i) => createMailbox(t, tenant, `burst${i}`)));
    const [delta] = await moved([["mfa_logins_total", GRAPHQL_PASSWORD_SUCCESS]], () => Promise.all(usernames.map((u) => login(t, u))));
    expect(delta).toBe(12);
  });

  it("counts a TOTP sign-in: the password step challenged, the second factor succeeded with totp", async () => {
    const username = await createMailbox(t, tenant, "app");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const deltas = await moved(
      [
        ["mfa_logins_total", { door: "graphql", step: "password", outcome: "challenged" }],
        ["mfa_logins_total", { door: "graphql", step: "second_factor", factor: "totp", outcome: "success" }],
      ],
      async () => {
        const step1 = await login(t, username);
        const done = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
        expect(done.body.errors).toBeUndefined();
      },
    );
    expect(deltas).toEqual([1, 1]);
  });

  it("counts seven wrong codes as second-factor failures and the lock as one lockout", async () => {
    const username = await createMailbox(t, tenant, "guesser");
    await enrolTotp(t, username);
    let challengeId = "";
    const deltas = await moved(
      [
        ["mfa_second_factor_failures_total", { door: "graphql", reason: "wrong" }],
        ["mfa_lockouts_total"],
        ["mfa_logins_total", { door: "graphql", step: "second_factor", outcome: "failure" }],
      ],
      async () => {
        const step1 = await login(t, username);
        challengeId = step1.challengeId as string;
        for (let i = 0; i < 7; i++) await t.gql(COMPLETE, { input: { challengeId, passcode: String(100000 + i) } });
      },
    );
    expect(deltas).toEqual([7, 1, 7]);
    // Locked: the password step and the second step refuse, each counted as locked at its step.
    const locked = await moved(
      [
        ["mfa_logins_total", { door: "graphql", step: "password", outcome: "locked" }],
        ["mfa_logins_total", { door: "graphql", step: "second_factor", outcome: "locked" }],
      ],
      async () => {
        expect(codeOf((await t.gql(`mutation { login(input: { username: "${username}", password: "${PASSWORD}" }) { __typename } }`)).body.errors)).toBe("ACCOUNT_LOCKED");
        expect(codeOf((await t.gql(COMPLETE, { input: { challengeId, passcode: "123456" } })).body.errors)).toBe("ACCOUNT_LOCKED");
      },
    );
    expect(locked).toEqual([1, 1]);
  });

  it("counts texts by status: a phone's verification code and a sign-in code, both kept by the outbox", async () => {
    const user = await signedIn(t, tenant, "texter");
    const deltas = await moved([["mfa_sms_sends_total", { status: "stored" }]], async () => {
      await verifiedPhone(t, user, "2015550124");
      const step1 = await login(t, user.username);
      expect(step1.smsSentTo).toBeTruthy();
    });
    expect(deltas).toEqual([2]);
  });

  it("counts emails by status: one kept by the outbox, one that could not go (a recipient no email can reach is no send)", async () => {
    const deltas = await moved([["mfa_email_sends_total", { status: "stored" }], ["mfa_email_sends_total", { status: "failed" }]], async () => {
      const kept = await t.server.services.mail.send({ accountId: tenant.accountId, userId: null, to: "carol@acme.example", content: reminder(tenant.domainName) });
      expect(kept.status).toBe("STORED");
      const refused = await t.server.services.mail.send({ accountId: tenant.accountId, userId: null, to: "not an address", content: reminder(tenant.domainName) });
      expect(refused.status).toBe("FAILED");
    });
    expect(deltas).toEqual([1, 0]);
  });

  it("times GraphQL requests by the schema's operation (anything else is other) and REST requests by route pattern", async () => {
    const before = await scrape();
    await t.gql("{ health { status } }");
    await t.gql("{ notAField }");
    await fetch(`${t.url}/v2.0/users/${randomBytes(16).toString("hex")}`, { headers: { "x-auth-token": "nobody" } });
    const after = await scrape();
    const count = (name: string, labels: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    expect(count("mfa_graphql_request_duration_seconds", { operation: "health" })).toBe(1);
    expect(count("mfa_graphql_request_duration_seconds", { operation: "other" })).toBe(1);
    expect(count("mfa_http_request_duration_seconds", { route: "/v2.0/users/:userId", method: "GET", status: "4xx" })).toBe(1);
    expect(count("mfa_http_request_duration_seconds", { route: "/graphql", method: "POST", status: "2xx" })).toBe(1);
    expect(count("mfa_http_request_duration_seconds", { route: "/graphql", method: "POST", status: "4xx" })).toBe(1);
    expect(after.value("mfa_http_request_duration_seconds", { route: "/v2.0/tokens", method: "POST" })).toBeGreaterThan(0);
  });

  it("names no user, address, id or code in any label", async () => {
    const parsed = await scrape();
    const values = parsed.labelValues();
    expect(values.length).toBeGreaterThan(0);
    const leaks = values.filter((v) => /@|\d+\.\d+\.\d+\.\d+|[0-9a-f]{8}-[0-9a-f]{4}|[0-9a-f]{32}|\d{6,}/i.test(v) && !/^\d+(\.\d+)?$/.test(v) && !/^v?\d+\.\d+\.\d+/.test(v));
    expect(leaks).toEqual([]);
    expect(parsed.text).not.toContain(tenant.domainName);
  });

  it("reports the database: the pool and statement times on MariaDB, nothing of a pool on the embedded database", async () => {
    const parsed = await scrape();
    if (engine === "mariadb") {
      expect(parsed.value("mfa_db_query_duration_seconds", { outcome: "ok" })).toBeGreaterThan(0);
      expect(parsed.value("mfa_db_pool_connections", { state: "idle" }) + parsed.value("mfa_db_pool_connections", { state: "in_use" })).toBeGreaterThan(0);
      expect(parsed.value("mfa_db_pool_size")).toBe(10);
    } else {
      expect(parsed.names.has("mfa_db_pool_connections")).toBe(false);
    }
  });

  it("reports the webhook job's runs: a successful run and when it was", async () => {
    await expect.poll(async () => (await scrape()).value("mfa_job_runs_total", { job: "webhooks", outcome: "success" }), { timeout: 5_000 }).toBeGreaterThan(0);
    const last = (await scrape()).value("mfa_job_last_success_timestamp_seconds", { job: "webhooks" });
    expect(Math.abs(last - Date.now() / 1000)).toBeLessThan(30);
  });
});

describe("where /metrics is served", () => {
  it("on an address of its own with METRICS_LISTEN (no token needed there), and not on the API's port", async () => {
    const t = await startTestServer("sqlite", { METRICS_LISTEN: "127.0.0.1:0" });
    try {
      expect(t.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const own = await fetch(t.metricsUrl as string);
      expect(own.status).toBe(200);
      expect(parseScrape(await own.text()).names).toContain("mfa_logins_total");
      expect((await fetch((t.metricsUrl as string).replace("/metrics", "/other"))).status).toBe(404);
      const api = await fetch(`${t.url}/metrics`);
      expect(await api.text()).not.toMatch(/mfa_logins_total/);
    } finally {
      await t.close();
    }
  });

  it("on its own address with the token too when both are set", async () => {
    const t = await startTestServer("sqlite", { METRICS_LISTEN: "127.0.0.1:0", METRICS_TOKEN: TOKEN });
    try {
      expect((await fetch(t.metricsUrl as string)).status).toBe(401);
      expect((await fetch(t.metricsUrl as string, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("nowhere when neither is set", async () => {
    const t = await startTestServer("sqlite");
    try {
      expect(t.metricsUrl).toBeUndefined();
      const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/mfa_logins_total/);
    } finally {
      await t.close();
    }
  });
});
