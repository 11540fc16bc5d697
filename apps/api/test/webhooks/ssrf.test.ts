import { createSealer } from "@mfa/core";
import { startWebhookReceiver, type WebhookReceiver } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { Resolver } from "#src/modules/webhooks/url-guard.js";
import { WebhookService } from "#src/modules/webhooks/webhooks.service.js";
import { bearer, codeOf, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { CREATE } from "./webhook-fixtures.js";
import { drain, storedDeliveries, workerOf } from "./worker-fixtures.js";
import { PRODUCTION_ENV } from "../support/production.js";

// Production runs on MySQL/MariaDB only (it refuses the embedded database).
describe.each(["mariadb"] as const)("webhook URLs in production on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let admin = "";
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    t = await startTestServer(engine, PRODUCTION_ENV);
    tenant = await createTenant(t, "OPTIONAL");
    admin = (await login(t, tenant.adminUsername)).token as string;
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  const register = (url: string) => t.gql(CREATE, { input: { url, eventTypes: ["USER_UNLOCKED"] } }, bearer(admin));

  it("refuses plain http", async () => {
    const res = await register(receiver.url);
    expect(codeOf(res.body.errors)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.extensions?.reason).toBe("HTTPS_REQUIRED");
  });

  it.each([
    ["loopback", "https://127.0.0.1/hooks"],
    ["loopback in octal", "https://0177.0.0.1/hooks"],
    ["loopback as one number", "https://2130706433/hooks"],
    ["private", "https://10.0.0.8/hooks"],
    ["private 192.168", "https://192.168.0.10:8443/hooks"],
    ["link-local metadata", "https://169.254.169.254/latest/meta-data"],
    ["carrier-grade NAT", "https://100.64.1.2/hooks"],
    ["unspecified", "https://0.0.0.0/hooks"],
    ["IPv6 loopback", "https://[::1]/hooks"],
    ["IPv6 unique-local", "https://[fd00::1]/hooks"],
    ["IPv6 link-local", "https://[fe80::1]/hooks"],
    ["IPv4-mapped IPv6 loopback", "https://[::ffff:127.0.0.1]/hooks"],
    ["IPv4-mapped IPv6 metadata", "https://[::ffff:169.254.169.254]/hooks"],
    ["a DNS name resolving to 127.0.0.1", "https://localhost/hooks"],
  ])("refuses %s at registration", async (_, url) => {
    const res = await register(url);
    expect(codeOf(res.body.errors)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.extensions?.reason).toBe("FORBIDDEN_ADDRESS");
    const rows: unknown[] = await t.server.dataSource.query("SELECT id FROM webhook_endpoints WHERE account_id = ?", [tenant.accountId]);
    expect(rows).toEqual([]);
  });

  it("refuses at delivery a name that now resolves to a private address, and never connects to it", async () => {
    // The host name answered with a public address at registration, then with loopback (DNS rebinding).
    const name = "hooks.integrator.example";
    let answer = "93.184.216.34";
    const resolve: Resolver = async (host) => (host === name ? [{ address: answer, family: 4 }] : []);
    const { config, dataSource, audit } = t.server.services;
    const sealer = createSealer({ keys: { ...config.seal.keys }, activeKeyId: config.seal.activeKeyId });
    const service = new WebhookService({ dataSource, sealer, audit, production: true, resolve });
    const [adminRow] = (await dataSource.query("SELECT id FROM users WHERE username = ?", [tenant.adminUsername])) as { id: string }[];
    const adminUser = { id: adminRow?.id as string, accountId: tenant.accountId, kind: "ADMIN" as const };
    const port = new URL(receiver.url).port;
    const { endpoint } = await service.create(adminUser, { url: `https://${name}:${port}/hooks`, eventTypes: ["USER_UNLOCKED"] }, null);
    answer = "127.0.0.1";
    await audit.record({ accountId: tenant.accountId, actorId: null, targetUserId: "u-rebind", action: AuditAction.ACCOUNT_UNLOCKED, outcome: "SUCCESS", detail: {}, ip: null });
    const clock = { now: Date.now() };
    await drain(workerOf(t, clock, { production: true, resolve }));
    const [delivery] = await storedDeliveries(t, endpoint.id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, last_status_code: null, last_response: "refused: FORBIDDEN_ADDRESS" });
    expect(receiver.connections()).toBe(0);
    // A name with one private address among public ones is refused whole.
    const mixed: Resolver = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "::ffff:10.0.0.1", family: 6 },
    ];
    clock.now = delivery?.next_attempt_at as number;
    await drain(workerOf(t, clock, { production: true, resolve: mixed }));
    expect((await storedDeliveries(t, endpoint.id))[0]).toMatchObject({ attempts: 2, last_response: "refused: FORBIDDEN_ADDRESS" });
    expect(receiver.connections()).toBe(0);
  });

  it("connects to the address it checked, not to a second resolution of the name", async () => {
    // Outside production any address is allowed; the name is one the system resolver does not know.
    const name = "pinned.integrator.example";
    const resolve: Resolver = async (host) => (host === name ? [{ address: "127.0.0.1", family: 4 }] : []);
    const { config, dataSource, audit } = t.server.services;
    const sealer = createSealer({ keys: { ...config.seal.keys }, activeKeyId: config.seal.activeKeyId });
    const service = new WebhookService({ dataSource, sealer, audit, production: false, resolve });
    const [adminRow] = (await dataSource.query("SELECT id FROM users WHERE username = ?", [tenant.adminUsername])) as { id: string }[];
    const adminUser = { id: adminRow?.id as string, accountId: tenant.accountId, kind: "ADMIN" as const };
    const { endpoint, secret } = await service.create(adminUser, { url: `http://${name}:${new URL(receiver.url).port}/pinned`, eventTypes: ["USER_LOCKED"] }, null);
    receiver.trust(secret);
    await audit.record({ accountId: tenant.accountId, actorId: null, targetUserId: "u-pinned", action: AuditAction.ACCOUNT_LOCKED, outcome: "SUCCESS", detail: { failures: 7 }, ip: null });
    await drain(workerOf(t, { now: Date.now() }, { production: false, resolve }));
    expect((await storedDeliveries(t, endpoint.id))[0]).toMatchObject({ status: "SUCCEEDED", last_status_code: 204 });
    const [got] = receiver.delivered();
    expect(got?.payload.type).toBe("user.locked");
    expect(got?.verifiedBy).toEqual([secret]);
  });
});
