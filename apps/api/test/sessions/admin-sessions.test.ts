import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { adminToken, auditCount, createKey } from "../api-keys/key-fixtures.js";
import { SAFARI_IPHONE, SIGN_OUT_EVERYWHERE, USER_SESSIONS, WHO, answerTo, signIn, type Session } from "./sessions-fixtures.js";

describe.each(ENGINES)("an admin's view of a user's sessions on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  async function idOf(token: string): Promise<string> {
    return ((await t.gql<{ me: { id: string } }>(WHO, {}, bearer(token))).body.data?.me.id) as string;
  }

  async function userWithSessions(tenant: Tenant, local: string) {
    const username = await createMailbox(t, tenant, local);
    const tokens = [await signIn(t, username), await signIn(t, username, SAFARI_IPHONE)];
    return { username, tokens, id: await idOf(tokens[0] as string) };
  }

  it("lists the user's live sessions (none is the admin's current one)", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const user = await userWithSessions(tenant, "watched");
    const res = await t.gql<{ userSessions: Session[] }>(USER_SESSIONS, { id: user.id }, bearer(admin));
    expect(res.body.errors).toBeUndefined();
    const sessions = res.body.data?.userSessions ?? [];
    expect(sessions.map((s) => s.browser).sort()).toEqual(["Chrome 156", "Safari 17"]);
    expect(sessions.every((s) => !s.current)).toBe(true);
  });

  it("signs a user out everywhere: each session is told SIGNED_OUT_BY_ADMIN, MFA is untouched, audited", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const username = await createMailbox(t, tenant, "everywhere");
    const { token: enrolled, secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    const other = done.body.data?.completeLogin.token as string;
    const userId = await idOf(enrolled);

    const res = await t.gql<{ signOutEverywhere: { signedOut: number; sessions: unknown[] } }>(SIGN_OUT_EVERYWHERE, { id: userId }, bearer(admin));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.signOutEverywhere).toEqual({ signedOut: 2, sessions: [] });
    for (const token of [enrolled, other]) expect(await answerTo(t, token)).toEqual({ code: "UNAUTHENTICATED", reason: "SIGNED_OUT_BY_ADMIN" });
    // The device is still there: the next sign-in asks for a code.
    expect((await login(t, username)).__typename).toBe("MfaChallenge");
    expect(await auditCount(t, await idOf(admin), "SIGNED_OUT_EVERYWHERE")).toBe(1);
    expect(await answerTo(t, admin)).toEqual({ code: "OK", reason: undefined });
  });

  it("another account's admin gets NOT_FOUND for both, leaves the sessions alone, and the refusal is audited", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const stranger = await createTenant(t, "OPTIONAL");
    const strangerAdmin = await adminToken(t, stranger);
    const user = await userWithSessions(tenant, "guarded");
    expect(codeOf((await t.gql(USER_SESSIONS, { id: user.id }, bearer(strangerAdmin))).body.errors)).toBe("NOT_FOUND");
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.gql(SIGN_OUT_EVERYWHERE, { id: user.id }, bearer(strangerAdmin))));
    expect(answers.map((a) => codeOf(a.body.errors))).toEqual(Array(5).fill("NOT_FOUND"));
    for (const token of user.tokens) expect(await answerTo(t, token)).toEqual({ code: "OK", reason: undefined });
    expect(await auditCount(t, await idOf(strangerAdmin), "ACCESS_DENIED")).toBe(6);
    expect(await auditCount(t, await idOf(strangerAdmin), "SIGNED_OUT_EVERYWHERE")).toBe(0);
  });

  it("a mailbox user cannot see or end another user's sessions (FORBIDDEN)", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const victim = await userWithSessions(tenant, "victim");
    const peer = await signIn(t, await createMailbox(t, tenant, "peer"));
    expect(codeOf((await t.gql(USER_SESSIONS, { id: victim.id }, bearer(peer))).body.errors)).toBe("FORBIDDEN");
    expect(codeOf((await t.gql(SIGN_OUT_EVERYWHERE, { id: victim.id }, bearer(peer))).body.errors)).toBe("FORBIDDEN");
    for (const token of victim.tokens) expect(await answerTo(t, token)).toEqual({ code: "OK", reason: undefined });
  });

  it("an ADMIN API key signs a user out everywhere (audited as the key); a READ key may only look", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const user = await userWithSessions(tenant, "keyed");
    const readKey = await createKey(t, admin, { name: "reader", scope: "READ" });
    const adminKey = await createKey(t, admin, { name: "writer", scope: "ADMIN" });

    expect((await t.gql<{ userSessions: Session[] }>(USER_SESSIONS, { id: user.id }, bearer(readKey.secret))).body.data?.userSessions).toHaveLength(2);
    expect(codeOf((await t.gql(SIGN_OUT_EVERYWHERE, { id: user.id }, bearer(readKey.secret))).body.errors)).toBe("FORBIDDEN");
    for (const token of user.tokens) expect(await answerTo(t, token)).toEqual({ code: "OK", reason: undefined });

    const res = await t.gql<{ signOutEverywhere: { signedOut: number } }>(SIGN_OUT_EVERYWHERE, { id: user.id }, bearer(adminKey.secret));
    expect(res.body.data?.signOutEverywhere.signedOut).toBe(2);
    for (const token of user.tokens) expect(await answerTo(t, token)).toEqual({ code: "UNAUTHENTICATED", reason: "SIGNED_OUT_BY_ADMIN" });
    expect(await auditCount(t, adminKey.id, "SIGNED_OUT_EVERYWHERE")).toBe(1);
  });

  it("an admin's reset of a user's MFA tells the user's sessions MFA_RESET", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const user = await userWithSessions(tenant, "resetme");
    const res = await t.gql("mutation R($id: ID!) { resetUserMfa(userId: $id) { user { id } } }", { id: user.id }, bearer(admin));
    expect(res.body.errors).toBeUndefined();
    for (const token of user.tokens) expect(await answerTo(t, token)).toEqual({ code: "UNAUTHENTICATED", reason: "MFA_RESET" });
  });
});
