import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { auditCount } from "../api-keys/key-fixtures.js";
import { SAFARI_IPHONE, SIGN_OUT_ONE, SIGN_OUT_OTHERS, WHO, answerTo, currentId, mySessions, signIn } from "./sessions-fixtures.js";

describe.each(ENGINES)("a person's own sessions on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  async function userIdOf(token: string): Promise<string> {
    const res = await t.gql<{ me: { id: string } }>(WHO, {}, bearer(token));
    return res.body.data?.me.id as string;
  }

  it("lists each live session with its browser, address, times and how it was proven, and marks the current one", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "lister");
    const laptop = await signIn(t, user);
    const phone = await signIn(t, user, SAFARI_IPHONE);

    const seen = await mySessions(t, laptop);
    expect(seen).toHaveLength(2);
    const [first, second] = seen;
    expect(seen.filter((s) => s.current)).toHaveLength(1);
    const mine = seen.find((s) => s.current);
    const other = seen.find((s) => !s.current);
    expect(mine).toMatchObject({ browser: "Chrome 156", os: "Linux", deviceType: "DESKTOP", signInMethods: ["PASSWORD"], mfaPassed: false, setupOnly: false });
    expect(other).toMatchObject({ browser: "Safari 17", deviceType: "MOBILE", signInMethods: ["PASSWORD"] });
    expect(mine?.ipAddress).toMatch(/127\.0\.0\.1/);
    // This session leads its own list.
    expect(first?.current).toBe(true);
    expect(second?.current).toBe(false);
    expect(Date.parse(mine?.signedInAt ?? "")).toBeLessThanOrEqual(Date.now());
    // The other browser sees the same two, with itself as the current one.
    const fromPhone = await mySessions(t, phone);
    expect(fromPhone.find((s) => s.current)?.id).toBe(other?.id);
  });

  it("says a second factor proved the session: password, then an authenticator code", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "prover");
    const { secret, verifiedAtMs } = await enrolTotp(t, user);
    const step1 = await login(t, user);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    const token = done.body.data?.completeLogin.token as string;
    const current = (await mySessions(t, token)).find((s) => s.current);
    expect(current).toMatchObject({ signInMethods: ["PASSWORD", "AUTHENTICATOR_CODE"], mfaPassed: true });
  });

  it("signs out one other session: its next request is told SIGNED_OUT_ELSEWHERE, and it is audited", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "ender");
    const mine = await signIn(t, user);
    const theirs = await signIn(t, user, SAFARI_IPHONE);
    const theirId = await currentId(t, theirs);

    const res = await t.gql<{ signOutSession: { signedOut: number; sessions: { id: string; current: boolean }[] } }>(SIGN_OUT_ONE, { id: theirId }, bearer(mine));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.signOutSession.signedOut).toBe(1);
    expect(res.body.data?.signOutSession.sessions.map((s) => s.current)).toEqual([true]);
    expect(await answerTo(t, theirs)).toEqual({ code: "UNAUTHENTICATED", reason: "SIGNED_OUT_ELSEWHERE" });
    expect(await answerTo(t, mine)).toEqual({ code: "OK", reason: undefined });
    expect(await auditCount(t, await userIdOf(mine), "SESSION_SIGNED_OUT")).toBe(1);
  });

  it("refuses to end the current session this way (CURRENT_SESSION), and an unknown or malformed id is NOT_FOUND", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "self");
    const mine = await signIn(t, user);
    const myId = await currentId(t, mine);
    expect(codeOf((await t.gql(SIGN_OUT_ONE, { id: myId }, bearer(mine))).body.errors)).toBe("CURRENT_SESSION");
    expect(codeOf((await t.gql(SIGN_OUT_ONE, { id: "00000000-0000-4000-8000-000000000000" }, bearer(mine))).body.errors)).toBe("NOT_FOUND");
    expect(codeOf((await t.gql(SIGN_OUT_ONE, { id: "not-an-id" }, bearer(mine))).body.errors)).toBe("NOT_FOUND");
    expect(await answerTo(t, mine)).toEqual({ code: "OK", reason: undefined });
  });

  it("a session of another user (same domain, or another account) cannot be ended and is not listed", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const other = await createTenant(t, "OPTIONAL");
    const alice = await signIn(t, await createMailbox(t, tenant, "alice"));
    const bob = await signIn(t, await createMailbox(t, tenant, "bob"));
    const carol = await signIn(t, await createMailbox(t, other, "carol"));
    for (const victim of [bob, carol]) {
      const id = await currentId(t, victim);
      const res = await t.gql(SIGN_OUT_ONE, { id }, bearer(alice));
      expect(codeOf(res.body.errors)).toBe("NOT_FOUND");
      expect(await answerTo(t, victim)).toEqual({ code: "OK", reason: undefined });
      expect((await mySessions(t, alice)).map((s) => s.id)).not.toContain(id);
    }
  });

  it("the same sign-out sent 10 times in parallel ends the session once and is audited once", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "racer");
    const mine = await signIn(t, user);
    const theirs = await signIn(t, user);
    const theirId = await currentId(t, theirs);
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.gql(SIGN_OUT_ONE, { id: theirId }, bearer(mine))));
    const ok = answers.filter((a) => !a.body.errors);
    expect(ok).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a.body.errors) === "NOT_FOUND")).toHaveLength(9);
    expect(await auditCount(t, await userIdOf(mine), "SESSION_SIGNED_OUT")).toBe(1);
    expect(await answerTo(t, theirs)).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("signs out every other session and keeps the current one", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "others");
    const mine = await signIn(t, user);
    const others = [await signIn(t, user), await signIn(t, user, SAFARI_IPHONE)];
    const res = await t.gql<{ signOutOtherSessions: { signedOut: number; sessions: { current: boolean }[] } }>(SIGN_OUT_OTHERS, {}, bearer(mine));
    expect(res.body.data?.signOutOtherSessions).toEqual({ signedOut: 2, sessions: [{ id: expect.any(String), current: true }] });
    for (const token of others) expect(await answerTo(t, token)).toEqual({ code: "UNAUTHENTICATED", reason: "SIGNED_OUT_ELSEWHERE" });
    expect(await answerTo(t, mine)).toEqual({ code: "OK", reason: undefined });
    expect(await auditCount(t, await userIdOf(mine), "OTHER_SESSIONS_SIGNED_OUT")).toBe(1);
  });

  it("two sessions signing each other out at the same moment leave at most one standing", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "duel");
    const a = await signIn(t, user);
    const b = await signIn(t, user);
    await Promise.all([t.gql(SIGN_OUT_OTHERS, {}, bearer(a)), t.gql(SIGN_OUT_OTHERS, {}, bearer(b))]);
    const answers = [await answerTo(t, a), await answerTo(t, b)];
    const standing = [a, b].filter((_, i) => answers[i]?.code === "OK");
    expect(standing.length).toBeLessThanOrEqual(1);
    for (const token of standing) expect(await mySessions(t, token)).toHaveLength(1);
  });
});

