import { startSmtpReceiver, type SmtpReceiver } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JobLease } from "#src/modules/jobs/job-lease.js";
import { REMINDER_JOB } from "#src/modules/rollout/reminder-job.js";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, bearer, createMailbox, createTenant, enrolTotp, login, oathtool, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const DAY = 24 * 60 * 60 * 1000;
const SET_POLICY = `mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions } }`;
const OUTBOX = `{ emailOutbox(first: 50) { kind to subject text } }`;
const AUDIT = `query A($a: AuditAction) { auditEvents(first: 100, filter: { action: $a }) { nodes { targetUsername actorUsername detail } } }`;
const BULK = `mutation B($input: BulkMailboxActionInput!) { bulkMailboxAction(input: $input) { requested succeeded refused { username code } } }`;

describe.each(ENGINES)("Force-On deadline reminders on %s", (engine) => {
  let t: TestServer;
  let offset = 0;
  const now = () => Date.now() + offset;
  beforeAll(async () => {
    t = await startTestServer(engine, {}, { now });
  });
  afterAll(async () => t?.close());

  /** A tenant whose domain gets Force-On 14 days ahead: one mailbox without a device, one with, one overridden. */
  async function underDeadline(server: TestServer, days = 14) {
    offset = 0;
    const tenant = await createTenant(server, "OPTIONAL");
    const late = await createMailbox(server, tenant, "late");
    const ready = await createMailbox(server, tenant, "ready");
    await enrolTotp(server, ready);
    const exempt = await createMailbox(server, tenant, "exempt");
    const { secret, verifiedAtMs } = await enrolTotp(server, tenant.adminUsername);
    const step = await login(server, tenant.adminUsername);
    const admin = (await server.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } })).body.data?.completeLogin.token as string;
    const exemptId = ((await login(server, exempt)).user as { id: string }).id;
    await server.gql(`mutation O($u: ID!) { setUserMfaOverride(userId: $u, level: OPTIONAL) { __typename } }`, { u: exemptId }, bearer(admin));
    const deadline = Date.now() + days * DAY;
    const set = await server.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "REQUIRED", enforceFrom: new Date(deadline).toISOString() } }, bearer(admin));
    expect(set.body.errors).toBeUndefined();
    return { tenant, late, admin, deadline };
  }

  const outbox = async (admin: string) => (await t.gql<{ emailOutbox: { kind: string; to: string; subject: string; text: string }[] }>(OUTBOX, {}, bearer(admin))).body.data?.emailOutbox ?? [];

  it("reminds users without a device when the deadline is set, 7 days and 1 day before, and on the day: once each", async () => {
    const { tenant, admin, deadline } = await underDeadline(t);
    const round = () => t.server.services.reminders.round();
    const mine = async () => (await outbox(admin)).filter((e) => e.kind === "MFA_REMINDER");
    expect(await round()).toBe(1);
    expect(await round()).toBe(0);
    const [first] = await mine();
    // The outbox shows what the mailbox got: the domain, the deadline and the link (the recipient is masked).
    expect(first?.text).toContain(tenant.domainName);
    expect(first?.text).toContain(String(new Date(deadline).getUTCFullYear()));
    expect(first?.text).toMatch(/https?:\/\/\S+\/setup/);
    const at = async (moment: number, expected: number) => {
      offset = moment - Date.now();
      expect(await round()).toBe(expected);
    };
    await at(deadline - 7 * DAY - 60_000, 0);
    await at(deadline - 7 * DAY, 1);
    await at(deadline - 2 * DAY, 0);
    await at(deadline - DAY, 1);
    await at(deadline - 1, 0);
    await at(deadline, 1);
    await at(deadline + DAY - 1, 0);
    await at(deadline + DAY, 0);
    expect(await mine()).toHaveLength(4);
    const audit = await t.gql<{ auditEvents: { nodes: { targetUsername: string; detail: string }[] } }>(AUDIT, { a: "MFA_REMINDER_SENT" }, bearer(admin));
    expect(audit.body.data?.auditEvents.nodes.map((n) => JSON.parse(n.detail).reminder)).toEqual(["DAY_OF", "DAY_BEFORE", "WEEK_BEFORE", "SET"]);
  });

  it("one sender across two instances started at once: one takes the lease, and claims keep every reminder single", async () => {
    await underDeadline(t);
    const leases = [new JobLease(t.server.dataSource, REMINDER_JOB, { ttlMs: 60_000 }), new JobLease(t.server.dataSource, REMINDER_JOB, { ttlMs: 60_000 })];
    const held = await Promise.all(leases.map((l) => l.hold()));
    expect(held.filter(Boolean)).toHaveLength(1);
    await Promise.all(leases.map((l) => l.release()));
    // Even two rounds at once (a lease taken over mid-round) send each reminder once.
    const before = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM email_messages")) as { n: number | string }[];
    const sent = await Promise.all([t.server.services.reminders.round(), t.server.services.reminders.round()]);
    const after = (await t.server.dataSource.query("SELECT COUNT(*) AS n FROM email_messages")) as { n: number | string }[];
    const total = sent.reduce((a, b) => a + b, 0);
    expect(Number(after[0]?.n) - Number(before[0]?.n)).toBe(total);
    expect(total).toBeGreaterThanOrEqual(1);
    // Every domain under a deadline has had its reminder: nothing more is due.
    expect(await t.server.services.reminders.round()).toBe(0);
  });

  it("an admin sends reminders now to the not-enrolled set; the enrolled are refused with a code", async () => {
    const { tenant, late, admin } = await underDeadline(t);
    const answer = await t.gql<{ bulkMailboxAction: { requested: number; succeeded: number; refused: { username: string; code: string }[] } }>(
      BULK,
      { input: { domainId: tenant.domainId, action: "SEND_REMINDER", filter: { mfaStatus: "NOT_ENROLLED" } } },
      bearer(admin),
    );
    expect(answer.body.errors).toBeUndefined();
    // late and exempt have no device; exempt's override keeps the schedule away, not an admin's explicit reminder.
    expect(answer.body.data?.bulkMailboxAction).toMatchObject({ requested: 2, succeeded: 2, refused: [] });
    const enrolled = await t.gql<{ bulkMailboxAction: { refused: { code: string }[] } }>(BULK, { input: { domainId: tenant.domainId, action: "SEND_REMINDER", filter: { mfaStatus: "ENROLLED" } } }, bearer(admin));
    expect(enrolled.body.data?.bulkMailboxAction.refused.map((r) => r.code)).toEqual(["CONFLICT:ENROLLED"]);
    const audit = await t.gql<{ auditEvents: { nodes: { targetUsername: string; actorUsername: string | null; detail: string }[] } }>(AUDIT, { a: "MFA_REMINDER_SENT" }, bearer(admin));
    const manual = audit.body.data?.auditEvents.nodes.filter((n) => JSON.parse(n.detail).reminder === "MANUAL") ?? [];
    expect(manual.map((n) => n.targetUsername)).toContain(late);
    expect(manual[0]?.actorUsername).toBe(tenant.adminUsername);
  });

  it("without a deadline there is nothing to remind of", async () => {
    offset = 0;
    const tenant: Tenant = await createTenant(t, "OPTIONAL");
    await createMailbox(t, tenant, "nobody");
    const admin = (await login(t, tenant.adminUsername)).token as string;
    const res = await t.gql<{ bulkMailboxAction: { refused: { code: string }[] } }>(BULK, { input: { domainId: tenant.domainId, action: "SEND_REMINDER" } }, bearer(admin));
    expect(res.body.data?.bulkMailboxAction.refused.map((r) => r.code)).toEqual(["CONFLICT:NO_DEADLINE"]);
  });

  describe("through an SMTP server", () => {
    let receiver: SmtpReceiver;
    let smtp: TestServer;
    beforeAll(async () => {
      receiver = await startSmtpReceiver();
      smtp = await startTestServer(engine, { MAIL_TRANSPORT: "smtp", SMTP_URL: receiver.url(), MAIL_FROM: "security@acme.example", CONSOLE_URL: "https://mfa.acme.example" }, { now });
    });
    afterAll(async () => {
      await smtp?.close();
      await receiver?.close();
    });

    it("the reminder arrives at the mailbox's address, naming the domain, the deadline and the link", async () => {
      const { tenant, late, deadline } = await underDeadline(smtp);
      expect(await smtp.server.services.reminders.round()).toBe(1);
      const [mail] = receiver.received;
      expect(mail?.envelope.to).toEqual([late]);
      expect(mail?.text).toContain(tenant.domainName);
      const d = new Date(deadline);
      expect(mail?.text).toContain(`${d.getUTCDate()} `);
      expect(mail?.text).toContain(String(d.getUTCFullYear()));
      expect(mail?.text).toContain("https://mfa.acme.example/setup");
    });
  });
});
