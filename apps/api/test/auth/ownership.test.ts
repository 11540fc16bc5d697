import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, VERIFY, bearer, codeOf, createMailbox, createTenant, enrolTotp, lastTextedCode, login, oathtool, type Tenant } from "../support/fixtures.js";
import { countStatements } from "../support/query-counter.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ADD_PHONE = `mutation Add($input: AddPhoneInput!) { addPhone(input: $input) { device { id } } }`;

describe.each(ENGINES)("one owner per table on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  const sql = <T>(statement: string, params: unknown[] = []) => t.server.dataSource.query(statement, params) as Promise<T[]>;
  const liveSessions = async (userId: string) =>
    Number((await sql<{ n: number | string }>("SELECT COUNT(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL", [userId]))[0]?.n);
  const userIdOf = async (username: string) => (await sql<{ id: string }>("SELECT id FROM users WHERE username = ?", [username]))[0]?.id as string;
  const adminToken = async (tenant: Tenant) => (await login(t, tenant.adminUsername)).token as string;

  /** A mailbox whose only factor is a verified phone; returns its still-live first session. */
  async function phoneUser(tenant: Tenant, local: string) {
    const username = await createMailbox(t, tenant, local);
    const token = (await login(t, username)).token as string;
    const added = await t.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "US", number: "(201) 555-0199", name: "Mobile" } }, bearer(token));
    const deviceId = added.body.data?.addPhone.device.id as string;
    const verified = await t.gql(VERIFY, { input: { deviceId, code: await lastTextedCode(t, tenant) } }, bearer(token));
    expect(verified.body.errors).toBeUndefined();
    return { username, userId: await userIdOf(username), token, deviceId };
  }

  /** The password step; its code is texted to the phone at once. Returns the challenge and that code. */
  async function textedChallenge(tenant: Tenant, user: { username: string }) {
    const step1 = await login(t, user.username);
    expect(step1.__typename).toBe("MfaChallenge");
    return { challengeId: step1.challengeId as string, code: await lastTextedCode(t, tenant) };
  }

  it("a code texted before an admin's reset no longer completes the sign-in, and no session is issued", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await phoneUser(tenant, "reset-race");
    const { challengeId, code } = await textedChallenge(tenant, user);
    const reset = await t.gql(`mutation R($id: ID!) { resetUserMfa(userId: $id) { user { id } } }`, { id: user.userId }, bearer(await adminToken(tenant)));
    expect(reset.body.errors).toBeUndefined();

    const done = await t.gql(COMPLETE, { input: { challengeId, passcode: code } });
    expect(codeOf(done.body.errors)).toBe("LOGIN_EXPIRED");
    expect(await liveSessions(user.userId)).toBe(0);
  });

  it("a code texted to a phone that is then removed no longer completes the sign-in", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await phoneUser(tenant, "removed-phone");
    const { challengeId, code } = await textedChallenge(tenant, user);
    const removed = await t.gql(`mutation R($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: user.deviceId }, bearer(user.token));
    expect(removed.body.errors).toBeUndefined();
    const before = await liveSessions(user.userId);

    const done = await t.gql(COMPLETE, { input: { challengeId, passcode: code } });
    expect(codeOf(done.body.errors)).toBe("LOGIN_EXPIRED");
    expect(await liveSessions(user.userId)).toBe(before);
  });

  it("a lock ends the sign-ins in progress: after the unlock, a code texted before it is refused", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await phoneUser(tenant, "lock-unlock");
    const { challengeId, code } = await textedChallenge(tenant, user);
    const wrong = code === "111111" ? "222222" : "111111";
    const other = await login(t, user.username);
    for (let i = 0; i < 7; i++) await t.gql(COMPLETE, { input: { challengeId: other.challengeId, passcode: wrong } });
    expect(codeOf((await t.gql(COMPLETE, { input: { challengeId, passcode: code } })).body.errors)).toBe("ACCOUNT_LOCKED");

    const unlocked = await t.gql(`mutation U($id: ID!) { unlockUser(userId: $id) { user { mfaStatus } } }`, { id: user.userId }, bearer(await adminToken(tenant)));
    expect(unlocked.body.errors).toBeUndefined();
    const before = await liveSessions(user.userId);
    const done = await t.gql(COMPLETE, { input: { challengeId, passcode: code } });
    expect(codeOf(done.body.errors)).toBe("LOGIN_EXPIRED");
    expect(await liveSessions(user.userId)).toBe(before);
  });

  it("a fault during the code check, seven times, gives every attempt slot back: the next right code signs in", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const username = await createMailbox(t, tenant, "faulty");
    const { secret, deviceId, verifiedAtMs } = await enrolTotp(t, username);
    const userId = await userIdOf(username);
    const step1 = await login(t, username);
    const sealed = (await sql<{ secret_sealed: string }>("SELECT secret_sealed FROM devices WHERE id = ?", [deviceId]))[0]?.secret_sealed;
    // The fault: the sealed secret can no longer be opened (as when its seal key was retired too early).
    await sql("UPDATE devices SET secret_sealed = ? WHERE id = ?", ["v1.gone.AAAA.AAAA", deviceId]);
    const code = oathtool(secret, verifiedAtMs + 30_000);
    for (let i = 0; i < 7; i++) {
      const faulted = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } });
      expect(codeOf(faulted.body.errors)).toBe("INTERNAL_SERVER_ERROR");
    }
    const counter = async () => (await sql<{ mfa_failures: number | string; mfa_locked_at: unknown }>("SELECT mfa_failures, mfa_locked_at FROM users WHERE id = ?", [userId]))[0];
    expect(Number((await counter())?.mfa_failures)).toBe(0);

    await sql("UPDATE devices SET secret_sealed = ? WHERE id = ?", [sealed, deviceId]);
    const done = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["OTPPASSCODE", "PASSWORD"]);
    const after = await counter();
    expect(Number(after?.mfa_failures)).toBe(0);
    expect(after?.mfa_locked_at).toBeNull();
  });

  it("me { id } costs one statement: the session lookup", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "cheap-me");
    const token = (await login(t, username)).token as string;
    const { result, statements } = await countStatements(t.server.dataSource, () => t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, bearer(token)));
    expect(result.body.data?.me.id).toBeTruthy();
    expect(statements, statements.join("\n")).toHaveLength(1);
  });
});
