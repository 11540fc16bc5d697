import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { REVOKE_KEY, adminToken, auditCount, createKey, expectCode, rest } from "./key-fixtures.js";

const keyCredentials = (username: string, apiKey: string) => ({ auth: { "RAX-KSKEY:apiKeyCredentials": { username, apiKey } } });
const mfa = (userId: string) => `/v2.0/users/${userId}/RAX-AUTH/multi-factor`;

describe.each(ENGINES)("API keys at the Identity door on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let admin = "";
  let mailboxId = "";
  let adminUserId = "";
  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    admin = await adminToken(t, tenant);
    adminUserId = (await t.gql<{ me: { id: string } }>("{ me { id } }", {}, bearer(admin))).body.data?.me.id as string;
    mailboxId = ((await login(t, await createMailbox(t, tenant, "rest-keyed"))).user as { id: string }).id;
  });
  afterAll(async () => t?.close());

  it("issues a token for a key's name and key, authenticated by APIKEY, that works on GraphQL with the key's scope", async () => {
    const key = await createKey(t, admin, { name: "reporting", scope: "READ" });
    const res = await rest(t, "POST", "/v2.0/tokens", { body: keyCredentials("reporting", key.secret) });
    expect(res.status).toBe(200);
    const access = res.body.access as { token: { id: string; expires: string; "RAX-AUTH:authenticatedBy": string[] }; user: Record<string, unknown> };
    expect(access.token["RAX-AUTH:authenticatedBy"]).toEqual(["APIKEY"]);
    expect(access.token.id).toMatch(/^mfat_/);
    expect(access.user).toMatchObject({ id: key.id, name: "reporting", "RAX-AUTH:domainId": tenant.accountId, roles: [{ name: "mfa:api-key-read" }] });
    expect(Date.parse(access.token.expires)).toBeLessThanOrEqual(Date.now() + 12 * 3_600_000);

    expectCode(await t.gql("{ domains { id } }", {}, bearer(access.token.id)), undefined, "a READ key's token reads");
    expectCode(await t.gql("mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }", { id: mailboxId }, bearer(access.token.id)), "FORBIDDEN", "a READ key's token changes");
    expectCode(await t.gql("{ me { id } }", {}, { "x-auth-token": access.token.id }), "FORBIDDEN", "a key's token is no person");
    expect(await auditCount(t, key.id, "API_KEY_USED")).toBe(2);
  });

  it("answers a wrong key or a wrong name exactly as a wrong password: 401 unauthorized", async () => {
    const key = await createKey(t, admin, { name: "exact", scope: "READ" });
    const password = await rest(t, "POST", "/v2.0/tokens", { body: { auth: { passwordCredentials: { username: tenant.adminUsername, password: "not the password at all" } } } });
    const wrongKey = await rest(t, "POST", "/v2.0/tokens", { body: keyCredentials("exact", `${key.secret.slice(0, 37)}${"B".repeat(43)}`) });
    const wrongName = await rest(t, "POST", "/v2.0/tokens", { body: keyCredentials(tenant.adminUsername, key.secret) });
    const unknown = await rest(t, "POST", "/v2.0/tokens", { body: keyCredentials("exact", "mfak_not-a-key") });
    for (const res of [wrongKey, wrongName, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(password.body);
    }
    expect((await rest(t, "POST", "/v2.0/tokens", { body: { auth: { "RAX-KSKEY:apiKeyCredentials": { username: "exact" } } } })).status).toBe(400);
  });

  it("acts as the account's admin on the door's admin paths with the key itself, asking no step-up", async () => {
    const key = await createKey(t, admin, { name: "door admin", scope: "ADMIN" });
    for (const asBearer of [false, true]) {
      const domain = await rest(t, "GET", `/v2.0/RAX-AUTH/domains/${tenant.domainId}`, { token: key.secret, bearer: asBearer });
      expect(domain.status).toBe(200);
    }
    expect((await rest(t, "GET", `/v2.0/users/${mailboxId}`, { token: key.secret })).status).toBe(200);
    const level = { "RAX-AUTH:multiFactor": { userMultiFactorEnforcementLevel: "OPTIONAL" } };
    expect((await rest(t, "PUT", mfa(mailboxId), { token: key.secret, body: level })).status).toBe(204);
    expect((await rest(t, "DELETE", mfa(mailboxId), { token: key.secret })).status).toBe(204);
    expect((await rest(t, "DELETE", `${mfa(mailboxId)}/bypass-codes`, { token: key.secret })).status).toBe(204);
    const policy = { "RAX-AUTH:multiFactorDomain": { domainMultiFactorEnforcementLevel: "OFF" } };
    expect((await rest(t, "PUT", `/v2.0/RAX-AUTH/domains/${tenant.domainId}/multi-factor`, { token: key.secret, body: policy })).status).toBe(204);
  });

  it("refuses a key a person's own paths, bypass codes, and a READ key any change", async () => {
    const key = await createKey(t, admin, { name: "not a person", scope: "ADMIN" });
    const reader = await createKey(t, admin, { name: "door reader", scope: "READ" });
    expect((await rest(t, "GET", `${mfa(mailboxId)}/mobile-phones`, { token: key.secret })).status).toBe(403);
    expect((await rest(t, "POST", `${mfa(mailboxId)}/otp-devices`, { token: key.secret, body: { "RAX-AUTH:otpDevice": { name: "x" } } })).status).toBe(403);
    expect((await rest(t, "PUT", mfa(mailboxId), { token: key.secret, body: { "RAX-AUTH:multiFactor": { enabled: false } } })).status).toBe(403);
    const bypass = await rest(t, "POST", `${mfa(mailboxId)}/bypass-codes`, { token: key.secret, body: { "RAX-AUTH:bypassCodes": { ticket: "T-1", reason: "lost phone" } } });
    expect(bypass.status).toBe(403);
    expect((await rest(t, "GET", `/v2.0/RAX-AUTH/domains/${tenant.domainId}`, { token: reader.secret })).status).toBe(200);
    const policy = { "RAX-AUTH:multiFactorDomain": { domainMultiFactorEnforcementLevel: "OPTIONAL" } };
    expect((await rest(t, "PUT", `/v2.0/RAX-AUTH/domains/${tenant.domainId}/multi-factor`, { token: reader.secret, body: policy })).status).toBe(403);
    const [row] = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM bypass_codes b JOIN users u ON u.id = b.user_id WHERE u.id = ?", [mailboxId])) as { n: number | string }[];
    expect(Number(row?.n)).toBe(0);
  });

  it("keeps a domain-limited key to its domains' mailboxes: other domains and admins are not found", async () => {
    const provisioning = new ProvisioningService(t.server.dataSource);
    const outside = await provisioning.createDomain({ accountId: tenant.accountId, name: `elsewhere-${tenant.domainName}`, mfaPolicy: "OFF" });
    const stranger = await provisioning.createMailbox({ accountId: tenant.accountId, domainId: outside.id, localPart: "stranger", displayName: "S", password: PASSWORD });
    const key = await createKey(t, admin, { name: "limited door", scope: "ADMIN", domainIds: [tenant.domainId] });
    expect((await rest(t, "GET", `/v2.0/users/${mailboxId}`, { token: key.secret })).status).toBe(200);
    for (const path of [`/v2.0/users/${stranger.id}`, `/v2.0/users/${adminUserId}`, `/v2.0/RAX-AUTH/domains/${outside.id}`]) {
      expect((await rest(t, "GET", path, { token: key.secret })).status, path).toBe(404);
    }
    expect((await rest(t, "DELETE", mfa(stranger.id), { token: key.secret })).status).toBe(404);
  });

  it("ends a key's token on the door at once when the key is revoked", async () => {
    const key = await createKey(t, admin, { name: "door revoked", scope: "ADMIN" });
    const token = ((await rest(t, "POST", "/v2.0/tokens", { body: keyCredentials("door revoked", key.secret) })).body.access?.token as { id: string }).id;
    expect((await rest(t, "GET", `/v2.0/users/${mailboxId}`, { token })).status).toBe(200);
    expect((await t.gql(REVOKE_KEY, { id: key.id }, bearer(admin))).body.errors).toBeUndefined();
    const after = await rest(t, "GET", `/v2.0/users/${mailboxId}`, { token });
    expect(after.status).toBe(401);
    expect(after.body).toHaveProperty("unauthorized");
  });
});
