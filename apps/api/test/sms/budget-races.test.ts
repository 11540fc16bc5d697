import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { RESEND, SEND_PASSCODE, addPhone, signedIn, textsOf, textsTo, verifiedPhone } from "./sms-fixtures.js";

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { __typename ... on MfaChallenge { challengeId } } }`;

/** The value of one counter in its current window (0 when no text made it yet). */
async function counter(t: TestServer, key: string): Promise<number> {
  const rows: { sent: number | string }[] = await t.server.dataSource.query("SELECT sent FROM sms_counters WHERE counter_key = ? ORDER BY window_start DESC", [key]);
  return Number(rows[0]?.sent ?? 0);
}

describe.each(ENGINES)("SMS budgets under parallel requests on %s", (engine) => {
  let t: TestServer;
  let serial = 0;
  const fresh = () => `312555${String(1000 + serial++).padStart(4, "0")}`;

  beforeAll(async () => {
    t = await startTestServer(engine, { SMS_BUDGET_DOMAIN_HOURLY: "13" });
  });
  afterAll(async () => t?.close());

  it("150 texts asked at once (addPhone, resends, password steps at both doors, sendLoginPasscode) by 3 users of a domain never exceed its budget of 13, and every counter matches the texts that left", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const users = await Promise.all(["r1", "r2", "r3"].map((name) => signedIn(t, tenant, name)));
    const phones = await Promise.all(users.map((u) => verifiedPhone(t, u, fresh())));
    const pending = await Promise.all(users.map(async (u) => (await addPhone(t, u.token, fresh())).body.data?.addPhone.device.id as string));
    const challenges = await Promise.all(users.map(async (u) => (await t.gql<{ login: { challengeId: string } }>(LOGIN, { input: { username: u.username, password: PASSWORD } })).body.data?.login.challengeId));
    expect(await textsOf(t, users.map((u) => u.id))).toBe(9);
    // Half a minute passes, so the per-device and per-sign-in resend throttles let the resends through to the budget.
    await t.server.dataSource.query("UPDATE devices SET verify_last_sent_at = verify_last_sent_at - 60000");
    await t.server.dataSource.query("UPDATE login_challenges SET sms_last_sent_at = sms_last_sent_at - 60000");

    const rest = (username: string) =>
      fetch(`${t.url}/v2.0/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ auth: { passwordCredentials: { username, password: PASSWORD } } }) });
    const attempts: Promise<string>[] = [];
    for (const [i, user] of users.entries()) {
      for (let k = 0; k < 10; k++) attempts.push(addPhone(t, user.token, fresh()).then((r) => codeOf(r.body.errors) ?? "sent"));
      for (let k = 0; k < 10; k++) attempts.push(t.gql(RESEND, { id: pending[i] }, bearer(user.token)).then((r) => codeOf(r.body.errors) ?? "sent"));
      for (let k = 0; k < 10; k++) attempts.push(t.gql(LOGIN, { input: { username: user.username, password: PASSWORD } }).then((r) => codeOf(r.body.errors) ?? "sent"));
      for (let k = 0; k < 10; k++) attempts.push(rest(user.username).then((r) => `HTTP ${r.status}`));
      for (let k = 0; k < 10; k++) {
        attempts.push(t.gql(SEND_PASSCODE, { input: { challengeId: challenges[i], deviceId: phones[i] } }).then((r) => codeOf(r.body.errors) ?? "sent"));
      }
    }
    const answers = await Promise.all(attempts);
    expect(answers).toHaveLength(150);
    expect(answers.filter((a) => a === "INTERNAL_SERVER_ERROR" || a === "HTTP 500")).toEqual([]);

    const texts = await textsOf(t, users.map((u) => u.id));
    const perUser = await Promise.all(users.map((u) => textsOf(t, [u.id])));
    expect(texts).toBeLessThanOrEqual(13);
    if (engine === "mariadb") expect(texts).toBe(13);
    expect(perUser.every((n) => n <= 5)).toBe(true);
    // Nothing a refused text took is left behind, and nothing that left is missing.
    expect(await counter(t, `domain:hour:${tenant.domainId}`)).toBe(texts);
    expect(await counter(t, `account:hour:${tenant.accountId}`)).toBe(texts);
    for (const [i, user] of users.entries()) expect(await counter(t, `user:hour:${user.id}`)).toBe(perUser[i]);
  }, 120_000);

  it("one number added at once by 30 requests of 3 users gets exactly its daily budget of 5 texts", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const users = await Promise.all(["s1", "s2", "s3"].map((name) => signedIn(t, tenant, name)));
    const number = fresh();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => addPhone(t, (users[i % 3] as { token: string }).token, number)));
    const sent = answers.filter((a) => !a.body.errors).length;
    expect(await textsTo(t, `+1${number}`)).toBe(sent);
    expect(sent).toBeLessThanOrEqual(5);
    if (engine === "mariadb") expect(sent).toBe(5);
    for (const answer of answers) if (answer.body.errors) expect(["SMS_BUDGET_EXCEEDED", "CONFLICT"]).toContain(codeOf(answer.body.errors));
  }, 120_000);
});
