import { startWebhookReceiver, type WebhookReceiver } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import { ENGINES } from "../support/engines.js";
import { bearer, COMPLETE, createMailbox, createTenant, enrolTotp, login, ME, PASSWORD } from "../support/fixtures.js";
import { countStatements } from "../support/query-counter.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { createEndpoint, UPDATE } from "./webhook-fixtures.js";
import { drain, storedDeliveries, workerOf, type Clock } from "./worker-fixtures.js";

const gqlOk = async <T>(t: TestServer, query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
  const res = await t.gql<T>(query, variables, bearer(token));
  if (!res.body.data || res.body.errors) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
};

describe.each(ENGINES)("webhook events on %s", (engine) => {
  let t: TestServer;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    t = await startTestServer(engine);
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it("queues every kind of change as its event and delivers it signed, with the user's facts and no secrets", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = (await enrolTotp(t, tenant.adminUsername)).token;
    const { secret, endpoint } = await createEndpoint(t, admin, { url: receiver.url });
    receiver.trust(secret);
    const seen = receiver.requests.length;

    const created = await gqlOk<{ createMailbox: { user: { id: string; username: string } } }>(
      t,
      `mutation M($id: ID!) { createMailbox(input: { domainId: $id, localPart: "events", displayName: "Events", password: "${PASSWORD}" }) { user { id username } } }`,
      { id: tenant.domainId },
      admin,
    );
    const user = created.createMailbox.user;
    const enrolled = await enrolTotp(t, user.username);
    await gqlOk(t, `mutation M($id: ID!) { setUserMfaOverride(userId: $id, level: REQUIRED) { user { id } } }`, { id: user.id }, admin);
    // Seven wrong codes lock the user.
    for (let i = 0; i < 7; i++) {
      const step1 = await login(t, user.username);
      await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "000000" } });
    }
    await gqlOk(t, `mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }`, { id: user.id }, admin);
    const issued = await gqlOk<{ issueBypassCodes: { codes: string[] } }>(
      t,
      `mutation M($id: ID!) { issueBypassCodes(input: { userId: $id, count: 1, ticket: "HD-7", reason: "Phone in the lake" }) { codes } }`,
      { id: user.id },
      admin,
    );
    const bypassCode = issued.issueBypassCodes.codes[0] as string;
    const step1 = await login(t, user.username);
    await gqlOk(t, COMPLETE, { input: { challengeId: step1.challengeId, passcode: bypassCode } }, "");
    await gqlOk(t, `mutation M($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: enrolled.deviceId }, enrolled.token);
    await gqlOk(t, `mutation M($id: ID!) { resetUserMfa(userId: $id) { user { id } } }`, { id: user.id }, admin);
    await gqlOk(t, `mutation M($id: ID!) { setDomainMfaPolicy(input: { domainId: $id, policy: OFF }) { revokedSessions } }`, { id: tenant.domainId }, admin);
    await gqlOk(t, `mutation { setAccountAdminMfaPolicy(policy: OFF) { account { id } } }`, {}, admin);
    await gqlOk(t, `mutation M($id: ID!) { deleteMailbox(userId: $id) { deletedUserId } }`, { id: user.id }, admin);

    const clock: Clock = { now: Date.now() };
    await drain(workerOf(t, clock));
    const got = receiver.requests.slice(seen);
    const userEvents = got.filter((r) => r.payload.data.userId === user.id);
    expect(userEvents.map((r) => r.payload.type)).toEqual([
      "mailbox.created",
      "factor.enrolled",
      "user.override_changed",
      "user.locked",
      "user.unlocked",
      "bypass_codes.issued",
      "bypass_code.used",
      "factor.removed",
      "mfa.reset",
      "mailbox.deleted",
    ]);
    // Order is promised per user; events about no user (policies) may arrive in any order.
    expect(got.filter((r) => r.payload.data.userId === null).map((r) => r.payload.type).sort()).toEqual(["account.admin_policy_changed", "domain.policy_changed"]);
    for (const r of got) {
      expect(r.verifiedBy, r.payload.type).toEqual([secret]);
      expect(r.status).toBe(204);
      expect(r.payload.data.accountId).toBe(tenant.accountId);
      expect(new Date(r.payload.timestamp).toISOString()).toBe(r.payload.timestamp);
      expect(r.id).toMatch(/^msg_[0-9a-f-]{36}$/);
      // No code, secret or password ever leaves.
      for (const s of [bypassCode, enrolled.secret, PASSWORD, secret]) expect(r.body).not.toContain(s);
    }
    const byType = (type: string) => got.find((r) => r.payload.type === type)?.payload.data;
    expect(byType("mailbox.created")).toEqual({ accountId: tenant.accountId, domainId: tenant.domainId, userId: user.id, username: user.username, actorId: expect.any(String) });
    expect(byType("mailbox.deleted")).toMatchObject({ domainId: tenant.domainId, username: user.username });
    expect(byType("factor.enrolled")).toMatchObject({ username: user.username, domainId: tenant.domainId, actorId: user.id, deviceId: enrolled.deviceId, kind: "TOTP" });
    expect(byType("user.override_changed")).toMatchObject({ from: "DEFAULT", to: "REQUIRED" });
    expect(byType("user.locked")).toMatchObject({ failures: 7, actorId: user.id });
    expect(byType("user.unlocked")).toMatchObject({ wasLocked: true });
    expect(byType("bypass_codes.issued")).toMatchObject({ ticket: "HD-7", count: 1 });
    expect(byType("bypass_codes.issued")).not.toHaveProperty("reason");
    expect(byType("bypass_code.used")).toMatchObject({ ticket: "HD-7", channel: "GRAPHQL" });
    expect(byType("domain.policy_changed")).toMatchObject({ domainId: tenant.domainId, domain: tenant.domainName, from: "OPTIONAL", to: "OFF", userId: null, username: null });
    expect(byType("account.admin_policy_changed")).toMatchObject({ domainId: null, from: "OPTIONAL", to: "OFF" });
    // The delivery log agrees.
    const stored = await storedDeliveries(t, endpoint.id);
    expect(stored.every((d) => d.status === "SUCCEEDED" && d.attempts === 1 && d.last_status_code === 204)).toBe(true);
  });

  it("costs an account without endpoints one statement per event, and a sign-in nothing", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = (await login(t, tenant.adminUsername)).token as string;
    const username = await createMailbox(t, tenant, "quiet");
    const userId = (await t.gql<{ me: { id: string } }>(ME, {}, bearer((await login(t, username)).token as string))).body.data?.me.id as string;
    const { dataSource } = t.server;
    const signIn = await countStatements(dataSource, () => login(t, username));
    expect(signIn.statements.filter((s) => /webhook/i.test(s))).toEqual([]);
    const unlock = await countStatements(dataSource, () => gqlOk(t, `mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }`, { id: userId }, admin));
    // On MariaDB the audit row and the outbox row travel as one multi-statement query: count the statements in it.
    const outbox = unlock.statements.flatMap((s) => s.split(/;\n/)).filter((s) => /webhook/i.test(s));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatch(/^\s*INSERT INTO webhook_deliveries .* SELECT/s);
    const [n] = (await dataSource.query("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE account_id = ?", [tenant.accountId])) as { n: number | string }[];
    expect(Number(n?.n)).toBe(0);
  });

  it("queues nothing when the change rolls back, and the event with its audit row when it commits", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = (await login(t, tenant.adminUsername)).token as string;
    const { endpoint } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["MAILBOX_CREATED"] });
    const { audit } = t.server.services;
    const event = { accountId: tenant.accountId, actorId: null, targetUserId: null, action: AuditAction.MAILBOX_CREATED, outcome: "SUCCESS" as const, detail: { username: "ghost@x" }, ip: null };
    await expect(
      t.server.dataSource.transaction(async (db) => {
        await audit.record(event, db);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await storedDeliveries(t, endpoint.id)).toEqual([]);
    const audits = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE account_id = ? AND action = 'MAILBOX_CREATED'", [tenant.accountId])) as { n: number | string }[];
    expect(Number(audits[0]?.n)).toBe(0);
    await audit.record(event);
    expect((await storedDeliveries(t, endpoint.id)).map((d) => d.event_type)).toEqual(["mailbox.created"]);
  });

  it("sends nothing to a disabled endpoint, nor events it did not subscribe to, nor another account's", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const other = await createTenant(t, "OPTIONAL");
    const admin = (await login(t, tenant.adminUsername)).token as string;
    const otherAdmin = (await login(t, other.adminUsername)).token as string;
    const locks = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED"] });
    const off = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["MAILBOX_CREATED", "USER_UNLOCKED"] });
    await gqlOk(t, UPDATE, { input: { id: off.endpoint.id, enabled: false } }, admin);
    await createMailbox(t, tenant, "n1");
    await gqlOk(t, `mutation M($id: ID!) { createMailbox(input: { domainId: $id, localPart: "n2", displayName: "n2", password: "${PASSWORD}" }) { user { id } } }`, { id: tenant.domainId }, admin);
    const elsewhere = await gqlOk<{ createMailbox: { user: { id: string } } }>(
      t,
      `mutation M($id: ID!) { createMailbox(input: { domainId: $id, localPart: "n3", displayName: "n3", password: "${PASSWORD}" }) { user { id } } }`,
      { id: other.domainId },
      otherAdmin,
    );
    await gqlOk(t, `mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }`, { id: elsewhere.createMailbox.user.id }, otherAdmin);
    expect(await storedDeliveries(t, locks.endpoint.id)).toEqual([]);
    expect(await storedDeliveries(t, off.endpoint.id)).toEqual([]);
  });
});
