import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "#src/config/config.js";
import { createServer, type AppServer } from "#src/server.js";
import { ENGINES } from "../support/engines.js";
import { codeOf, createMailbox, createTenant, login } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SoftAuthenticator, WEBAUTHN_ENV } from "../support/soft-authenticator.js";
import { COMPLETE_WITH_PASSKEY, passwordThenOffer, registerPasskey } from "./passkey-fixtures.js";

describe.each(ENGINES)("a passkey's assertion under parallel requests on two API instances over one %s database", (engine) => {
  let t: TestServer;
  let second: AppServer;
  let secondUrl: string;
  beforeAll(async () => {
    t = await startTestServer(engine, WEBAUTHN_ENV);
    // A second instance over the same database: nothing but the database is shared.
    second = await createServer(loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SEED_DEMO: "false", WEBHOOK_DELIVERY: "false", RUN_MIGRATIONS: "false", ...t.database.env, ...WEBAUTHN_ENV }));
    secondUrl = (await second.listen(0, "127.0.0.1")).url;
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const post = async (url: string, query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: { completeLogin: { token: string } | null } | null; errors?: { extensions?: { code?: string } }[] };
  };

  it("one assertion sent 20 times at once over both instances yields exactly one session, and the copies are not held against the user", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "race-passkey");
    const authenticator = new SoftAuthenticator({ key: "securityKey", transports: ["usb"] });
    await registerPasskey(t, (await login(t, username)).token as string, authenticator);
    const sessionsOf = async () => {
      const rows: { n: number | string }[] = await t.server.dataSource.query("SELECT COUNT(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = ?", [username]);
      return Number(rows[0]?.n);
    };
    const before = await sessionsOf();
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const assertion = authenticator.assert(optionsJson);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 ? secondUrl : t.url, COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: assertion } })),
    );
    const winners = answers.filter((a) => a.data?.completeLogin?.token);
    expect(winners).toHaveLength(1);
    for (const loser of answers.filter((a) => !a.data?.completeLogin?.token)) expect(["INVALID_PASSCODE", "LOGIN_EXPIRED", "RATE_LIMITED"]).toContain(codeOf(loser.errors as never));
    const users: { mfa_failures: number | string; mfa_locked_at: unknown }[] = await t.server.dataSource.query("SELECT mfa_failures, mfa_locked_at FROM users WHERE username = ?", [username]);
    expect({ sessionsStored: (await sessionsOf()) - before, failures: Number(users[0]?.mfa_failures), locked: users[0]?.mfa_locked_at ?? null }).toEqual({ sessionsStored: 1, failures: 0, locked: null });
  });
});
