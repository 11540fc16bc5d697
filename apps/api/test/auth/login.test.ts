import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, ENROLL_TOTP, LOGIN, ME, PASSWORD, VERIFY, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe.each(ENGINES)("two-step login on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("signs in with the password alone while MFA is off for the user", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "plain");
    const result = await login(t, username);
    expect(result.__typename).toBe("LoginSuccess");
    expect(result.authenticatedBy).toEqual(["PASSWORD"]);
    const me = await t.gql<{ me: { username: string } }>(ME, {}, bearer(result.token as string));
    expect(me.body.data?.me.username).toBe(username);
  });

  it("answers a wrong password and an unknown user alike", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "wrongpw");
    const wrong = await t.gql(LOGIN, { input: { username, password: "not the password" } });
    const unknown = await t.gql(LOGIN, { input: { username: `nobody@${tenant.domainName}`, password: "not the password" } });
    expect(codeOf(wrong.body.errors)).toBe("INVALID_CREDENTIALS");
    expect(codeOf(unknown.body.errors)).toBe("INVALID_CREDENTIALS");
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
  });

  it("enrols an authenticator with the secret and an oathtool code, then signs in with two steps", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "totp");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const step1 = await login(t, username);
    expect(step1.__typename).toBe("MfaChallenge");
    const factors = step1.factors as { kind: string; isDefault: boolean }[];
    expect(factors[0]).toMatchObject({ kind: "TOTP", isDefault: true });

    const code = oathtool(secret, verifiedAtMs + 30_000);
    const step2 = await t.gql<{ completeLogin: { token: string; authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } });
    expect(step2.body.errors).toBeUndefined();
    expect(step2.body.data?.completeLogin.authenticatedBy).toEqual(["OTPPASSCODE", "PASSWORD"]);
    const me = await t.gql<{ me: { security: { mfaEnabled: boolean; devices: { verified: boolean }[] } } }>(ME, {}, bearer(step2.body.data?.completeLogin.token as string));
    expect(me.body.data?.me.security.mfaEnabled).toBe(true);
    expect(me.body.data?.me.security.devices).toHaveLength(1);

    // Replay: the accepted code is refused on a new challenge, and so is the older one.
    const again = await login(t, username);
    const replay = await t.gql(COMPLETE, { input: { challengeId: again.challengeId, passcode: code } });
    expect(codeOf(replay.body.errors)).toBe("INVALID_PASSCODE");
    const older = await t.gql(COMPLETE, { input: { challengeId: again.challengeId, passcode: oathtool(secret, verifiedAtMs) } });
    expect(codeOf(older.body.errors)).toBe("INVALID_PASSCODE");
  });

  it("shows the secret only at enrolment: no query returns it afterwards", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "secretonce");
    const { secret, token } = await enrolTotp(t, username);
    const me = await t.gql(ME, {}, bearer(token));
    expect(JSON.stringify(me.body)).not.toContain(secret);
  });

  it("refuses a challenge after it was completed, and a made-up one", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "single");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    const ok = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    expect(ok.body.errors).toBeUndefined();
    const reuse = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "123456" } });
    expect(codeOf(reuse.body.errors)).toBe("LOGIN_EXPIRED");
    const fake = await t.gql(COMPLETE, { input: { challengeId: "A".repeat(43), passcode: "123456" } });
    expect(codeOf(fake.body.errors)).toBe("LOGIN_EXPIRED");
  });

  it("under REQUIRED with no device, yields a setup-only session that can do nothing but enrol", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const username = await createMailbox(t, tenant, "forced");
    const step1 = await login(t, username);
    expect(step1.__typename).toBe("MfaSetupRequired");
    const setupToken = step1.token as string;

    // (The demo outbox stays readable: it stands in for the phone being enrolled.)
    for (const query of [ME, `mutation { generateRecoveryCodes(quantity: 2) { codes } }`, `mutation { setMfaEnabled(enabled: false) { security { policy } } }`, `mutation { removeAllDevices { security { policy } } }`]) {
      const res = await t.gql(query, {}, bearer(setupToken));
      expect(codeOf(res.body.errors), query).toBe("MFA_SETUP_REQUIRED");
    }

    const enrolled = await t.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, {}, bearer(setupToken));
    const secret = enrolled.body.data?.enrollTotp.secret as string;
    const verified = await t.gql<{ verifyDevice: { token: string } }>(
      VERIFY,
      { input: { deviceId: enrolled.body.data?.enrollTotp.device.id, code: oathtool(secret) } },
      bearer(setupToken),
    );
    const fullToken = verified.body.data?.verifyDevice.token as string;
    expect(fullToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await t.gql<{ me: { security: { policy: string } } }>(ME, {}, bearer(fullToken));
    expect(me.body.data?.me.security.policy).toBe("REQUIRED");
    const old = await t.gql(ME, {}, bearer(setupToken));
    expect(codeOf(old.body.errors)).toBe("UNAUTHENTICATED");
  });

  it("locks after the 7th consecutive wrong code; then even the right code is refused", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "lockme");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "000000" } });
      codes.push(codeOf(res.body.errors));
    }
    expect(codes).toEqual([...Array(6).fill("INVALID_PASSCODE"), "ACCOUNT_LOCKED"]);
    const right = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    expect(codeOf(right.body.errors)).toBe("ACCOUNT_LOCKED");
  });

  it("tells how many wrong codes are left before the lock (extensions.attemptsLeft), a replay the same as a wrong code", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "attemptsleft");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const first = await login(t, username);
    const used = oathtool(secret, verifiedAtMs + 30_000);
    expect((await t.gql(COMPLETE, { input: { challengeId: first.challengeId, passcode: used } })).body.errors).toBeUndefined();
    const step1 = await login(t, username);
    const left: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "000000" } });
      expect(codeOf(res.body.errors)).toBe("INVALID_PASSCODE");
      left.push(res.body.errors?.[0]?.extensions?.["attemptsLeft"]);
    }
    expect(left).toEqual([6, 5, 4]);
    // A code already spent is refused like a wrong one, with the same extension, and costs nothing.
    const replay = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: used } });
    expect(codeOf(replay.body.errors)).toBe("INVALID_PASSCODE");
    expect(replay.body.errors?.[0]?.extensions?.["attemptsLeft"]).toBe(4);
    // A wrong password proves nothing and tells nothing of the counter.
    const wrongPassword = await t.gql(LOGIN, { input: { username, password: "not the password" } });
    expect(codeOf(wrongPassword.body.errors)).toBe("INVALID_CREDENTIALS");
    expect(wrongPassword.body.errors?.[0]?.extensions?.["attemptsLeft"]).toBeUndefined();
  });

  it("resets the failure counter after a success", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "reset");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    for (let i = 0; i < 6; i++) await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "000000" } });
    const ok = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    expect(ok.body.errors).toBeUndefined();
    const step2 = await login(t, username);
    for (let i = 0; i < 6; i++) {
      const res = await t.gql(COMPLETE, { input: { challengeId: step2.challengeId, passcode: "000000" } });
      expect(codeOf(res.body.errors)).toBe("INVALID_PASSCODE");
    }
  });

  it("throttles password guessing after five failures", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "guessme");
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.gql(LOGIN, { input: { username, password: `guess-${i}` } });
      answers.push(codeOf(res.body.errors));
    }
    expect(answers.slice(0, 5)).toEqual(Array(5).fill("INVALID_CREDENTIALS"));
    expect(answers.slice(5)).toContain("RATE_LIMITED");
    const right = await t.gql(LOGIN, { input: { username, password: PASSWORD } });
    expect(codeOf(right.body.errors)).toBe("RATE_LIMITED");
  });

  it("refuses a locked account at the password step too, even where the policy no longer asks for a code", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "lockedpw");
    await enrolTotp(t, username);
    const step1 = await login(t, username);
    for (let i = 0; i < 7; i++) await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: "000000" } });
    await t.server.dataSource.query("UPDATE domains SET mfa_policy = 'OFF' WHERE id = ?", [tenant.domainId]);
    const res = await t.gql(LOGIN, { input: { username, password: PASSWORD } });
    expect(codeOf(res.body.errors)).toBe("ACCOUNT_LOCKED");
  });

  it("turning MFA on ends the user's other sessions", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "othersessions");
    const elsewhere = (await login(t, username)).token as string;
    await enrolTotp(t, username);
    const res = await t.gql(ME, {}, bearer(elsewhere));
    expect(codeOf(res.body.errors)).toBe("UNAUTHENTICATED");
  });
});
