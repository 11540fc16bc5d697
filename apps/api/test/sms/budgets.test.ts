import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { DEVICES, REMOVE, RESEND, SEND_PASSCODE, addPhone, audited, extensionsOf, otherDomain, signedIn, textsOf, textsTo, verifiedPhone } from "./sms-fixtures.js";

/** Small budgets, so that each scope is reached in a few requests. */
const BUDGETS = {
  SMS_BUDGET_USER_HOURLY: "3",
  SMS_BUDGET_USER_DAILY: "4",
  SMS_BUDGET_DESTINATION_DAILY: "2",
  SMS_BUDGET_DOMAIN_HOURLY: "5",
  SMS_BUDGET_ACCOUNT_HOURLY: "7",
  SMS_BUDGET_GLOBAL_HOURLY: "1000",
};

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { __typename ... on MfaChallenge { challengeId } } }`;
const LOGIN_SENT = `mutation Login($input: LoginInput!) { login(input: $input) { __typename ... on MfaChallenge { smsSentTo } } }`;

describe.each(ENGINES)("SMS budgets on %s", (engine) => {
  let t: TestServer;
  let serial = 0;
  /** A number of its own for every phone this file adds (10 digits, US). */
  const fresh = () => `212555${String(1000 + serial++).padStart(4, "0")}`;

  beforeAll(async () => {
    t = await startTestServer(engine, BUDGETS);
  });
  afterAll(async () => t?.close());

  it("a user gets at most 3 texts an hour, whatever asks for them (addPhone, resend, sign-in); the 4th is refused with its scope and window, audited, and never recorded", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await signedIn(t, tenant, "texts");
    const deviceId = await verifiedPhone(t, user, fresh());
    const resend = await addPhone(t, user.token, fresh());
    const challenge = await t.gql<{ login: { challengeId: string } }>(LOGIN, { input: { username: user.username, password: PASSWORD } });
    expect(challenge.body.data?.login.challengeId).toBeTruthy();
    expect(await textsOf(t, [user.id])).toBe(3);
    // Half a minute passes: the per-device and per-sign-in resend throttles would let these through again.
    await t.server.dataSource.query("UPDATE devices SET verify_last_sent_at = verify_last_sent_at - 60000 WHERE user_id = ?", [user.id]);
    await t.server.dataSource.query("UPDATE login_challenges SET sms_last_sent_at = sms_last_sent_at - 60000 WHERE user_id = ?", [user.id]);

    // The sign-in itself goes on without its text (the user may use another factor or a recovery code).
    const signIn = await t.gql<{ login: { __typename: string; smsSentTo: string | null } }>(LOGIN_SENT, { input: { username: user.username, password: PASSWORD } });
    expect(signIn.body.data?.login).toMatchObject({ __typename: "MfaChallenge", smsSentTo: null });
    const refused = [
      await addPhone(t, user.token, fresh()),
      await t.gql(RESEND, { id: resend.body.data?.addPhone.device.id }, bearer(user.token)),
      await t.gql(SEND_PASSCODE, { input: { challengeId: challenge.body.data?.login.challengeId, deviceId } }),
    ];
    for (const answer of refused) {
      expect(codeOf(answer.body.errors)).toBe("SMS_BUDGET_EXCEEDED");
      const extensions = extensionsOf(answer.body.errors);
      expect({ scope: extensions.scope, period: extensions.period }).toEqual({ scope: "USER", period: "HOUR" });
      expect(extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(extensions.retryAfterSeconds).toBeLessThanOrEqual(3_600);
      expect(JSON.stringify(answer.body)).not.toMatch(/\d{6}/);
    }
    expect(await textsOf(t, [user.id])).toBe(3);
    expect(await audited(t, user.id, "SMS_REFUSED")).toBe(4);
    const [detail] = (await t.server.dataSource.query("SELECT detail FROM audit_events WHERE target_user_id = ? AND action = 'SMS_REFUSED'", [user.id])) as { detail: string }[];
    expect(JSON.parse(detail?.detail ?? "{}")).toMatchObject({ reason: "BUDGET", scope: "USER", period: "HOUR", limit: 3 });
    expect(detail?.detail).not.toMatch(/\+1212555\d{4}/);
  });

  it("the REST door answers a sign-in over budget with 429 and Retry-After", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await signedIn(t, tenant, "rest");
    await verifiedPhone(t, user, fresh());
    const rest = () => fetch(`${t.url}/v2.0/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ auth: { passwordCredentials: { username: user.username, password: PASSWORD } } }) });
    // The phone had its verification text; one sign-in text more and the number's daily budget (2) is spent.
    expect((await rest()).status).toBe(401);
    const over = await rest();
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await over.json()).toMatchObject({ overLimit: { code: 429 } });
    expect(await textsOf(t, [user.id])).toBe(2);
  });

  it("pending phones count, and removing a phone gives nothing back", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await signedIn(t, tenant, "remover");
    for (let i = 0; i < 3; i++) {
      const added = await addPhone(t, user.token, fresh());
      const id = added.body.data?.addPhone.device.id;
      expect(id).toBeTruthy();
      expect((await t.gql(REMOVE, { id }, bearer(user.token))).body.errors).toBeUndefined();
    }
    const fourth = await addPhone(t, user.token, fresh());
    expect(codeOf(fourth.body.errors)).toBe("SMS_BUDGET_EXCEEDED");
    expect(await textsOf(t, [user.id])).toBe(3);
    // A phone refused for want of budget is not added either (no pending device left behind).
    const devices = await t.gql<{ me: { security: { devices: unknown[] } } }>(DEVICES, {}, bearer(user.token));
    expect(devices.body.data?.me.security.devices).toEqual([]);
  });

  it("one number gets at most 2 texts a day from an account, whichever of its users adds it", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const users = await Promise.all(["n1", "n2", "n3"].map((name) => signedIn(t, tenant, name)));
    const number = fresh();
    const answers = [];
    for (const user of users) answers.push(codeOf((await addPhone(t, user.token, number)).body.errors) ?? "sent");
    expect(answers).toEqual(["sent", "sent", "SMS_BUDGET_EXCEEDED"]);
    expect(extensionsOf((await addPhone(t, users[2]?.token ?? "", number)).body.errors).scope).toBe("DESTINATION");
    expect(await textsTo(t, `+1${number}`)).toBe(2);
    // Another account's user may still text that number: the budget is the account's, not the number's everywhere.
    const other = await signedIn(t, await createTenant(t, "OPTIONAL"), "elsewhere");
    expect((await addPhone(t, other.token, number)).body.errors).toBeUndefined();
  });

  it("a domain gets at most 5 texts an hour and the account 7, over all their users", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const first = await Promise.all(["d1", "d2", "d3"].map((name) => signedIn(t, tenant, name)));
    const outcomes: string[] = [];
    for (const user of [...first, ...first]) {
      const answer = await addPhone(t, user.token, fresh());
      outcomes.push(codeOf(answer.body.errors) ? `${String(extensionsOf(answer.body.errors).scope)}` : "sent");
    }
    expect(outcomes).toEqual(["sent", "sent", "sent", "sent", "sent", "DOMAIN"]);
    const second = await otherDomain(t, tenant);
    const more = await Promise.all(["e1", "e2"].map((name) => signedIn(t, second, name)));
    const next: string[] = [];
    for (const user of [...more, ...more]) {
      const answer = await addPhone(t, user.token, fresh());
      next.push(codeOf(answer.body.errors) ? `${String(extensionsOf(answer.body.errors).scope)}` : "sent");
    }
    expect(next).toEqual(["sent", "sent", "ACCOUNT", "ACCOUNT"]);
    expect(await textsOf(t, [...first, ...more].map((u) => u.id))).toBe(7);
  });

  it("an account admin's texts count against the user and account budgets (an admin has no domain)", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const login = await t.gql<{ login: { token: string; user: { id: string } } }>(
      `mutation L($input: LoginInput!) { login(input: $input) { ... on LoginSuccess { token user { id } } } }`,
      { input: { username: tenant.adminUsername, password: PASSWORD } },
    );
    const admin = login.body.data?.login as { token: string; user: { id: string } };
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(codeOf((await addPhone(t, admin.token, fresh())).body.errors) ?? "sent");
    expect(outcomes).toEqual(["sent", "sent", "sent", "SMS_BUDGET_EXCEEDED"]);
    expect(await textsOf(t, [admin.user.id])).toBe(3);
  });
});

describe.each(ENGINES)("the global SMS breaker on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, { SMS_BUDGET_GLOBAL_HOURLY: "4" });
  });
  afterAll(async () => t?.close());

  it("stops every account's texts once the service has sent its hourly number", async () => {
    const users = await Promise.all([1, 2, 3].map(async (i) => signedIn(t, await createTenant(t, "OPTIONAL"), `g${i}`)));
    const outcomes: string[] = [];
    for (const [i, user] of [...users, ...users].entries()) {
      const answer = await addPhone(t, user.token, `213555${String(2000 + i)}`);
      outcomes.push(codeOf(answer.body.errors) ? String(extensionsOf(answer.body.errors).scope) : "sent");
    }
    expect(outcomes).toEqual(["sent", "sent", "sent", "sent", "GLOBAL", "GLOBAL"]);
  });
});
