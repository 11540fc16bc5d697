import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { CREATE_KEY, LIST_KEYS, REVOKE_KEY, adminToken, auditCount, createKey, expectCode, expireKey, rest } from "./key-fixtures.js";

const DAY = 86_400_000;
type Listed = { id: string; name: string; prefix: string; scope: string; status: string; domains: { id: string; name: string }[] | null; createdByUsername: string; lastUsedAt: string | null; lastUsedIp: string | null; expiresAt: string; revokedAt: string | null };

const keyToken = async (t: TestServer, name: string, apiKey: string) => {
  const res = await rest(t, "POST", "/v2.0/tokens", { body: { auth: { "RAX-KSKEY:apiKeyCredentials": { username: name, apiKey } } } });
  expect(res.status).toBe(200);
  return (res.body.access?.token as { id: string }).id;
};

const adminIdOf = async (t: TestServer, token: string) => (await t.gql<{ me: { id: string } }>("{ me { id } }", {}, bearer(token))).body.data?.me.id as string;

describe.each(ENGINES)("API keys on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let admin = "";
  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    admin = await adminToken(t, tenant);
  });
  afterAll(async () => t?.close());

  it("an admin creates a key after a recent step-up; the secret is shown once and only its SHA-256 is kept", async () => {
    // A session whose last proof is older than ten minutes is asked to step up first.
    const stale = await adminToken(t, tenant);
    await t.server.dataSource.query("UPDATE sessions SET proof_at = ? WHERE token_hash = ?", [Date.now() - 11 * 60_000, createHash("sha256").update(stale).digest("hex")]);
    expectCode(await t.gql(CREATE_KEY, { input: { name: "stale", scope: "READ" } }, bearer(stale)), "RECENT_AUTH_REQUIRED", "stale session");

    const before = Date.now();
    const res = await t.gql<{ createApiKey: { secret: string; apiKey: Listed } }>(CREATE_KEY, { input: { name: "billing sync", scope: "READ", domainIds: [tenant.domainId] } }, bearer(admin));
    const created = res.body.data?.createApiKey;
    if (!created) throw new Error(JSON.stringify(res.body.errors));
    expect(created.secret).toMatch(/^mfak_[0-9a-f]{32}[A-Za-z0-9_-]{43}$/);
    expect(created.secret.slice(5, 37)).toBe(created.apiKey.id.replace(/-/g, ""));
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.apiKey).toMatchObject({ name: "billing sync", scope: "READ", status: "ACTIVE", domains: [{ id: tenant.domainId, name: tenant.domainName }], createdByUsername: tenant.adminUsername, lastUsedAt: null, revokedAt: null });
    const expires = Date.parse(created.apiKey.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY);
    expect(expires).toBeLessThanOrEqual(Date.now() + 90 * DAY);

    const rows: Record<string, unknown>[] = await t.server.dataSource.query("SELECT * FROM api_keys WHERE id = ?", [created.apiKey.id]);
    expect(rows[0]?.secret_hash).toBe(createHash("sha256").update(created.secret).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(created.secret.slice(37));
    const listed = await t.gql<{ apiKeys: Listed[] }>(LIST_KEYS, {}, bearer(admin));
    expect(JSON.stringify(listed.body.data)).not.toContain(created.secret.slice(37));
    expect(listed.body.data?.apiKeys.map((k) => k.id)).toContain(created.apiKey.id);
    expect(await auditCount(t, await adminIdOf(t, admin), "API_KEY_CREATED")).toBe(1);
  });

  it("refuses an expiry beyond 365 days, an empty or foreign domain list, and a second working key of the same name", async () => {
    const other = await createTenant(t, "OPTIONAL");
    const ask = (input: Record<string, unknown>) => t.gql(CREATE_KEY, { input: { name: "n", scope: "ADMIN", ...input } }, bearer(admin));
    expectCode(await ask({ expiresInDays: 366 }), "BAD_USER_INPUT", "366 days");
    expectCode(await ask({ expiresInDays: 0 }), "BAD_USER_INPUT", "0 days");
    expectCode(await ask({ domainIds: [] }), "BAD_USER_INPUT", "no domain");
    expectCode(await ask({ domainIds: [other.domainId] }), "BAD_USER_INPUT", "another account's domain");
    const year = await t.gql<{ createApiKey: { apiKey: { expiresAt: string } } }>(CREATE_KEY, { input: { name: "yearly", scope: "ADMIN", expiresInDays: 365 } }, bearer(admin));
    expect(Date.parse(year.body.data?.createApiKey.apiKey.expiresAt as string)).toBeGreaterThan(Date.now() + 364 * DAY);
    expectCode(await t.gql(CREATE_KEY, { input: { name: "yearly", scope: "READ" } }, bearer(admin)), "CONFLICT", "same name");
  });

  it("works at once over plain HTTP, records when and from where it was last used, and audits every use as the key", async () => {
    const mailbox = await createMailbox(t, tenant, "keyed");
    const key = await createKey(t, admin, { name: "helpdesk", scope: "ADMIN" });
    const users = await t.gql<{ mailboxes: { nodes: { id: string; username: string }[] } }>(
      "query Q($id: ID!) { mailboxes(domainId: $id, first: 50) { nodes { id username } } }",
      { id: tenant.domainId },
      { "x-auth-token": key.secret },
    );
    const target = users.body.data?.mailboxes.nodes.find((n) => n.username === mailbox);
    expect(target).toBeTruthy();
    const unlocked = await t.gql("mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }", { id: target?.id }, bearer(key.secret));
    expect(unlocked.body.errors).toBeUndefined();

    const listed = (await t.gql<{ apiKeys: Listed[] }>(LIST_KEYS, {}, bearer(admin))).body.data?.apiKeys.find((k) => k.id === key.id);
    expect(Date.now() - Date.parse(listed?.lastUsedAt as string)).toBeLessThan(60_000);
    expect(listed?.lastUsedIp).toMatch(/127\.0\.0\.1/);
    expect(await auditCount(t, key.id, "API_KEY_USED")).toBe(2);
    expect(await auditCount(t, key.id, "ACCOUNT_UNLOCKED")).toBe(1);
    const log = await t.gql<{ auditEvents: { nodes: { action: string; actorId: string; actorApiKeyName: string | null; actorUsername: string | null; detail: string }[] } }>(
      "{ auditEvents(first: 10) { nodes { action actorId actorApiKeyName actorUsername detail } } }",
      {},
      bearer(admin),
    );
    const byKey = log.body.data?.auditEvents.nodes.filter((n) => n.actorId === key.id) ?? [];
    expect(byKey.map((n) => n.action)).toEqual(["ACCOUNT_UNLOCKED", "API_KEY_USED", "API_KEY_USED"]);
    expect(byKey.every((n) => n.actorApiKeyName === "helpdesk" && n.actorUsername === null)).toBe(true);
    expect(JSON.parse(byKey[1]?.detail as string)).toEqual({ operation: "unlockUser", via: "KEY" });
  });

  it("asks a key for no MFA and no step-up where a person would need them", async () => {
    const key = await createKey(t, admin, { name: "no person", scope: "ADMIN" });
    const require = "mutation M($id: ID!, $p: PolicyLevel!) { setDomainMfaPolicy(input: { domainId: $id, policy: $p }) { revokedSessions } }";
    // The admin has no second factor: requiring one of others is refused to them, not to a key.
    const person = await t.gql(require, { id: tenant.domainId, p: "REQUIRED" }, bearer(admin));
    expect(person.body.errors?.[0]?.extensions?.reason).toBe("ADMIN_MFA_NOT_SET_UP");
    expectCode(await t.gql(require, { id: tenant.domainId, p: "REQUIRED" }, bearer(key.secret)), undefined, "key requires MFA");
    // Lowering it is a weakening change: a person with an old proof steps up, a key does not.
    const stale = await adminToken(t, tenant);
    await t.server.dataSource.query("UPDATE sessions SET proof_at = ? WHERE token_hash = ?", [Date.now() - 11 * 60_000, createHash("sha256").update(stale).digest("hex")]);
    expectCode(await t.gql(require, { id: tenant.domainId, p: "OFF" }, bearer(stale)), "RECENT_AUTH_REQUIRED", "person lowers");
    expectCode(await t.gql(require, { id: tenant.domainId, p: "OFF" }, bearer(key.secret)), undefined, "key lowers");
  });

  it("stops a revoked key and every token issued for it at once; revoking is audited and needs a person", async () => {
    const key = await createKey(t, admin, { name: "to revoke", scope: "ADMIN" });
    const token = await keyToken(t, "to revoke", key.secret);
    const other = await createKey(t, admin, { name: "bystander", scope: "ADMIN" });
    expectCode(await t.gql(REVOKE_KEY, { id: key.id }, bearer(other.secret)), "FORBIDDEN", "a key revokes a key");
    expectCode(await t.gql(REVOKE_KEY, { id: key.id }, bearer(token)), "FORBIDDEN", "a key's token revokes a key");
    expectCode(await t.gql("{ domains { id } }", {}, bearer(token)), undefined, "token before revocation");

    const revoked = await t.gql<{ revokeApiKey: { apiKey: { status: string; revokedAt: string } } }>(REVOKE_KEY, { id: key.id }, bearer(admin));
    expect(revoked.body.data?.revokeApiKey.apiKey.status).toBe("REVOKED");
    for (const credential of [key.secret, token]) {
      const res = await t.gql("{ domains { id } }", {}, bearer(credential));
      expect(res.status).toBe(401);
      expectCode(res, "UNAUTHENTICATED", "after revocation");
      expect((await rest(t, "GET", `/v2.0/RAX-AUTH/domains/${tenant.domainId}`, { token: credential })).status).toBe(401);
    }
    expect((await rest(t, "POST", "/v2.0/tokens", { body: { auth: { "RAX-KSKEY:apiKeyCredentials": { username: "to revoke", apiKey: key.secret } } } })).status).toBe(401);
    const adminId = await adminIdOf(t, admin);
    expect(await auditCount(t, adminId, "API_KEY_REVOKED")).toBeGreaterThanOrEqual(1);
    expect(await auditCount(t, key.id, "API_KEY_REJECTED")).toBeGreaterThanOrEqual(2);
    // Revoking again changes nothing and audits nothing more.
    const count = await auditCount(t, adminId, "API_KEY_REVOKED");
    expect((await t.gql(REVOKE_KEY, { id: key.id }, bearer(admin))).body.errors).toBeUndefined();
    expect(await auditCount(t, adminId, "API_KEY_REVOKED")).toBe(count);
  });

  it("stops an expired key and its tokens at once", async () => {
    const key = await createKey(t, admin, { name: "short lived", scope: "READ", expiresInDays: 1 });
    const token = await keyToken(t, "short lived", key.secret);
    await expireKey(t, key.id);
    for (const credential of [key.secret, token]) expect((await t.gql("{ domains { id } }", {}, bearer(credential))).status).toBe(401);
    const listed = (await t.gql<{ apiKeys: Listed[] }>(LIST_KEYS, {}, bearer(admin))).body.data?.apiKeys.find((k) => k.id === key.id);
    expect(listed?.status).toBe("EXPIRED");
  });

  it("answers an unknown key, or a known key with a wrong secret, as any invalid credential: 401", async () => {
    const key = await createKey(t, admin, { name: "guessed", scope: "READ" });
    const unknown = await t.gql("{ domains { id } }", {}, bearer(`mfak_${"0".repeat(32)}${"A".repeat(43)}`));
    const wrong = await t.gql("{ domains { id } }", {}, bearer(`${key.secret.slice(0, 37)}${"A".repeat(43)}`));
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(await auditCount(t, key.id, "API_KEY_USED")).toBe(0);
  });

  it("keeps a key working when its creator is deleted or the account's admin policy rises: keys belong to the account", async () => {
    const provisioning = new ProvisioningService(t.server.dataSource);
    const creator = await provisioning.createAdmin({ accountId: tenant.accountId, username: `creator-${tenant.domainName}`, displayName: "Creator", password: PASSWORD });
    const token = (await login(t, creator.username)).token as string;
    const key = await createKey(t, token, { name: "outlives its creator", scope: "READ" });
    await t.server.dataSource.query("DELETE FROM users WHERE id = ?", [creator.id]);
    await t.server.dataSource.query("UPDATE accounts SET admin_mfa_policy = 'REQUIRED' WHERE id = ?", [tenant.accountId]);
    expectCode(await t.gql("{ account { id adminMfaPolicy } }", {}, bearer(key.secret)), undefined, "after the creator is gone");
    await t.server.dataSource.query("UPDATE accounts SET admin_mfa_policy = 'OPTIONAL' WHERE id = ?", [tenant.accountId]);
    const listed = (await t.gql<{ apiKeys: Listed[] }>(LIST_KEYS, {}, bearer(admin))).body.data?.apiKeys.find((k) => k.id === key.id);
    expect(listed).toMatchObject({ status: "ACTIVE", createdByUsername: creator.username });
  });

  it("never lets one account see or revoke another account's keys", async () => {
    const other = await createTenant(t, "OPTIONAL");
    const otherAdmin = await adminToken(t, other);
    const key = await createKey(t, admin, { name: "mine", scope: "READ" });
    expect((await t.gql<{ apiKeys: Listed[] }>(LIST_KEYS, {}, bearer(otherAdmin))).body.data?.apiKeys).toEqual([]);
    expectCode(await t.gql(REVOKE_KEY, { id: key.id }, bearer(otherAdmin)), "NOT_FOUND", "revoke across accounts");
    expectCode(await t.gql("{ domains { id } }", {}, bearer(key.secret)), undefined, "still working");
    const mailboxToken = (await login(t, await createMailbox(t, tenant, "not-admin"))).token as string;
    expect(codeOf((await t.gql(LIST_KEYS, {}, bearer(mailboxToken))).body.errors)).toBe("FORBIDDEN");
  });
});
