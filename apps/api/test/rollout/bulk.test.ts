import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const BULK = `mutation B($input: BulkMailboxActionInput!) { bulkMailboxAction(input: $input) { requested succeeded moreMatching refused { userId username code } } }`;
const MAILBOXES = `query M($d: ID!, $f: MailboxFilter) { mailboxes(domainId: $d, filter: $f, first: 100) { totalCount nodes { id username mfaStatus mfaOverride } } }`;
const AUDIT = `query A($a: AuditAction) { auditEvents(first: 100, filter: { action: $a }) { nodes { targetUsername } } }`;

type Result = { requested: number; succeeded: number; moreMatching: boolean; refused: { userId: string; username: string | null; code: string }[] };

describe.each(ENGINES)("bulk actions on the mailboxes table on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let admin: string;
  const lockedUsers: string[] = [];

  const lock = async (username: string) => {
    await enrolTotp(t, username);
    for (let i = 0; i < 7; i++) {
      const challenge = await login(t, username).catch(() => null);
      if (!challenge?.challengeId) break;
      await t.gql(COMPLETE, { input: { challengeId: challenge.challengeId, passcode: "000000" } });
    }
  };
  const bulk = (input: Record<string, unknown>, token = admin) => t.gql<{ bulkMailboxAction: Result }>(BULK, { input: { domainId: tenant.domainId, ...input } }, bearer(token));
  const table = async (mfaStatus?: string) =>
    (await t.gql<{ mailboxes: { totalCount: number; nodes: { id: string; username: string; mfaStatus: string; mfaOverride: string }[] } }>(MAILBOXES, { d: tenant.domainId, f: mfaStatus ? { mfaStatus } : null }, bearer(admin))).body.data?.mailboxes;

  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    // The admin has MFA of their own: requiring it of others asks that.
    admin = (await enrolTotp(t, tenant.adminUsername)).token;
    for (const name of ["lara", "lena", "lisa"]) {
      const username = await createMailbox(t, tenant, name);
      await lock(username);
      lockedUsers.push(username);
    }
    for (const name of ["omar", "otto"]) await createMailbox(t, tenant, name);
  });
  afterAll(async () => t?.close());

  it("unlocks all mailboxes matching the filter, audited per user", async () => {
    expect((await table("LOCKED"))?.totalCount).toBe(3);
    const answer = await bulk({ action: "UNLOCK", filter: { mfaStatus: "LOCKED" } });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.bulkMailboxAction).toEqual({ requested: 3, succeeded: 3, moreMatching: false, refused: [] });
    expect((await table("LOCKED"))?.totalCount).toBe(0);
    const audit = await t.gql<{ auditEvents: { nodes: { targetUsername: string }[] } }>(AUDIT, { a: "ACCOUNT_UNLOCKED" }, bearer(admin));
    expect(audit.body.data?.auditEvents.nodes.map((n) => n.targetUsername).sort()).toEqual([...lockedUsers].sort());
  });

  it("sets an override on a selection; an id of another account or domain is refused with its code, the rest go on", async () => {
    const rows = (await table())?.nodes ?? [];
    const picked = rows.filter((r) => r.username.startsWith("o")).map((r) => r.id);
    const other = await createTenant(t, "OPTIONAL");
    const stranger = (await login(t, await createMailbox(t, other, "zed"))).user as { id: string };
    const answer = await bulk({ action: "SET_OVERRIDE", level: "REQUIRED", userIds: [...picked, stranger.id] });
    const result = answer.body.data?.bulkMailboxAction;
    expect(result).toMatchObject({ requested: 3, succeeded: 2 });
    expect(result?.refused).toEqual([{ userId: stranger.id, username: null, code: "NOT_FOUND" }]);
    const after = (await table())?.nodes ?? [];
    expect(after.filter((r) => r.mfaOverride === "REQUIRED").map((r) => r.id).sort()).toEqual([...picked].sort());
  });

  it("refuses Required for a selection, as a whole, to an admin without MFA of their own", async () => {
    const other = await createTenant(t, "OPTIONAL");
    const noMfa = (await login(t, other.adminUsername)).token as string;
    const target = (await login(t, await createMailbox(t, other, "ulf"))).user as { id: string };
    const answer = await t.gql(`mutation B($input: BulkMailboxActionInput!) { bulkMailboxAction(input: $input) { succeeded } }`, { input: { domainId: other.domainId, action: "SET_OVERRIDE", level: "REQUIRED", userIds: [target.id] } }, bearer(noMfa));
    expect(codeOf(answer.body.errors)).toBe("FORBIDDEN");
    expect(answer.body.errors?.[0]?.extensions?.reason).toBe("ADMIN_MFA_NOT_SET_UP");
    const rows: { mfa_override: string }[] = await t.server.dataSource.query("SELECT mfa_override FROM users WHERE id = ?", [target.id]);
    expect(rows[0]?.mfa_override).toBe("DEFAULT");
  });

  it("resets MFA of everyone enrolled; the counters follow", async () => {
    expect((await table("ENROLLED"))?.totalCount).toBe(3);
    const answer = await bulk({ action: "RESET_MFA", filter: { mfaStatus: "ENROLLED" } });
    expect(answer.body.data?.bulkMailboxAction).toMatchObject({ requested: 3, succeeded: 3 });
    expect((await table("ENROLLED"))?.totalCount).toBe(0);
    expect((await table("NOT_ENROLLED"))?.totalCount).toBe(5);
  });

  it("refuses a mailbox's session, a level without SET_OVERRIDE, and another account's domain", async () => {
    const mailbox = (await login(t, lockedUsers[0] as string)).token as string;
    expect(codeOf((await bulk({ action: "UNLOCK", userIds: [] }, mailbox)).body.errors)).toBe("FORBIDDEN");
    expect(codeOf((await bulk({ action: "UNLOCK", level: "OPTIONAL", userIds: [] })).body.errors)).toBe("BAD_USER_INPUT");
    expect(codeOf((await bulk({ action: "SET_OVERRIDE", userIds: [] })).body.errors)).toBe("BAD_USER_INPUT");
    const other = await createTenant(t, "OPTIONAL");
    const res = await t.gql(BULK, { input: { domainId: other.domainId, action: "UNLOCK", userIds: [] } }, bearer(admin));
    expect(codeOf(res.body.errors)).toBe("NOT_FOUND");
  });
});
