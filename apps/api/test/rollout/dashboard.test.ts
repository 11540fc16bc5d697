import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RolloutSnapshotService } from "#src/modules/rollout-snapshots/snapshots.service.js";
import { snapshotsOf } from "#src/modules/rollout-snapshots/snapshots.queries.js";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const DAY = 24 * 60 * 60 * 1000;
const SET_POLICY = `mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions } }`;
const BULK = `mutation B($input: BulkMailboxActionInput!) { bulkMailboxAction(input: $input) { requested succeeded } }`;
const DASHBOARD = `query D($id: ID, $days: Int) {
  rolloutDashboard(domainId: $id) {
    domainId domainName mailboxes enrolled notEnrolled locked enforceFrom remindersSent lastReminderAt
    domains { id name policy enforceFrom mailboxes enrolled notEnrolled locked remindersSent }
    history(days: $days) { day mailboxes enrolled notEnrolled locked }
  }
}`;

interface Dashboard {
  domainId: string | null;
  domainName: string | null;
  mailboxes: number;
  enrolled: number;
  notEnrolled: number;
  locked: number;
  enforceFrom: string | null;
  remindersSent: number;
  lastReminderAt: string | null;
  domains: { id: string; name: string; policy: string; enforceFrom: string | null; mailboxes: number; enrolled: number; notEnrolled: number; locked: number; remindersSent: number }[];
  history: { day: string; mailboxes: number; enrolled: number; notEnrolled: number; locked: number }[];
}

const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

