import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { LOGIN, PASSWORD, createMailbox, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

type Answer = { status: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }; setCookie: string[] };

describe.each(ENGINES)("the password-step limiter on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    // A long first wait: what a burst gets through does not depend on how fast this machine answers it.
    t = await startTestServer(engine, { TRUST_PROXY: "1", LOGIN_ADDRESS_LIMIT: "12", LOGIN_USER_BACKOFF_MS: "60000" });
  });
  afterAll(async () => t?.close());

  /** A password step from `address` (through the trusted proxy), with cookies if given. */
  async function attempt(username: string, password: string, address: string, cookie?: string): Promise<Answer> {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
    });
    return { status: res.status, body: (await res.json()) as Answer["body"], setCookie: res.headers.getSetCookie() };
  }
  const failures = async (username: string) =>
    Number(
      ((await t.server.dataSource.query(
        "SELECT COUNT(*) AS n FROM audit_events e JOIN users u ON u.id = e.target_user_id WHERE u.username = ? AND e.action = 'LOGIN_PASSWORD_FAILED'",
        [username],
      )) as { n: number | string }[])[0]?.n,
    );

  it("30 parallel wrong passwords for one user from one address: at most 5 are checked; the user's known browser still signs in", async () => {
    const tenant = await createTenant(t, "OFF");
    const username = await createMailbox(t, tenant, "burst");
    const first = await attempt(username, PASSWORD, "198.51.100.1");
    const known = first.setCookie.find((c) => c.startsWith("mfa_known="))?.split(";")[0];
    expect(known).toMatch(/^mfa_known=[A-Za-z0-9_-]{43}$/);

    const answers = await Promise.all(Array.from({ length: 30 }, () => attempt(username, "wrong password guess", "198.51.100.2")));
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code);
    expect(await failures(username)).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(25);
    // The right password from the guessing address is refused the same way as a wrong one...
    expect((await attempt(username, PASSWORD, "198.51.100.2")).body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // ...while the browser that signed in before goes straight in, from that very address.
    const real = await attempt(username, PASSWORD, "198.51.100.2", known);
    expect(real.body.errors).toBeUndefined();
  });

  it("unknown and known usernames answer alike, step by step", async () => {
    const tenant = await createTenant(t, "OFF");
    const known = await createMailbox(t, tenant, "alike");
    const unknown = `nobody-${Date.now()}@${tenant.domainName}`;
    // Identical but for the seconds left to wait, which may tick over between the two answers.
    const retry = (a: Answer) => Number(a.body.errors?.[0]?.extensions?.retryAfterSeconds ?? 0);
    const strip = (a: Answer) =>
      JSON.stringify({ status: a.status, data: a.body.data, errors: a.body.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, retryAfterSeconds: undefined } })) });
    for (let i = 0; i < 8; i++) {
      const [a, b] = [await attempt(known, `wrong-${i}`, "198.51.100.3"), await attempt(unknown, `wrong-${i}`, "198.51.100.4")];
      expect(strip(a)).toBe(strip(b));
      expect(Math.abs(retry(a) - retry(b))).toBeLessThanOrEqual(1);
    }
  });

  it("spraying one password over many usernames from one address stops at the address limit; other addresses go on", async () => {
    const tenant = await createTenant(t, "OFF");
    const codes: unknown[] = [];
    for (let i = 0; i < 16; i++) codes.push((await attempt(`spray-${i}@${tenant.domainName}`, "Summer2026!", "198.51.100.5")).body.errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 12).every((c) => c === "INVALID_CREDENTIALS")).toBe(true);
    expect(codes.slice(12).every((c) => c === "RATE_LIMITED")).toBe(true);
    const elsewhere = await attempt(`spray-0@${tenant.domainName}`, "Summer2026!", "198.51.100.6");
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
  });
});
