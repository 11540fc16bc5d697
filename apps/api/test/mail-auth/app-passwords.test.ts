import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { ENGINES } from "../support/engines.js";
import { bearer, codeOf, createMailbox, createTenant, login } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { ADMIN_REVOKE, ADMIN_VIEW, CREATE, DOMAIN_SWITCH, LIST, MAIL_KEY, REVOKE, REVOKE_ALL, adminToken, mailCheck, mfaMailbox, type Created } from "./mail-auth-fixtures.js";

async function audits(t: TestServer, userId: string, action: string): Promise<Record<string, unknown>[]> {
  const rows: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = ? AND target_user_id = ? ORDER BY created_at", [action, userId]);
  return rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}));
}

describe.each(ENGINES)("app passwords on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, { MAIL_AUTH_KEY: MAIL_KEY });
  });
  afterAll(async () => t?.close());

  const create = (token: string, name = "Thunderbird") => t.gql<{ createAppPassword: Created }>(CREATE, { name }, bearer(token));

  it("are shown once, 16 letters in four groups, kept as an argon2id hash, and listed with their last use", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, token } = await mfaMailbox(t, tenant, "ap-once");
    const res = await create(token);
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data?.createAppPassword as Created;
    expect(created.password).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
    expect(created.appPassword).toMatchObject({ name: "Thunderbird", lastUsedAt: null });

    const stored: { password_hash: string }[] = await t.server.dataSource.query("SELECT password_hash FROM app_passwords WHERE user_id = ?", [userId]);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored[0]?.password_hash).not.toContain(created.password.replace(/ /g, ""));

    // The list never carries the password.
    const list = await t.gql<{ myAppPasswords: Record<string, unknown>[] }>(LIST, {}, bearer(token));
    expect(JSON.stringify(list.body)).not.toContain(created.password.replace(/ /g, "").slice(0, 8));
    expect(list.body.data?.myAppPasswords).toHaveLength(1);

    // Typed with hyphens, upper case or no separators: the same password. Its use is recorded.
    const typed = created.password.toUpperCase().replace(/ /g, "-");
    expect((await mailCheck(t, { username, password: typed, protocol: "imap", remoteIp: "198.51.100.7" })).body).toEqual({ result: "allow" });
    const after = await t.gql<{ myAppPasswords: Created["appPassword"][] }>(LIST, {}, bearer(token));
    expect(after.body.data?.myAppPasswords[0]).toMatchObject({ lastUsedProtocol: "imap", lastUsedIp: "198.51.100.7" });
    expect(after.body.data?.myAppPasswords[0]?.lastUsedAt).not.toBeNull();
    expect(await audits(t, userId, "APP_PASSWORD_CREATED")).toEqual([{ appPasswordId: created.appPassword.id, name: "Thunderbird" }]);
  });

  it("the security view says whether app passwords can be made, and why not: MFA off, or the domain forbids them", async () => {
    const SECURITY = `{ me { security { canCreateAppPasswords appPasswordsUnavailableReason } } }`;
    type View = { me: { security: { canCreateAppPasswords: boolean; appPasswordsUnavailableReason: string | null } } };
    const tenant = await createTenant(t, "OPTIONAL");
    const plain = (await login(t, await createMailbox(t, tenant, "ap-view-off"))).token as string;
    expect((await t.gql<View>(SECURITY, {}, bearer(plain))).body.data?.me.security).toEqual({ canCreateAppPasswords: false, appPasswordsUnavailableReason: "MFA_OFF" });
    const { token } = await mfaMailbox(t, tenant, "ap-view-on");
    expect((await t.gql<View>(SECURITY, {}, bearer(token))).body.data?.me.security).toEqual({ canCreateAppPasswords: true, appPasswordsUnavailableReason: null });
    const admin = await adminToken(t, tenant);
    expect((await t.gql(DOMAIN_SWITCH, { id: tenant.domainId, allowed: false }, bearer(admin))).body.errors).toBeUndefined();
    expect((await t.gql<View>(SECURITY, {}, bearer(token))).body.data?.me.security).toEqual({ canCreateAppPasswords: false, appPasswordsUnavailableReason: "DOMAIN_FORBIDS" });
    // What the view says is what createAppPassword does.
    expect((await create(token)).body.errors?.[0]?.extensions?.reason).toBe("DOMAIN_FORBIDS");
  });

  it("are refused to a user without MFA, and to a domain that forbids them (audited switch)", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "ap-nomfa");
    const plain = (await login(t, username)).token as string;
    const refused = await create(plain);
    expect(codeOf(refused.body.errors)).toBe("APP_PASSWORDS_NOT_ALLOWED");
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe("MFA_OFF");

    const { token, username: mfaUser } = await mfaMailbox(t, tenant, "ap-forbid");
    const made = (await create(token)).body.data?.createAppPassword as Created;
    const admin = await adminToken(t, tenant);
    const off = await t.gql(DOMAIN_SWITCH, { id: tenant.domainId, allowed: false }, bearer(admin));
    expect(off.body.errors).toBeUndefined();
    expect(codeOf((await create(token)).body.errors)).toBe("APP_PASSWORDS_NOT_ALLOWED");
    // Existing ones stop working while forbidden.
    expect((await mailCheck(t, { username: mfaUser, password: made.password, protocol: "imap" })).body).toEqual({ result: "deny" });
    await t.gql(DOMAIN_SWITCH, { id: tenant.domainId, allowed: true }, bearer(admin));
    expect((await mailCheck(t, { username: mfaUser, password: made.password, protocol: "imap" })).body).toEqual({ result: "allow" });
    const events: { detail: string }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = 'DOMAIN_APP_PASSWORDS_CHANGED' AND account_id = ? ORDER BY created_at", [tenant.accountId]);
    expect(events.map((e) => JSON.parse(e.detail).to)).toEqual([false, true]);
  });

  it("another account's admin cannot revoke them or switch the domain (not found)", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const other = await createTenant(t, "OPTIONAL");
    const { userId, token } = await mfaMailbox(t, tenant, "ap-cross");
    await create(token);
    const stranger = await adminToken(t, other);
    expect(codeOf((await t.gql(ADMIN_REVOKE, { id: userId }, bearer(stranger))).body.errors)).toBe("NOT_FOUND");
    expect(codeOf((await t.gql(DOMAIN_SWITCH, { id: tenant.domainId, allowed: false }, bearer(stranger))).body.errors)).toBe("NOT_FOUND");
    const admin = await adminToken(t, tenant);
    expect((await t.gql<{ user: { appPasswordCount: number } }>(ADMIN_VIEW, { id: userId }, bearer(admin))).body.data?.user.appPasswordCount).toBe(1);
  });

  it("one user cannot revoke or use another's app password", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const alice = await mfaMailbox(t, tenant, "ap-alice");
    const bob = await mfaMailbox(t, tenant, "ap-bob");
    const alices = (await create(alice.token)).body.data?.createAppPassword as Created;
    expect(codeOf((await t.gql(REVOKE, { id: alices.appPassword.id }, bearer(bob.token))).body.errors)).toBe("NOT_FOUND");
    expect((await mailCheck(t, { username: bob.username, password: alices.password, protocol: "imap" })).body).toEqual({ result: "deny" });
    expect((await mailCheck(t, { username: alice.username, password: alices.password, protocol: "imap" })).body).toEqual({ result: "allow" });
  });

  it("revoked one by one or all; an admin revokes a user's (audited); a reset and remove-all revoke them", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, token } = await mfaMailbox(t, tenant, "ap-revoke");
    const one = (await create(token, "Phone")).body.data?.createAppPassword as Created;
    const two = (await create(token, "Laptop")).body.data?.createAppPassword as Created;
    expect((await t.gql(REVOKE, { id: one.appPassword.id }, bearer(token))).body.data).toEqual({ revokeAppPassword: { revoked: 1 } });
    expect((await mailCheck(t, { username, password: one.password, protocol: "imap" })).body).toEqual({ result: "deny" });
    expect((await mailCheck(t, { username, password: two.password, protocol: "smtp" })).body).toEqual({ result: "allow" });
    expect((await t.gql(REVOKE_ALL, {}, bearer(token))).body.data).toEqual({ revokeAllAppPasswords: { revoked: 1 } });
    expect((await mailCheck(t, { username, password: two.password, protocol: "imap" })).body).toEqual({ result: "deny" });

    const admin = await adminToken(t, tenant);
    const three = (await create(token, "Tablet")).body.data?.createAppPassword as Created;
    expect((await t.gql(ADMIN_REVOKE, { id: userId }, bearer(admin))).body.data).toEqual({ revokeUserAppPasswords: { revoked: 1 } });
    expect((await mailCheck(t, { username, password: three.password, protocol: "imap" })).body).toEqual({ result: "deny" });
    expect(await audits(t, userId, "APP_PASSWORDS_REVOKED_BY_ADMIN")).toEqual([{ username, revoked: 1 }]);

    const four = (await create(token, "Desktop")).body.data?.createAppPassword as Created;
    const reset = await t.gql(`mutation R($id: ID!) { resetUserMfa(userId: $id) { user { id } } }`, { id: userId }, bearer(admin));
    expect(reset.body.errors).toBeUndefined();
    expect((await mailCheck(t, { username, password: four.password, protocol: "imap" })).body).toEqual({ result: "deny" });
    expect((await audits(t, userId, "MFA_RESET"))[0]).toMatchObject({ appPasswordsRevoked: 1 });

    const again = await mfaMailbox(t, tenant, "ap-removeall");
    const five = (await create(again.token)).body.data?.createAppPassword as Created;
    // "Remove all devices" (its step-up every time is the resolver's, tested with the factors): the service's transaction.
    const user = await t.server.dataSource.manager.findOneByOrFail(UserEntity, { id: again.userId });
    await t.server.services.mfa.removeAllDevices({ user, ip: null });
    const left: { n: number | string }[] = await t.server.dataSource.query("SELECT COUNT(*) AS n FROM app_passwords WHERE user_id = ?", [again.userId]);
    expect(Number(left[0]?.n)).toBe(0);
    expect((await mailCheck(t, { username: again.username, password: five.password, protocol: "imap" })).body).toEqual({ result: "deny" });
  });

  it("20 parallel creations cannot go past 10", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { userId, token } = await mfaMailbox(t, tenant, "ap-race");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => create(token, `Client ${i}`)));
    const made = results.filter((r) => r.body.data?.createAppPassword);
    expect(made).toHaveLength(10);
    expect(results.filter((r) => codeOf(r.body.errors) === "APP_PASSWORD_LIMIT")).toHaveLength(10);
    const rows: { n: number | string }[] = await t.server.dataSource.query("SELECT COUNT(*) AS n FROM app_passwords WHERE user_id = ?", [userId]);
    expect(Number(rows[0]?.n)).toBe(10);
  });
});
