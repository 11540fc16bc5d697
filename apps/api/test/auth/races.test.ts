import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

async function auditCount(t: TestServer, username: string, action: string): Promise<number> {
  const rows: { n: number | string }[] = await t.server.dataSource.query(
    "SELECT COUNT(*) AS n FROM audit_events WHERE action = ? AND target_user_id = (SELECT id FROM users WHERE username = ?)",
    [action, username],
  );
  return Number(rows[0]?.n);
}

describe.each(ENGINES)("single-use guarantees under parallel requests on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("the same valid code sent 50 times in parallel yields exactly one session", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "race-code");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    const code = oathtool(secret, verifiedAtMs + 30_000);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } })),
    );
    const sessions = answers.filter((a) => a.body.data?.completeLogin.token);
    expect(sessions).toHaveLength(1);
    const locked: { mfa_locked_at: unknown }[] = await t.server.dataSource.query("SELECT mfa_locked_at FROM users WHERE username = ?", [username]);
    expect(locked[0]?.mfa_locked_at).toBeNull();
  });

  it("a burst of 50 wrong codes is checked exactly 7 times and locks; the right code is refused afterwards", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "race-wrong");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: String(100000 + i) } })),
    );
    expect(answers.every((a) => a.body.errors)).toBe(true);
    expect(await auditCount(t, username, "LOGIN_PASSCODE_FAILED")).toBe(7);
    expect(await auditCount(t, username, "ACCOUNT_LOCKED")).toBe(1);
    const right = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    expect(codeOf(right.body.errors)).toBe("ACCOUNT_LOCKED");
  });

  it("one recovery code used 20 times in parallel succeeds exactly once", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "race-recovery");
    const { token } = await enrolTotp(t, username);
    const out = await t.gql<{ generateRecoveryCodes: { codes: string[] } }>(`mutation { generateRecoveryCodes(quantity: 1) { codes } }`, {}, bearer(token));
    const code = out.body.data?.generateRecoveryCodes.codes[0] as string;
    // The sign-ins are opened one after the other (the password step limits parallel attempts per user and address).
    const challenges = [];
    for (let i = 0; i < 20; i++) challenges.push(await login(t, username));
    const answers = await Promise.all(challenges.map((c) => t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: c.challengeId, passcode: code } })));
    expect(answers.filter((a) => a.body.data?.completeLogin.token)).toHaveLength(1);
  });

  it("ten aliased completeLogin in one document are refused before any resolver runs", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "aliases");
    await enrolTotp(t, username);
    const step1 = await login(t, username);
    const fields = Array.from({ length: 10 }, (_, i) => `a${i}: completeLogin(input: { challengeId: "${step1.challengeId}", passcode: "${String(200000 + i)}" }) { token }`);
    const res = await t.gql(`mutation { ${fields.join("\n")} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res.body.errors)).toBe("GRAPHQL_VALIDATION_FAILED");
    const rows: { mfa_failures: number | string }[] = await t.server.dataSource.query("SELECT mfa_failures FROM users WHERE username = ?", [username]);
    expect(Number(rows[0]?.mfa_failures)).toBe(0);
    expect(await auditCount(t, username, "LOGIN_PASSCODE_FAILED")).toBe(0);
  });
});