describe.each(ENGINES)("the rollout dashboard and its daily snapshots on %s", (engine) => {
  let t: TestServer;
  let offset = 0;
  const now = () => Date.now() + offset;
  beforeAll(async () => {
    t = await startTestServer(engine, {}, { now });
  });
  afterAll(async () => t?.close());

  /** A tenant under Force-On 14 days ahead: two mailboxes without a device, one with; an admin signed in with MFA. */
  async function underDeadline(): Promise<{ tenant: Tenant; admin: string; deadline: number; ready: string; secret: string }> {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    await createMailbox(t, tenant, "late");
    await createMailbox(t, tenant, "later");
    const ready = await createMailbox(t, tenant, "ready");
    const { secret } = await enrolTotp(t, ready);
    const own = await enrolTotp(t, tenant.adminUsername);
    const step = await login(t, tenant.adminUsername);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step.challengeId, passcode: oathtool(own.secret, own.verifiedAtMs + 30_000) } });
    const admin = done.body.data?.completeLogin.token as string;
    const deadline = Date.now() + 14 * DAY;
    const set = await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED", enforceFrom: new Date(deadline).toISOString() } }, bearer(admin));
    expect(set.body.errors).toBeUndefined();
    return { tenant, admin, deadline, ready, secret };
  }

  const dashboard = async (admin: string, id: string | null, days = 30) => {
    const res = await t.gql<{ rolloutDashboard: Dashboard }>(DASHBOARD, { id, days }, bearer(admin));
    expect(res.body.errors).toBeUndefined();
    return res.body.data?.rolloutDashboard as Dashboard;
  };

  it("writes one snapshot per domain and day: a second round the same day writes nothing, the next day writes again", async () => {
    const { tenant } = await underDeadline();
    const { snapshots, dataSource } = t.server.services;
    offset = 3 * DAY; // a day no earlier test of this server has snapshotted
    const day = Math.floor(now() / DAY);
    expect(await snapshots.takeDaily()).toBeGreaterThanOrEqual(1);
    expect(await snapshots.takeDaily()).toBe(0);
    // Another instance (a fresh service, or one restarted) the same day: the primary key keeps the one row.
    expect(await new RolloutSnapshotService({ dataSource, now }).takeDaily()).toBe(0);
    expect(await snapshotsOf(dataSource, tenant.domainId, day)).toBe(1);
    offset = 4 * DAY;
    expect(await snapshots.takeDaily()).toBeGreaterThanOrEqual(1);
    expect(await snapshotsOf(dataSource, tenant.domainId, day + 1)).toBe(1);
    expect(await snapshotsOf(dataSource, tenant.domainId, day)).toBe(1);
  });

  it("two instances taking the day's snapshots at the same moment write each domain's row once", async () => {
    const { tenant } = await underDeadline();
    const { dataSource } = t.server.services;
    offset = 10 * DAY;
    const day = Math.floor(now() / DAY);
    const domains = Number(((await dataSource.query("SELECT COUNT(*) AS n FROM domain_counters")) as { n: number | string }[])[0]?.n);
    const instances = Array.from({ length: 4 }, () => new RolloutSnapshotService({ dataSource, now }));
    const written = await Promise.all(instances.map((s) => s.takeDaily()));
    expect(written.reduce((a, b) => a + b, 0)).toBe(domains);
    const rows = (await dataSource.query(engine === "sqlite" ? "SELECT COUNT(*) AS n FROM rollout_snapshots WHERE day = ?" : "SELECT COUNT(*) AS n FROM rollout_snapshots WHERE day = ?", [day])) as { n: number | string }[];
    expect(Number(rows[0]?.n)).toBe(domains);
    expect(await snapshotsOf(dataSource, tenant.domainId, day)).toBe(1);
  });

  it("shows coverage now, the deadline, the reminders sent and the chart's days, for a domain and for the whole account", async () => {
    const { tenant, admin, deadline, ready, secret } = await underDeadline();
    // A snapshot two days ago (2 of 3 without a device), then one mailbox enrols, then today's snapshot.
    offset = -2 * DAY;
    await new RolloutSnapshotService({ dataSource: t.server.services.dataSource, now }).takeDaily();
    offset = 0;
    const late = `late@${tenant.domainName}`;
    await enrolTotp(t, late);
    // One mailbox locks itself out with wrong codes (the 7th locks).
    for (let i = 0; i < 7; i++) {
      const step = await login(t, ready);
      if (step.__typename !== "MfaChallenge") break;
      await t.gql(COMPLETE, { input: { challengeId: step.challengeId, passcode: oathtool(secret, Date.now() - 10 * 60_000) } });
    }
    await new RolloutSnapshotService({ dataSource: t.server.services.dataSource, now }).takeDaily();

    const sent = await t.gql<{ bulkMailboxAction: { succeeded: number } }>(BULK, { input: { domainId: tenant.domainId, action: "SEND_REMINDER", filter: { mfaStatus: "NOT_ENROLLED" } } }, bearer(admin));
    expect(sent.body.data?.bulkMailboxAction.succeeded).toBe(1);

    const mine = await dashboard(admin, tenant.domainId);
    expect(mine).toMatchObject({ domainId: tenant.domainId, domainName: tenant.domainName, mailboxes: 3, enrolled: 2, notEnrolled: 1, locked: 1, remindersSent: 1 });
    expect(new Date(mine.enforceFrom as string).getTime()).toBe(deadline);
    expect(Date.now() - new Date(mine.lastReminderAt as string).getTime()).toBeLessThan(60_000);
    expect(mine.domains).toEqual([
      { id: tenant.domainId, name: tenant.domainName, policy: "REQUIRED", enforceFrom: new Date(deadline).toISOString(), mailboxes: 3, enrolled: 2, notEnrolled: 1, locked: 1, remindersSent: 1 },
    ]);
    expect(mine.history).toEqual([
      { day: isoDay(Date.now() - 2 * DAY), mailboxes: 3, enrolled: 1, notEnrolled: 2, locked: 0 },
      { day: isoDay(Date.now()), mailboxes: 3, enrolled: 2, notEnrolled: 1, locked: 1 },
    ]);
    expect((await dashboard(admin, tenant.domainId, 1)).history.map((h) => h.day)).toEqual([isoDay(Date.now())]);

    // The whole account: its domains added up (a second, empty domain counts for nothing but a line).
    const second = await t.gql<{ createDomain: { domain: { id: string } } }>(`mutation { createDomain(input: { name: "second-${Date.now()}.example" }) { domain { id } } }`, {}, bearer(admin));
    expect(second.body.errors).toBeUndefined();
    const all = await dashboard(admin, null);
    expect(all).toMatchObject({ domainId: null, domainName: null, mailboxes: 3, enrolled: 2, notEnrolled: 1, locked: 1, remindersSent: 1 });
    expect(new Date(all.enforceFrom as string).getTime()).toBe(deadline);
    expect(all.domains.map((d) => d.id)).toEqual(expect.arrayContaining([tenant.domainId, second.body.data?.createDomain.domain.id]));
    expect(all.history.at(-1)).toEqual({ day: isoDay(Date.now()), mailboxes: 3, enrolled: 2, notEnrolled: 1, locked: 1 });
  });

  it("another account's domain is not found, a signed-out caller is refused, and the chart's range is bounded", async () => {
    const { tenant } = await underDeadline();
    const other = await createTenant(t, "OPTIONAL");
    const stranger = (await login(t, other.adminUsername)).token as string;
    const foreign = await t.gql(DASHBOARD, { id: tenant.domainId }, bearer(stranger));
    expect(codeOf(foreign.body.errors)).toBe("NOT_FOUND");
    expect(foreign.body.data).toBeNull();
    // The stranger's own account view holds none of the first account's domains.
    const own = await dashboard(stranger, null);
    expect(own.domains.map((d) => d.id)).toEqual([other.domainId]);
    const unknown = await t.gql(DASHBOARD, { id: "not-a-domain" }, bearer(stranger));
    expect(codeOf(unknown.body.errors)).toBe("NOT_FOUND");
    const anonymous = await t.gql(DASHBOARD, { id: tenant.domainId });
    expect(codeOf(anonymous.body.errors)).toBe("UNAUTHENTICATED");
    const mailbox = await createMailbox(t, other, "plain");
    const user = (await login(t, mailbox)).token as string;
    expect(codeOf((await t.gql(DASHBOARD, { id: other.domainId }, bearer(user))).body.errors)).toBe("FORBIDDEN");
    for (const days of [0, 367]) expect(codeOf((await t.gql(DASHBOARD, { id: other.domainId, days }, bearer(stranger))).body.errors)).toBe("BAD_USER_INPUT");
  });
});