describe.each(ENGINES)("why a session ended, told to its holder, on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("a signed-out token says SIGNED_OUT; a token that never existed says nothing", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const token = await signIn(t, await createMailbox(t, tenant, "leaver"));
    await t.gql("mutation { logout { ok } }", {}, bearer(token));
    expect(await answerTo(t, token)).toEqual({ code: "UNAUTHENTICATED", reason: "SIGNED_OUT" });
    expect(await answerTo(t, `${token.slice(0, -3)}abc`)).toEqual({ code: "UNAUTHENTICATED", reason: undefined });
    expect(await answerTo(t, "nonsense")).toEqual({ code: "UNAUTHENTICATED", reason: undefined });
  });

  it("an idle session says IDLE, one past its twelve hours says EXPIRED", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "sleeper");
    const idle = await signIn(t, user);
    const old = await signIn(t, user);
    const idleId = await currentId(t, idle);
    const oldId = await currentId(t, old);
    // Time passing, as the database sees it.
    await t.server.dataSource.query("UPDATE sessions SET last_seen_at = ? WHERE id = ?", [Date.now() - 31 * 60_000, idleId]);
    await t.server.dataSource.query("UPDATE sessions SET created_at = ?, expires_at = ? WHERE id = ?", [Date.now() - 12 * 3_600_000, Date.now() - 1_000, oldId]);
    expect(await answerTo(t, idle)).toEqual({ code: "UNAUTHENTICATED", reason: "IDLE" });
    expect(await answerTo(t, old)).toEqual({ code: "UNAUTHENTICATED", reason: "EXPIRED" });
  });

  it("the sessions from before a first device was verified say MFA_ENABLED", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await createMailbox(t, tenant, "enabler");
    const before = await signIn(t, user);
    await enrolTotp(t, user);
    expect(await answerTo(t, before)).toEqual({ code: "UNAUTHENTICATED", reason: "MFA_ENABLED" });
  });
});
