import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, ME, PASSWORD, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const DAY = 24 * 60 * 60 * 1000;
const SET_POLICY = `mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions domains { policy enforceFrom } } }`;
const SET_ADMIN_POLICY = `mutation A($p: PolicyLevel!, $e: DateTimeISO) { setAccountAdminMfaPolicy(policy: $p, enforceFrom: $e) { account { adminMfaPolicy adminEnforceFrom } } }`;
const IMPACT = `query I($d: ID!, $p: PolicyLevel!, $e: DateTimeISO) { policyImpact(domainId: $d, policy: $p, enforceFrom: $e) { mustEnrol { count sample } enforceFrom } }`;
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { __typename ... on MfaSetupRequired { token enforceFrom user { id } } ... on LoginSuccess { token } } }`;
const DEFER = `mutation { deferMfaSetup { token enforceFrom remindAfter user { username } } }`;
const OVERRIDE = `mutation O($u: ID!, $l: UserOverride!) { setUserMfaOverride(userId: $u, level: $l) { __typename } }`;
const AUDIT = `query A($a: AuditAction) { auditEvents(first: 100, filter: { action: $a }) { nodes { action targetUsername detail } } }`;

type LoginAnswer = { __typename: string; token: string | null; enforceFrom?: string | null; user?: { id: string } };

describe.each(ENGINES)("Force-On with a deadline on %s", (engine) => {
  let t: TestServer;
  let offset = 0;
  const now = () => Date.now() + offset;
  beforeAll(async () => {
    t = await startTestServer(engine, {}, { now });
  });
  afterAll(async () => t?.close());

  async function adminWithMfa(tenant: Tenant): Promise<string> {
    const { secret, verifiedAtMs } = await enrolTotp(t, tenant.adminUsername);
    const step1 = await login(t, tenant.adminUsername);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    return done.body.data?.completeLogin.token as string;
  }

  const signIn = async (username: string): Promise<LoginAnswer> => {
    const res = await t.gql<{ login: LoginAnswer }>(LOGIN, { input: { username, password: PASSWORD } });
    if (!res.body.data) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data.login;
  };
  const defer = (token: string) => t.gql<{ deferMfaSetup: { token: string; enforceFrom: string; remindAfter: string; user: { username: string } } }>(DEFER, {}, bearer(token));

  async function tenantUnderDeadline(daysAhead: number) {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "late");
    const admin = await adminWithMfa(tenant);
    const deadline = new Date(now() + daysAhead * DAY);
    const set = await t.gql<{ setDomainMfaPolicy: { domains: { policy: string; enforceFrom: string | null }[] } }>(
      SET_POLICY,
      { input: { domainId: tenant.domainId, policy: "REQUIRED", enforceFrom: deadline.toISOString() } },
      bearer(admin),
    );
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setDomainMfaPolicy.domains).toEqual([{ policy: "REQUIRED", enforceFrom: deadline.toISOString() }]);
    return { tenant, user, admin, deadline };
  }

  it("the preview says who must enrol and by when; the tree and the audit show the deadline", async () => {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "pending");
    const admin = await adminWithMfa(tenant);
    const deadline = new Date(now() + 14 * DAY).toISOString();
    const impact = await t.gql<{ policyImpact: unknown }>(IMPACT, { d: tenant.domainId, p: "REQUIRED", e: deadline }, bearer(admin));
    expect(impact.body.data?.policyImpact).toEqual({ mustEnrol: { count: 1, sample: [user] }, enforceFrom: deadline });
    await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED", enforceFrom: deadline } }, bearer(admin));
    const tree = await t.gql<{ domains: { policy: string; enforceFrom: string | null }[] }>(`{ domains { policy enforceFrom } }`, {}, bearer(admin));
    expect(tree.body.data?.domains).toEqual([{ policy: "REQUIRED", enforceFrom: deadline }]);
    const audit = await t.gql<{ auditEvents: { nodes: { detail: string }[] } }>(AUDIT, { a: "DOMAIN_POLICY_CHANGED" }, bearer(admin));
    expect(JSON.parse(audit.body.data?.auditEvents.nodes[0]?.detail ?? "{}")).toMatchObject({ from: "OPTIONAL", to: "REQUIRED", enforceFrom: deadline });
    // Saving Force-On without a deadline ends the grace period: an audited change, no deadline shown.
    await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED" } }, bearer(admin));
    const after = await t.gql<{ domains: { enforceFrom: string | null }[] }>(`{ domains { enforceFrom } }`, {}, bearer(admin));
    expect(after.body.data?.domains[0]?.enforceFrom).toBeNull();
    const changes = await t.gql<{ auditEvents: { nodes: unknown[] } }>(AUDIT, { a: "DOMAIN_POLICY_CHANGED" }, bearer(admin));
    expect(changes.body.data?.auditEvents.nodes).toHaveLength(2);
  });

  it("a deadline goes with REQUIRED only, in the future", async () => {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminWithMfa(tenant);
    const optional = await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "OPTIONAL", enforceFrom: new Date(now() + DAY).toISOString() } }, bearer(admin));
    expect(codeOf(optional.body.errors)).toBe("BAD_USER_INPUT");
    expect(optional.body.errors?.[0]?.extensions?.reason).toBe("ONLY_WITH_REQUIRED");
    const past = await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED", enforceFrom: new Date(now() - 1000).toISOString() } }, bearer(admin));
    expect(past.body.errors?.[0]?.extensions?.reason).toBe("NOT_IN_FUTURE");
    const preview = await t.gql(IMPACT, { d: tenant.domainId, p: "REQUIRED", e: new Date(now() - 1000).toISOString() }, bearer(admin));
    expect(codeOf(preview.body.errors)).toBe("BAD_USER_INPUT");
  });

  it("before the deadline: the wizard may be put off once a day (audited); the next day it is offered again", async () => {
    const { user, admin, deadline } = await tenantUnderDeadline(7);
    const first = await signIn(user);
    expect(first).toMatchObject({ __typename: "MfaSetupRequired", enforceFrom: deadline.toISOString() });
    const setupToken = first.token as string;
    expect(codeOf((await t.gql(ME, {}, bearer(setupToken))).body.errors)).toBe("MFA_SETUP_REQUIRED");

    const deferred = await defer(setupToken);
    expect(deferred.body.errors).toBeUndefined();
    const payload = deferred.body.data?.deferMfaSetup;
    expect(payload?.enforceFrom).toBe(deadline.toISOString());
    expect(Date.parse(payload?.remindAfter ?? "") - now()).toBeGreaterThan(DAY - 60_000);
    // The new session works; the setup session gave way.
    expect((await t.gql(ME, {}, bearer(payload?.token as string))).body.errors).toBeUndefined();
    expect(codeOf((await t.gql(ME, {}, bearer(setupToken))).body.errors)).toBe("UNAUTHENTICATED");

    // The same day: signing in passes with the password alone, and there is nothing to put off.
    offset = DAY - 60_000;
    expect((await signIn(user)).__typename).toBe("LoginSuccess");

    // The next day the wizard is offered again, and may be put off again.
    offset = DAY + 60_000;
    const nextDay = await signIn(user);
    expect(nextDay).toMatchObject({ __typename: "MfaSetupRequired", enforceFrom: deadline.toISOString() });
    expect((await defer(nextDay.token as string)).body.errors).toBeUndefined();

    const audit = await t.gql<{ auditEvents: { nodes: { targetUsername: string; detail: string }[] } }>(AUDIT, { a: "MFA_SETUP_DEFERRED" }, bearer(admin));
    expect(audit.body.data?.auditEvents.nodes.map((n) => n.targetUsername)).toEqual([user, user]);
    expect(JSON.parse(audit.body.data?.auditEvents.nodes[0]?.detail ?? "{}")).toMatchObject({ enforceFrom: deadline.toISOString() });
  });

  it("a second setup session of the same day cannot put it off again; parallel presses defer once", async () => {
    const { user } = await tenantUnderDeadline(3);
    // Signed in one after the other (parallel password attempts meet the sign-in throttle), pressed at once.
    const sessions: LoginAnswer[] = [];
    for (let i = 0; i < 8; i++) sessions.push(await signIn(user));
    expect(sessions.every((s) => s.__typename === "MfaSetupRequired")).toBe(true);
    const answers = await Promise.all(sessions.map((s) => defer(s.token as string)));
    const ok = answers.filter((a) => !a.body.errors);
    expect(ok).toHaveLength(1);
    for (const refused of answers.filter((a) => a.body.errors)) {
      expect(codeOf(refused.body.errors)).toBe("MFA_SETUP_NOT_DEFERRABLE");
      expect(refused.body.errors?.[0]?.extensions?.reason).toBe("ALREADY_DEFERRED");
    }
  });

  it("from the deadline on it is the plain Force-On, a deferral of the day before included", async () => {
    const { user, deadline } = await tenantUnderDeadline(1);
    offset = deadline.getTime() - Date.now() - 60 * 60 * 1000;
    const lastDay = await signIn(user);
    expect((await defer(lastDay.token as string)).body.errors).toBeUndefined();
    offset = deadline.getTime() - Date.now();
    const due = await signIn(user);
    expect(due).toMatchObject({ __typename: "MfaSetupRequired", enforceFrom: null });
    const refused = await defer(due.token as string);
    expect(codeOf(refused.body.errors)).toBe("MFA_SETUP_NOT_DEFERRABLE");
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe("NOT_BEFORE_DEADLINE");
  });

  it("a session without MFA taken by putting the setup off ends at the deadline at the latest", async () => {
    const HOUR = 60 * 60 * 1000;
    const lifetimes = async (username: string): Promise<number[]> => {
      const rows: { life: number | string }[] = await t.server.services.dataSource.query(
        "SELECT s.expires_at - s.created_at AS life FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = ? AND s.revoked_at IS NULL AND s.restricted = 0 ORDER BY s.created_at",
        [username],
      );
      return rows.map((r) => Number(r.life));
    };
    // Three days ahead: the usual absolute lifetime (12 hours) ends first.
    const early = await tenantUnderDeadline(3);
    expect((await defer((await signIn(early.user)).token as string)).body.errors).toBeUndefined();
    expect(await lifetimes(early.user)).toEqual([12 * HOUR]);

    // Two hours before the deadline: the deferral's session, and a sign-in later that day, end at the deadline.
    const { user, deadline } = await tenantUnderDeadline(1);
    offset = deadline.getTime() - Date.now() - 2 * HOUR;
    const deferred = await defer((await signIn(user)).token as string);
    expect(deferred.body.errors).toBeUndefined();
    expect((await t.gql(ME, {}, bearer(deferred.body.data?.deferMfaSetup.token as string))).body.errors).toBeUndefined();
    offset = deadline.getTime() - Date.now() - HOUR;
    expect((await signIn(user)).__typename).toBe("LoginSuccess");
    const [first, second] = await lifetimes(user);
    expect(first).toBeLessThanOrEqual(2 * HOUR);
    expect(first).toBeGreaterThan(2 * HOUR - 60_000);
    expect(second).toBeLessThanOrEqual(HOUR);
    expect(second).toBeGreaterThan(HOUR - 60_000);
  });

  it("the user's override still wins: REQUIRED means now, OPTIONAL means never", async () => {
    const { tenant, admin, deadline } = await tenantUnderDeadline(7);
    const forced = await createMailbox(t, tenant, "forced");
    const free = await createMailbox(t, tenant, "free");
    const idOf = async (u: string) => ((await signIn(u)).user as { id: string }).id;
    await t.gql(OVERRIDE, { u: await idOf(forced), l: "REQUIRED" }, bearer(admin));
    await t.gql(OVERRIDE, { u: await idOf(free), l: "OPTIONAL" }, bearer(admin));
    expect(await signIn(forced)).toMatchObject({ __typename: "MfaSetupRequired", enforceFrom: null });
    expect(codeOf((await defer((await signIn(forced)).token as string)).body.errors)).toBe("MFA_SETUP_NOT_DEFERRABLE");
    expect((await signIn(free)).__typename).toBe("LoginSuccess");
    expect(deadline.getTime()).toBeGreaterThan(now());
  });

  it("a session that is not the setup wizard's cannot put anything off", async () => {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "plain");
    const answer = await defer((await signIn(user)).token as string);
    expect(codeOf(answer.body.errors)).toBe("FORBIDDEN");
  });

  it("the account's admins: Force-On from a date, the wizard skippable until then", async () => {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminWithMfa(tenant);
    const other = await new ProvisioningService(t.server.dataSource).createAdmin({ accountId: tenant.accountId, username: `second-${tenant.adminUsername}`, displayName: "Second", password: PASSWORD });
    const deadline = new Date(now() + 5 * DAY).toISOString();
    const set = await t.gql<{ setAccountAdminMfaPolicy: { account: unknown } }>(SET_ADMIN_POLICY, { p: "REQUIRED", e: deadline }, bearer(admin));
    expect(set.body.data?.setAccountAdminMfaPolicy.account).toEqual({ adminMfaPolicy: "REQUIRED", adminEnforceFrom: deadline });
    const answer = await signIn(other.username);
    expect(answer).toMatchObject({ __typename: "MfaSetupRequired", enforceFrom: deadline });
    expect((await defer(answer.token as string)).body.errors).toBeUndefined();
    offset = 5 * DAY;
    expect(await signIn(other.username)).toMatchObject({ __typename: "MfaSetupRequired", enforceFrom: null });
  });
});
