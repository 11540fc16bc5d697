import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bearer, codeOf, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { auditDetails, CREATE, createEndpoint, DELETE, DELIVERIES, deliveriesOf, LIST, REDELIVER, ROTATE, SEND_TEST, UPDATE, type Endpoint } from "./webhook-fixtures.js";

describe.each(ENGINES)("webhook endpoints over GraphQL on %s", (engine) => {
  let t: TestServer;
  let a: Tenant;
  let b: Tenant;
  let adminA = "";
  let adminB = "";

  beforeAll(async () => {
    t = await startTestServer(engine);
    a = await createTenant(t, "OPTIONAL");
    b = await createTenant(t, "OPTIONAL");
    adminA = (await login(t, a.adminUsername)).token as string;
    adminB = (await login(t, b.adminUsername)).token as string;
  });
  afterAll(async () => t?.close());

  it("registers an endpoint and shows its whsec_ secret once; the list never shows it, the database keeps it sealed", async () => {
    const { endpoint, secret } = await createEndpoint(t, adminA, { url: "http://127.0.0.1:9/hooks", description: " CRM sync ", eventTypes: ["USER_LOCKED", "MFA_RESET", "USER_LOCKED"] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ url: "http://127.0.0.1:9/hooks", description: "CRM sync", enabled: true, eventTypes: ["MFA_RESET", "USER_LOCKED"], previousSecretExpiresAt: null });
    const listed = await t.gql<{ webhookEndpoints: Endpoint[] }>(LIST, {}, bearer(adminA));
    expect(listed.body.data?.webhookEndpoints.map((e) => e.id)).toContain(endpoint.id);
    expect(JSON.stringify(listed.body)).not.toContain(secret.slice(6));
    const [row] = (await t.server.dataSource.query("SELECT secret_sealed FROM webhook_endpoints WHERE id = ?", [endpoint.id])) as { secret_sealed: string }[];
    expect(row?.secret_sealed).toMatch(/^v1\./);
    expect(row?.secret_sealed).not.toContain(secret.slice(6, 20));
    const [created] = await auditDetails(t, a.accountId, "WEBHOOK_ENDPOINT_CREATED");
    expect(created).toEqual({ endpointId: endpoint.id, host: "127.0.0.1:9", events: "MFA_RESET,USER_LOCKED", enabled: true });
  });

  it("refuses a bad URL, no events, an overlong description, with stable codes", async () => {
    const attempt = (input: Record<string, unknown>) => t.gql(CREATE, { input: { url: "http://127.0.0.1:9/", eventTypes: ["USER_LOCKED"], ...input } }, bearer(adminA));
    for (const url of ["ftp://127.0.0.1/", "not a url", "https://user:secret@hooks.example.com/", "https://hooks.example.com/#frag"]) {
      const res = await attempt({ url });
      expect(codeOf(res.body.errors), url).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0]?.extensions?.field, url).toBe("url");
    }
    expect(codeOf((await attempt({ eventTypes: [] })).body.errors)).toBe("BAD_USER_INPUT");
    expect(codeOf((await attempt({ description: "x".repeat(201) })).body.errors)).toBe("BAD_USER_INPUT");
    expect(codeOf((await attempt({ eventTypes: ["NOT_AN_EVENT"] })).body.errors)).toBe("BAD_USER_INPUT");
  });

  it("enables, disables, changes events, rotates the secret and deletes, each audited", async () => {
    const { endpoint, secret } = await createEndpoint(t, adminA, { url: "http://127.0.0.1:9/life", eventTypes: ["USER_LOCKED"] });
    const off = await t.gql<{ updateWebhookEndpoint: { endpoint: Endpoint } }>(UPDATE, { input: { id: endpoint.id, enabled: false } }, bearer(adminA));
    expect(off.body.data?.updateWebhookEndpoint.endpoint).toMatchObject({ enabled: false, eventTypes: ["USER_LOCKED"] });
    const events = await t.gql<{ updateWebhookEndpoint: { endpoint: Endpoint } }>(UPDATE, { input: { id: endpoint.id, enabled: true, eventTypes: ["USER_UNLOCKED", "USER_LOCKED"] } }, bearer(adminA));
    expect(events.body.data?.updateWebhookEndpoint.endpoint).toMatchObject({ enabled: true, eventTypes: ["USER_LOCKED", "USER_UNLOCKED"] });
    expect(codeOf((await t.gql(UPDATE, { input: { id: endpoint.id, eventTypes: [] } }, bearer(adminA))).body.errors)).toBe("BAD_USER_INPUT");

    const rotated = await t.gql<{ rotateWebhookSecret: { secret: string; endpoint: Endpoint } }>(ROTATE, { id: endpoint.id }, bearer(adminA));
    const next = rotated.body.data?.rotateWebhookSecret;
    expect(next?.secret).toMatch(/^whsec_/);
    expect(next?.secret).not.toBe(secret);
    expect(new Date(next?.endpoint.previousSecretExpiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    const test = await t.gql<{ sendTestWebhook: { delivery: { id: string } } }>(SEND_TEST, { id: endpoint.id }, bearer(adminA));
    expect(test.body.errors).toBeUndefined();
    const deleted = await t.gql<{ deleteWebhookEndpoint: { id: string } }>(DELETE, { id: endpoint.id }, bearer(adminA));
    expect(deleted.body.data?.deleteWebhookEndpoint.id).toBe(endpoint.id);
    const left = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = ?", [endpoint.id])) as { n: number | string }[];
    expect(Number(left[0]?.n)).toBe(0);
    expect(codeOf((await t.gql(DELIVERIES, { id: endpoint.id }, bearer(adminA))).body.errors)).toBe("NOT_FOUND");

    const mine = (action: string) => auditDetails(t, a.accountId, action).then((rows) => rows.filter((r) => r.endpointId === endpoint.id));
    expect(await mine("WEBHOOK_ENDPOINT_UPDATED")).toEqual([
      { endpointId: endpoint.id, host: "127.0.0.1:9", enabled: false },
      { endpointId: endpoint.id, host: "127.0.0.1:9", enabled: true, events: "USER_LOCKED,USER_UNLOCKED" },
    ]);
    expect(await mine("WEBHOOK_SECRET_ROTATED")).toHaveLength(1);
    expect(await mine("WEBHOOK_TEST_SENT")).toHaveLength(1);
    expect(await mine("WEBHOOK_ENDPOINT_DELETED")).toHaveLength(1);
    // No audit detail holds a secret.
    const all: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE account_id = ?", [a.accountId]);
    for (const row of all) for (const s of [secret, next?.secret ?? ""]) expect(row.detail ?? "").not.toContain(s.slice(6));
  });

  it("answers another account's endpoints and deliveries like ones that do not exist, and audits the try", async () => {
    const { endpoint } = await createEndpoint(t, adminA, { url: "http://127.0.0.1:9/mine", eventTypes: ["MAILBOX_CREATED"] });
    const queued = await t.gql<{ sendTestWebhook: { delivery: { id: string } } }>(SEND_TEST, { id: endpoint.id }, bearer(adminA));
    const deliveryId = queued.body.data?.sendTestWebhook.delivery.id as string;
    const attempts = [
      [UPDATE, { input: { id: endpoint.id, enabled: false } }],
      [ROTATE, { id: endpoint.id }],
      [DELETE, { id: endpoint.id }],
      [DELIVERIES, { id: endpoint.id }],
      [SEND_TEST, { id: endpoint.id }],
      [REDELIVER, { id: deliveryId }],
    ] as const;
    for (const [query, variables] of attempts) {
      const foreign = await t.gql(query, variables, bearer(adminB));
      expect(codeOf(foreign.body.errors), query).toBe("NOT_FOUND");
      const missing = await t.gql(query, "input" in variables ? { input: { id: "00000000-0000-4000-8000-000000000000", enabled: false } } : { id: "00000000-0000-4000-8000-000000000000" }, bearer(adminB));
      expect(codeOf(missing.body.errors), query).toBe("NOT_FOUND");
      expect(foreign.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    }
    const listB = await t.gql<{ webhookEndpoints: Endpoint[] }>(LIST, {}, bearer(adminB));
    expect(listB.body.data?.webhookEndpoints.map((e) => e.id)).not.toContain(endpoint.id);
    // Nothing changed on A's side.
    const listA = await t.gql<{ webhookEndpoints: Endpoint[] }>(LIST, {}, bearer(adminA));
    expect(listA.body.data?.webhookEndpoints.find((e) => e.id === endpoint.id)).toMatchObject({ enabled: true });
    expect(await deliveriesOf(t, adminA, endpoint.id)).toHaveLength(1);
    const denied = await auditDetails(t, b.accountId, "ACCESS_DENIED");
    expect(denied.filter((d) => d.reason === "NOT_IN_ACCOUNT" && String(d.operation).toLowerCase().includes("webhook")).length).toBeGreaterThanOrEqual(attempts.length);
  });

  it("is for account admins only", async () => {
    const mailbox = (await login(t, await createMailbox(t, a, "hooks-user"))).token as string;
    for (const [query, variables] of [
      [LIST, {}],
      [CREATE, { input: { url: "http://127.0.0.1:9/", eventTypes: ["USER_LOCKED"] } }],
    ] as const) {
      expect(codeOf((await t.gql(query, variables)).body.errors)).toBe("UNAUTHENTICATED");
      expect(codeOf((await t.gql(query, variables, bearer(mailbox))).body.errors)).toBe("FORBIDDEN");
    }
  });

  it("pages the delivery log newest first and filters it by status", async () => {
    const { endpoint } = await createEndpoint(t, adminA, { url: "http://127.0.0.1:9/log", eventTypes: ["MAILBOX_CREATED"] });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(((await t.gql<{ sendTestWebhook: { delivery: { id: string } } }>(SEND_TEST, { id: endpoint.id }, bearer(adminA))).body.data?.sendTestWebhook.delivery.id) as string);
    await t.server.dataSource.query("UPDATE webhook_deliveries SET status = 'FAILED' WHERE id = ?", [ids[1]]);
    const first = await t.gql<{ webhookDeliveries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; eventType: string }[] } }>(DELIVERIES, { id: endpoint.id, first: 3 }, bearer(adminA));
    const page1 = first.body.data?.webhookDeliveries;
    expect(page1?.totalCount).toBe(5);
    expect(page1?.nodes.map((n) => n.id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(page1?.nodes[0]?.eventType).toBe("webhook.test");
    const second = await t.gql<{ webhookDeliveries: { pageInfo: { hasNextPage: boolean }; nodes: { id: string }[] } }>(DELIVERIES, { id: endpoint.id, first: 3, after: page1?.pageInfo.endCursor }, bearer(adminA));
    expect(second.body.data?.webhookDeliveries.nodes.map((n) => n.id)).toEqual([ids[1], ids[0]]);
    expect(second.body.data?.webhookDeliveries.pageInfo.hasNextPage).toBe(false);
    expect((await deliveriesOf(t, adminA, endpoint.id, { status: "FAILED" })).map((d) => d.id)).toEqual([ids[1]]);
    expect(codeOf((await t.gql(DELIVERIES, { id: endpoint.id, first: 101 }, bearer(adminA))).body.errors)).toBe("BAD_USER_INPUT");
    expect(codeOf((await t.gql(DELIVERIES, { id: endpoint.id, after: "garbage!" }, bearer(adminA))).body.errors)).toBe("BAD_USER_INPUT");
  });

  it("keeps an account to 20 endpoints", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = (await login(t, tenant.adminUsername)).token as string;
    for (let i = 0; i < 20; i++) await createEndpoint(t, admin, { url: `http://127.0.0.1:9/${i}`, eventTypes: ["USER_LOCKED"] });
    const over = await t.gql(CREATE, { input: { url: "http://127.0.0.1:9/21", eventTypes: ["USER_LOCKED"] } }, bearer(admin));
    expect(codeOf(over.body.errors)).toBe("CONFLICT");
  });
});
