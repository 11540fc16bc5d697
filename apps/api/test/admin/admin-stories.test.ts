import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, ENROLL_TOTP, ME, PASSWORD, VERIFY, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const SET_POLICY = `mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions domains { id name policy } } }`;
const IMPACT = `query I($d: ID!, $p: PolicyLevel!, $c: Boolean!) { policyImpact(domainId: $d, policy: $p, includeChildren: $c) { affected loggedOut { count sample } mustEnrol { count sample } } }`;
const DOMAINS = `{ domains { id name policy coverage { mailboxes enrolled locked } children { id name policy coverage { mailboxes enrolled locked } } } }`;
const MAILBOXES = `query M($d: ID!, $f: MailboxFilter, $first: Int!, $after: String) { mailboxes(domainId: $d, filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id username mfaStatus devices } } }`;

describe.each(ENGINES)("admin stories on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  async function adminWithMfa(tenantAdmin: string) {
    const { secret, verifiedAtMs } = await enrolTotp(t, tenantAdmin);
    const step1 = await login(t, tenantAdmin);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    return done.body.data?.completeLogin.token as string;
  }

  it("Force-On: a signed-in mailbox without MFA is signed out at once and must enrol; the child domain is untouched", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const provisioning = new ProvisioningService(t.server.dataSource);
    const child = await provisioning.createDomain({ accountId: tenant.accountId, name: `child.${tenant.domainName}`, parentId: tenant.domainId, mfaPolicy: "OPTIONAL" });
    const parentUser = await createMailbox(t, tenant, "parentuser");
    const childUser = (await provisioning.createMailbox({ accountId: tenant.accountId, domainId: child.id, localPart: "childuser", displayName: "Child", password: PASSWORD })).username;
    const parentToken = (await login(t, parentUser)).token as string;
    const childToken = (await login(t, childUser)).token as string;
    const adminToken = await adminWithMfa(tenant.adminUsername);

    const impact = await t.gql<{ policyImpact: { affected: number; loggedOut: { count: number; sample: string[] }; mustEnrol: { count: number; sample: string[] } } }>(
      IMPACT,
      { d: tenant.domainId, p: "REQUIRED", c: false },
      bearer(adminToken),
    );
    expect(impact.body.data?.policyImpact).toEqual({ affected: 1, loggedOut: { count: 1, sample: [parentUser] }, mustEnrol: { count: 1, sample: [parentUser] } });

    const set = await t.gql<{ setDomainMfaPolicy: { revokedSessions: number; domains: { policy: string }[] } }>(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED" } }, bearer(adminToken));
    expect(set.body.data?.setDomainMfaPolicy.revokedSessions).toBe(1);
    expect(set.body.data?.setDomainMfaPolicy.domains.map((d) => d.policy)).toEqual(["REQUIRED"]);

    const parentMe = await t.gql(ME, {}, bearer(parentToken));
    expect(codeOf(parentMe.body.errors)).toBe("UNAUTHENTICATED");
    // The holder of the ended session is told why, so the sign-in page can say it; nobody else is.
    expect(parentMe.body.errors?.[0]?.extensions?.reason).toBe("POLICY_REQUIRED");
    const stranger = await t.gql(ME, {}, bearer(`${parentToken.slice(0, -2)}xx`));
    expect(codeOf(stranger.body.errors)).toBe("UNAUTHENTICATED");
    expect(stranger.body.errors?.[0]?.extensions?.reason).toBeUndefined();
    expect((await login(t, parentUser)).__typename).toBe("MfaSetupRequired");

    const childMe = await t.gql(ME, {}, bearer(childToken));
    expect(childMe.body.errors).toBeUndefined();
    expect((await login(t, childUser)).__typename).toBe("LoginSuccess");

    const tree = await t.gql<{ domains: { policy: string; children: { policy: string }[] }[] }>(DOMAINS, {}, bearer(adminToken));
    expect(tree.body.data?.domains[0]?.policy).toBe("REQUIRED");
    expect(tree.body.data?.domains[0]?.children[0]?.policy).toBe("OPTIONAL");
  });

  it("applies a policy to the whole subtree only when asked", async () => {
    const tenant = await createTenant(t, "OFF");
    const provisioning = new ProvisioningService(t.server.dataSource);
    await provisioning.createDomain({ accountId: tenant.accountId, name: `a.${tenant.domainName}`, parentId: tenant.domainId });
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "OPTIONAL", includeChildren: true } }, bearer(adminToken));
    const tree = await t.gql<{ domains: { policy: string; children: { policy: string }[] }[] }>(DOMAINS, {}, bearer(adminToken));
    expect(tree.body.data?.domains[0]).toMatchObject({ policy: "OPTIONAL", children: [{ policy: "OPTIONAL" }] });
  });

  it("refuses REQUIRED from an admin who has not set up MFA, and the preview says so before Save", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    const IMPACT = `query I($d: ID!, $p: PolicyLevel!) { policyImpact(domainId: $d, policy: $p) { saveRefusal } }`;
    const preview = await t.gql<{ policyImpact: { saveRefusal: string | null } }>(IMPACT, { d: tenant.domainId, p: "REQUIRED" }, bearer(adminToken));
    expect(preview.body.data?.policyImpact.saveRefusal).toBe("ADMIN_MFA_NOT_SET_UP");
    const lowering = await t.gql<{ policyImpact: { saveRefusal: string | null } }>(IMPACT, { d: tenant.domainId, p: "OFF" }, bearer(adminToken));
    expect(lowering.body.data?.policyImpact.saveRefusal).toBeNull();
    const res = await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED" } }, bearer(adminToken));
    expect(codeOf(res.body.errors)).toBe("FORBIDDEN");
    expect(res.body.errors?.[0]?.extensions?.reason).toBe("ADMIN_MFA_NOT_SET_UP");
    const { token: withDevice } = await enrolTotp(t, tenant.adminUsername);
    const ready = await t.gql<{ policyImpact: { saveRefusal: string | null } }>(IMPACT, { d: tenant.domainId, p: "REQUIRED" }, bearer(withDevice));
    expect(ready.body.errors).toBeUndefined();
    expect(ready.body.data?.policyImpact.saveRefusal).toBeNull();
  });

  it("refuses a per-user Required override from an admin who has not set up MFA, as it refuses Force-On, and changes nothing", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "override-me");
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    const userId = (await t.gql<{ me: { id: string } }>(ME, {}, bearer((await login(t, username)).token as string))).body.data?.me.id;
    const OVERRIDE = `mutation O($id: ID!, $l: UserOverride!) { setUserMfaOverride(userId: $id, level: $l) { user { mfaOverride } } }`;
    const refused = await t.gql(OVERRIDE, { id: userId, l: "REQUIRED" }, bearer(adminToken));
    expect(codeOf(refused.body.errors)).toBe("FORBIDDEN");
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe("ADMIN_MFA_NOT_SET_UP");
    const rows: { mfa_override: string }[] = await t.server.dataSource.query("SELECT mfa_override FROM users WHERE id = ?", [userId]);
    expect(rows[0]?.mfa_override).toBe("DEFAULT");
    // Making MFA optional for the user asks nothing of the admin's own login.
    expect((await t.gql(OVERRIDE, { id: userId, l: "OPTIONAL" }, bearer(adminToken))).body.errors).toBeUndefined();
    const { token: withDevice } = await enrolTotp(t, tenant.adminUsername);
    const allowed = await t.gql<{ setUserMfaOverride: { user: { mfaOverride: string } } }>(OVERRIDE, { id: userId, l: "REQUIRED" }, bearer(withDevice));
    expect(allowed.body.data?.setUserMfaOverride.user.mfaOverride, JSON.stringify(allowed.body.errors)).toBe("REQUIRED");
  });

  it("reset MFA: the user's devices go, their sessions end, and they enrol again", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "resetme");
    const { token } = await enrolTotp(t, username);
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    const userId = (await t.gql<{ me: { id: string } }>(ME, {}, bearer(token))).body.data?.me.id;

    const reset = await t.gql<{ resetUserMfa: { user: { mfaStatus: string; devices: unknown[] } } }>(`mutation R($id: ID!) { resetUserMfa(userId: $id) { user { mfaStatus devices { id } } } }`, { id: userId }, bearer(adminToken));
    expect(reset.body.data?.resetUserMfa.user).toEqual({ mfaStatus: "NOT_ENROLLED", devices: [] });
    expect(codeOf((await t.gql(ME, {}, bearer(token))).body.errors)).toBe("UNAUTHENTICATED");

    const again = await login(t, username);
    expect(again.__typename).toBe("LoginSuccess");
    const enrolled = await t.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, {}, bearer(again.token as string));
    const verified = await t.gql(VERIFY, { input: { deviceId: enrolled.body.data?.enrollTotp.device.id, code: oathtool(enrolled.body.data?.enrollTotp.secret as string) } }, bearer(again.token as string));
    expect(verified.body.errors).toBeUndefined();
  });

  it("lock with 7 wrong codes, unlock from the admin side, and the user signs in", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "locked");
    const { secret, verifiedAtMs, token } = await enrolTotp(t, username);
    const userId = (await t.gql<{ me: { id: string } }>(ME, {}, bearer(token))).body.data?.me.id;
    const step1 = await login(t, username);
    for (let i = 0; i < 7; i++) await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "111111" } });

    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    const locked = await t.gql<{ mailboxes: { nodes: { username: string; mfaStatus: string }[] } }>(MAILBOXES, { d: tenant.domainId, f: { mfaStatus: "LOCKED" }, first: 10 }, bearer(adminToken));
    expect(locked.body.data?.mailboxes.nodes.map((n) => n.username)).toEqual([username]);

    const unlocked = await t.gql<{ unlockUser: { user: { mfaStatus: string } } }>(`mutation U($id: ID!) { unlockUser(userId: $id) { user { mfaStatus } } }`, { id: userId }, bearer(adminToken));
    expect(unlocked.body.data?.unlockUser.user.mfaStatus).toBe("ENROLLED");
    const step2 = await login(t, username);
    const done = await t.gql(COMPLETE, { input: { challengeId: step2.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    expect(done.body.errors).toBeUndefined();
  });

  it("lists, filters, searches and pages mailboxes with a total count", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    for (const name of ["ann", "bob", "cat", "dan", "eve", "a_b", "a%b"]) await createMailbox(t, tenant, name.replace("%", "x"));
    await enrolTotp(t, `bob@${tenant.domainName}`);
    const adminToken = (await login(t, tenant.adminUsername)).token as string;

    const page1 = await t.gql<{ mailboxes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { username: string }[] } }>(MAILBOXES, { d: tenant.domainId, first: 4 }, bearer(adminToken));
    expect(page1.body.data?.mailboxes.totalCount).toBe(7);
    expect(page1.body.data?.mailboxes.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql<{ mailboxes: { pageInfo: { hasNextPage: boolean }; nodes: { username: string }[] } }>(MAILBOXES, { d: tenant.domainId, first: 4, after: page1.body.data?.mailboxes.pageInfo.endCursor }, bearer(adminToken));
    const all = [...(page1.body.data?.mailboxes.nodes ?? []), ...(page2.body.data?.mailboxes.nodes ?? [])].map((n) => n.username.split("@")[0]);
    expect(all).toEqual(["a_b", "ann", "axb", "bob", "cat", "dan", "eve"]);
    expect(page2.body.data?.mailboxes.pageInfo.hasNextPage).toBe(false);

    const enrolled = await t.gql<{ mailboxes: { nodes: { username: string; devices: number }[] } }>(MAILBOXES, { d: tenant.domainId, f: { mfaStatus: "ENROLLED" }, first: 10 }, bearer(adminToken));
    expect(enrolled.body.data?.mailboxes.nodes).toEqual([expect.objectContaining({ username: `bob@${tenant.domainName}`, devices: 1 })]);
    const underscore = await t.gql<{ mailboxes: { nodes: { username: string }[] } }>(MAILBOXES, { d: tenant.domainId, f: { search: "a_" }, first: 10 }, bearer(adminToken));
    expect(underscore.body.data?.mailboxes.nodes.map((n) => n.username.split("@")[0])).toEqual(["a_b"]);
    const percent = await t.gql<{ mailboxes: { nodes: unknown[] } }>(MAILBOXES, { d: tenant.domainId, f: { search: "%" }, first: 10 }, bearer(adminToken));
    expect(percent.body.data?.mailboxes.nodes).toEqual([]);
    const tooMany = await t.gql(MAILBOXES, { d: tenant.domainId, first: 101 }, bearer(adminToken));
    expect(codeOf(tooMany.body.errors)).toBe("BAD_USER_INPUT");
  });

  it("shows coverage per domain and the audit log of what happened", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    await createMailbox(t, tenant, "one");
    const two = await createMailbox(t, tenant, "two");
    await enrolTotp(t, two);
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    const tree = await t.gql<{ domains: { coverage: { mailboxes: number; enrolled: number; locked: number } }[] }>(DOMAINS, {}, bearer(adminToken));
    expect(tree.body.data?.domains[0]?.coverage).toEqual({ mailboxes: 2, enrolled: 1, locked: 0 });

    const audit = await t.gql<{ auditEvents: { totalCount: number; nodes: { action: string; targetUsername: string | null; detail: string | null }[] } }>(
      `{ auditEvents(first: 100) { totalCount nodes { action targetUsername detail } } }`,
      {},
      bearer(adminToken),
    );
    const actions = audit.body.data?.auditEvents.nodes.map((n) => `${n.action}:${n.targetUsername}`) ?? [];
    expect(actions).toContain(`DEVICE_VERIFIED:${two}`);
    expect(actions).toContain(`LOGIN_SUCCEEDED:${tenant.adminUsername}`);
    const filtered = await t.gql<{ auditEvents: { nodes: { action: string }[] } }>(`{ auditEvents(first: 5, filter: { action: DEVICE_VERIFIED }) { nodes { action } } }`, {}, bearer(adminToken));
    expect(filtered.body.data?.auditEvents.nodes.map((n) => n.action)).toEqual(["DEVICE_VERIFIED"]);
  });

  it("provisions and deletes mailboxes", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    const created = await t.gql<{ createMailbox: { user: { id: string; username: string } } }>(
      `mutation C($input: CreateMailboxInput!) { createMailbox(input: $input) { user { id username } } }`,
      { input: { domainId: tenant.domainId, localPart: "New.User", displayName: "New User", password: "a long enough password" } },
      bearer(adminToken),
    );
    expect(created.body.data?.createMailbox.user.username).toBe(`new.user@${tenant.domainName}`);
    expect((await login(t, `new.user@${tenant.domainName}`, "a long enough password")).__typename).toBe("LoginSuccess");
    const dup = await t.gql(`mutation C($input: CreateMailboxInput!) { createMailbox(input: $input) { user { id } } }`, { input: { domainId: tenant.domainId, localPart: "new.user", displayName: "x", password: "a long enough password" } }, bearer(adminToken));
    expect(codeOf(dup.body.errors)).toBe("CONFLICT");
    const deleted = await t.gql(`mutation D($id: ID!) { deleteMailbox(userId: $id) { deletedUserId } }`, { id: created.body.data?.createMailbox.user.id }, bearer(adminToken));
    expect(deleted.body.errors).toBeUndefined();
    const gone = await t.gql(`mutation { login(input: { username: "new.user@${tenant.domainName}", password: "a long enough password" }) { __typename } }`);
    expect(codeOf(gone.body.errors)).toBe("INVALID_CREDENTIALS");
  });
});
