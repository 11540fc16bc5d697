import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, ME, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ISSUE = `mutation I($input: IssueBypassCodesInput!) { issueBypassCodes(input: $input) { codes expiresAt user { id bypassCodes { count expiresAt } } } }`;
const REVOKE = `mutation R($id: ID!) { revokeBypassCodes(userId: $id) { user { bypassCodes { count expiresAt } } } }`;
const USER = `query U($id: ID!) { user(id: $id) { bypassCodes { count expiresAt } } }`;

type Issued = { codes: string[]; expiresAt: string; user: { id: string; bypassCodes: { count: number; expiresAt: string | null } } };

async function audits(t: TestServer, userId: string, action: string): Promise<Record<string, unknown>[]> {
  const rows: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = ? AND target_user_id = ? ORDER BY created_at", [action, userId]);
  return rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}));
}

async function rest(t: TestServer, method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/v2.0${path}`, {
    method,
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as Record<string, Record<string, unknown>> };
}

describe.each(ENGINES)("helpdesk bypass codes on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  /** A mailbox with an authenticator, and its admin's token. */
  async function enrolled(tenant: Tenant, localPart: string): Promise<{ username: string; userId: string; adminToken: string }> {
    const username = await createMailbox(t, tenant, localPart);
    const { token } = await enrolTotp(t, username);
    const userId = (await t.gql<{ me: { id: string } }>(ME, {}, bearer(token))).body.data?.me.id as string;
    const adminToken = (await login(t, tenant.adminUsername)).token as string;
    return { username, userId, adminToken };
  }

  async function issue(adminToken: string, input: Record<string, unknown>) {
    return t.gql<{ issueBypassCodes: Issued }>(ISSUE, { input: { count: 1, ticket: "HD-1042", reason: "Lost phone", ...input } }, bearer(adminToken));
  }

  async function signIn(username: string, passcode: string) {
    const step1 = await login(t, username);
    return t.gql<{ completeLogin: { token: string; authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode } });
  }

  it("issues codes shown once, signs in with one (once), and audits issue and use with the ticket", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-gql");
    const before = Date.now();
    const res = await issue(adminToken, { userId, count: 3 });
    expect(res.body.errors).toBeUndefined();
    const issued = res.body.data?.issueBypassCodes as Issued;
    expect(issued.codes).toHaveLength(3);
    const expiresAt = new Date(issued.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * 60_000);
    expect(expiresAt).toBeLessThan(Date.now() + 30 * 60_000 + 1_000);
    expect(issued.user.bypassCodes).toEqual({ count: 3, expiresAt: issued.expiresAt });

    // Only hashes are stored.
    const stored: { code_hash: string }[] = await t.server.dataSource.query("SELECT code_hash FROM bypass_codes WHERE user_id = ?", [userId]);
    expect(stored).toHaveLength(3);
    for (const row of stored) for (const code of issued.codes) expect(row.code_hash).not.toContain(code.replace(/-/g, ""));

    const done = await signIn(username, (issued.codes[0] as string).toLowerCase());
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["BYPASS_CODE", "PASSWORD"]);

    const again = await signIn(username, issued.codes[0] as string);
    expect(codeOf(again.body.errors)).toBe("INVALID_PASSCODE");

    const view = await t.gql<{ user: { bypassCodes: { count: number } } }>(USER, { id: userId }, bearer(adminToken));
    expect(view.body.data?.user.bypassCodes.count).toBe(2);

    const [issuedEvent] = await audits(t, userId, "BYPASS_CODES_ISSUED");
    expect(issuedEvent).toMatchObject({ ticket: "HD-1042", reason: "Lost phone", count: 3, validityMinutes: 30 });
    expect(await audits(t, userId, "BYPASS_CODE_USED")).toEqual([{ channel: "GRAPHQL", ticket: "HD-1042" }]);
    const events: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE target_user_id = ?", [userId]);
    for (const e of events) for (const code of issued.codes) expect(e.detail ?? "").not.toContain(code);
  });

  it("a new batch replaces the previous one", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-replace");
    const first = (await issue(adminToken, { userId, count: 2 })).body.data?.issueBypassCodes as Issued;
    const second = (await issue(adminToken, { userId, count: 1, validityMinutes: 60 })).body.data?.issueBypassCodes as Issued;
    expect(second.user.bypassCodes.count).toBe(1);
    expect(codeOf((await signIn(username, first.codes[0] as string)).body.errors)).toBe("INVALID_PASSCODE");
    expect((await signIn(username, second.codes[0] as string)).body.errors).toBeUndefined();
    expect((await audits(t, userId, "BYPASS_CODES_ISSUED"))[1]).toMatchObject({ replaced: 2, validityMinutes: 60 });
  });

  it("the same code sent in parallel on 10 sign-ins yields exactly one session", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-race");
    const [code] = ((await issue(adminToken, { userId })).body.data?.issueBypassCodes as Issued).codes;
    const challenges: Record<string, unknown>[] = [];
    // Opened one after the other (the password step throttles bursts); each is a separate sign-in.
    for (let i = 0; i < 10; i++) challenges.push(await login(t, username));
    const answers = await Promise.all(
      challenges.map((c) => t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: c.challengeId, passcode: code } })),
    );
    expect(answers.filter((a) => a.body.data?.completeLogin.token)).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a.body.errors) === "INVALID_PASSCODE")).toHaveLength(9);
    expect(await audits(t, userId, "BYPASS_CODE_USED")).toHaveLength(1);
    // Replays of a right code are refused but not held against the user.
    const [row] = (await t.server.dataSource.query("SELECT mfa_failures FROM users WHERE id = ?", [userId])) as { mfa_failures: number | string }[];
    expect(Number(row?.mfa_failures)).toBe(0);
  });

  it("refuses an expired code and no longer counts it", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-expiry");
    const [code] = ((await issue(adminToken, { userId, validityMinutes: 1 })).body.data?.issueBypassCodes as Issued).codes;
    await t.server.dataSource.query("UPDATE bypass_codes SET expires_at = ? WHERE user_id = ?", [Date.now() - 1, userId]);
    expect(codeOf((await signIn(username, code as string)).body.errors)).toBe("INVALID_PASSCODE");
    const view = await t.gql<{ user: { bypassCodes: { count: number; expiresAt: string | null } } }>(USER, { id: userId }, bearer(adminToken));
    expect(view.body.data?.user.bypassCodes).toEqual({ count: 0, expiresAt: null });
  });

  it("revokes a user's codes, audited with the ticket", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-revoke");
    const [code] = ((await issue(adminToken, { userId, count: 2, ticket: "HD-7" })).body.data?.issueBypassCodes as Issued).codes;
    const revoked = await t.gql<{ revokeBypassCodes: { user: { bypassCodes: { count: number } } } }>(REVOKE, { id: userId }, bearer(adminToken));
    expect(revoked.body.data?.revokeBypassCodes.user.bypassCodes.count).toBe(0);
    expect(codeOf((await signIn(username, code as string)).body.errors)).toBe("INVALID_PASSCODE");
    expect(await audits(t, userId, "BYPASS_CODES_REVOKED")).toEqual([{ username, ticket: "HD-7", revoked: 2 }]);
  });

  it("counts wrong codes in the shared lockout: the 7th locks, and a valid code is then refused", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-lock");
    const [code] = ((await issue(adminToken, { userId })).body.data?.issueBypassCodes as Issued).codes;
    const step1 = await login(t, username);
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: `ABCD-EFGH-JKMN-PQR${i}` } });
      answers.push(codeOf(res.body.errors) as string | undefined);
    }
    expect(answers).toEqual([...Array(6).fill("INVALID_PASSCODE"), "ACCOUNT_LOCKED"]);
    expect(codeOf((await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } })).body.errors)).toBe("ACCOUNT_LOCKED");
    const view = await t.gql<{ user: { bypassCodes: { count: number } } }>(USER, { id: userId }, bearer(adminToken));
    expect(view.body.data?.user.bypassCodes.count).toBe(1);
  });

  it("a reset of the user's MFA revokes their bypass codes: once they enrol again, a code issued before no longer signs in", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-reset");
    const [code] = ((await issue(adminToken, { userId, count: 2, ticket: "HD-31" })).body.data?.issueBypassCodes as Issued).codes;
    const reset = await t.gql<{ resetUserMfa: { user: { bypassCodes: { count: number } } } }>(
      `mutation R($id: ID!) { resetUserMfa(userId: $id) { user { bypassCodes { count } } } }`,
      { id: userId },
      bearer(adminToken),
    );
    expect(reset.body.errors).toBeUndefined();
    expect(reset.body.data?.resetUserMfa.user.bypassCodes.count).toBe(0);
    expect(await t.server.dataSource.query("SELECT id FROM bypass_codes WHERE user_id = ?", [userId])).toEqual([]);
    expect(await audits(t, userId, "MFA_RESET")).toEqual([expect.objectContaining({ devicesRemoved: 1, bypassCodesRevoked: 2 })]);

    await enrolTotp(t, username);
    expect(codeOf((await signIn(username, code as string)).body.errors)).toBe("INVALID_PASSCODE");
    expect(await audits(t, userId, "BYPASS_CODE_USED")).toEqual([]);
  });

  it("a bypass code is for signing in only: it proves nothing at a step-up, and a sign-in with one gives no recent proof for weakening changes", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-stepup");
    const codes = ((await issue(adminToken, { userId, count: 2 })).body.data?.issueBypassCodes as Issued).codes;
    const REAUTH = `mutation R($code: String!) { reauthenticate(input: { passcode: $code }) { validUntil } }`;
    const MFA_OFF = `mutation { setMfaEnabled(enabled: false) { security { mfaEnabled } } }`;
    const REMOVE_ALL = `mutation { removeAllDevices { security { devices { id } } } }`;

    const done = await signIn(username, codes[0] as string);
    expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["BYPASS_CODE", "PASSWORD"]);
    const token = done.body.data?.completeLogin.token as string;
    // Signed in, but the sign-in is no recent proof: factors stay as they are.
    for (const change of [MFA_OFF, REMOVE_ALL, `mutation { generateRecoveryCodes(quantity: 2) { codes } }`, `mutation { enrollTotp(input: { name: "Another" }) { secret } }`]) {
      expect(codeOf((await t.gql(change, {}, bearer(token))).body.errors), change).toBe("RECENT_AUTH_REQUIRED");
    }
    // Nor does the other bypass code prove it is them; it is not spent by the attempt.
    expect(codeOf((await t.gql(REAUTH, { code: codes[1] }, bearer(token))).body.errors)).toBe("INVALID_PASSCODE");
    expect(codeOf((await t.gql(MFA_OFF, {}, bearer(token))).body.errors)).toBe("RECENT_AUTH_REQUIRED");
    const view = await t.gql<{ user: { bypassCodes: { count: number } } }>(USER, { id: userId }, bearer(adminToken));
    expect(view.body.data?.user.bypassCodes.count).toBe(1);
    const me = await t.gql<{ me: { security: { mfaEnabled: boolean; devices: unknown[] } } }>(ME, {}, bearer(token));
    expect(me.body.data?.me.security).toMatchObject({ mfaEnabled: true, devices: [expect.anything()] });
    // The code still signs in.
    expect((await signIn(username, codes[1] as string)).body.errors).toBeUndefined();
  });

  it("validates count, validity, ticket and reason", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { userId, adminToken } = await enrolled(tenant, "bp-validate");
    for (const input of [{ count: 0 }, { count: 11 }, { validityMinutes: 0 }, { validityMinutes: 3 * 24 * 60 + 1 }, { ticket: "" }, { reason: "" }, { ticket: "x".repeat(65) }]) {
      expect(codeOf((await issue(adminToken, { userId, ...input })).body.errors)).toBe("BAD_USER_INPUT");
    }
    expect((await issue(adminToken, { userId, validityMinutes: 3 * 24 * 60, count: 10 })).body.errors).toBeUndefined();
  });

  it("refuses another account's admin (audited) and a mailbox", async () => {
    const mine = await createTenant(t, "OPTIONAL");
    const other = await createTenant(t, "OPTIONAL");
    const { username, userId } = await enrolled(mine, "bp-tenant");
    const otherAdmin = (await login(t, other.adminUsername)).token as string;
    expect(codeOf((await issue(otherAdmin, { userId })).body.errors)).toBe("NOT_FOUND");
    expect(codeOf((await t.gql(REVOKE, { id: userId }, bearer(otherAdmin))).body.errors)).toBe("NOT_FOUND");
    const denied: { detail: string }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = 'ACCESS_DENIED' AND account_id = ?", [other.accountId]);
    expect(denied.map((d) => JSON.parse(d.detail) as Record<string, unknown>)).toEqual(
      expect.arrayContaining([expect.objectContaining({ operation: "issueBypassCodes", reason: "NOT_IN_ACCOUNT", targetId: userId })]),
    );
    const viaRest = await rest(t, "POST", `/users/${userId}/RAX-AUTH/multi-factor/bypass-codes`, { "RAX-AUTH:bypassCodes": { validityDuration: "PT30M" }, numberOfCodes: "1", ticket: "HD-1" }, { "x-auth-token": otherAdmin });
    expect(viaRest.status).toBe(404);
    expect(viaRest.body.itemNotFound?.code).toBe(404);

    const self = (await login(t, username)) as { challengeId?: string };
    expect(self.challengeId).toBeDefined();
    const mailbox = await createMailbox(t, mine, "bp-peer");
    const peerToken = (await login(t, mailbox)).token as string;
    expect(codeOf((await issue(peerToken, { userId })).body.errors)).toBe("FORBIDDEN");
    expect(await t.server.dataSource.query("SELECT id FROM bypass_codes WHERE user_id = ?", [userId])).toEqual([]);
  });

  it("REST: issues in the Identity shape and signs in with X-SessionId", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, adminToken } = await enrolled(tenant, "bp-rest");
    const path = `/users/${userId}/RAX-AUTH/multi-factor/bypass-codes`;

    const noTicket = await rest(t, "POST", path, { "RAX-AUTH:bypassCodes": { validityDuration: "PT30M" }, numberOfCodes: "1" }, { "x-auth-token": adminToken });
    expect(noTicket.status).toBe(400);
    expect(noTicket.body.badRequest?.code).toBe(400);
    const badDuration = await rest(t, "POST", path, { "RAX-AUTH:bypassCodes": { validityDuration: "P4D" }, ticket: "HD-2", reason: "r" }, { "x-auth-token": adminToken });
    expect(badDuration.status).toBe(400);
    const badCount = await rest(t, "POST", path, { "RAX-AUTH:bypassCodes": { numberOfCodes: 11 }, ticket: "HD-2", reason: "r" }, { "x-auth-token": adminToken });
    expect(badCount.status).toBe(400);

    // numberOfCodes inside the object, as a number; the ticket from the header.
    const inside = await rest(t, "POST", path, { "RAX-AUTH:bypassCodes": { validityDuration: "PT45M", numberOfCodes: 2, reason: "Travelling" } }, { "x-auth-token": adminToken, "x-ticket-reference": "HD-9" });
    expect(inside.status).toBe(200);
    expect((inside.body["RAX-AUTH:bypassCodes"]?.codes as string[]).length).toBe(2);
    expect(inside.body["RAX-AUTH:bypassCodes"]?.validityDuration).toBe("PT45M");

    // The docs' shape: numberOfCodes beside the object, as a string.
    const res = await rest(t, "POST", path, { "RAX-AUTH:bypassCodes": { validityDuration: "PT30M" }, numberOfCodes: "1", ticket: "HD-10", reason: "Lost phone" }, { "x-auth-token": adminToken });
    expect(res.status).toBe(200);
    const codes = res.body["RAX-AUTH:bypassCodes"]?.codes as string[];
    expect(codes).toHaveLength(1);
    expect(res.body["RAX-AUTH:bypassCodes"]?.validityDuration).toBe("PT30M");

    const step1 = await rest(t, "POST", "/tokens", { auth: { passwordCredentials: { username, password: "correct horse battery staple" } } });
    expect(step1.status).toBe(401);
    const sessionId = /sessionId='([^']+)'/.exec(step1.headers.get("www-authenticate") ?? "")?.[1] as string;
    const step2 = await rest(t, "POST", "/tokens", { auth: { "RAX-AUTH:passcodeCredentials": { passcode: codes[0] } } }, { "x-sessionid": sessionId });
    expect(step2.status).toBe(200);
    expect((step2.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(["BYPASS_CODE", "PASSWORD"]);
    expect(await audits(t, userId, "BYPASS_CODE_USED")).toEqual([{ channel: "REST", ticket: "HD-10" }]);

    const revoke = await rest(t, "DELETE", path, undefined, { "x-auth-token": adminToken });
    expect(revoke.status).toBe(204);
    const user = await t.gql<{ user: { bypassCodes: { count: number } } }>(USER, { id: userId }, bearer(adminToken));
    expect(user.body.data?.user.bypassCodes.count).toBe(0);
  });
});
