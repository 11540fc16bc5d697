import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, ENROLL_TOTP, ME, VERIFY, accountTexts, bearer, codeOf, createMailbox, createTenant, enrolTotp, lastTextedCode, login, oathtool } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ADD_PHONE = `mutation Add($input: AddPhoneInput!) { addPhone(input: $input) { device { id kind verified maskedPhone } } }`;
const OUTBOX = `query Outbox($challengeId: String) { smsOutbox(first: 5, challengeId: $challengeId) { to body createdAt } }`;
const SEND = `mutation Send($input: SendLoginPasscodeInput!) { sendLoginPasscode(input: $input) { sentTo } }`;

const codeIn = (body: string) => /(\d{6,8})/.exec(body)?.[1] as string;

describe.each(ENGINES)("second factors on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("adds a phone, verifies it with the texted code, and signs in by SMS", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "sms");
    const first = await login(t, username);
    const token = first.token as string;

    const bad = await t.gql(ADD_PHONE, { input: { country: "US", number: "123", name: "Mobile" } }, bearer(token));
    expect(codeOf(bad.body.errors)).toBe("BAD_USER_INPUT");

    const added = await t.gql<{ addPhone: { device: { id: string; maskedPhone: string; verified: boolean } } }>(
      ADD_PHONE,
      { input: { country: "US", number: "(201) 555-0123", name: "Mobile" } },
      bearer(token),
    );
    const device = added.body.data?.addPhone.device;
    expect(device).toMatchObject({ verified: false, maskedPhone: "+1 *** *** 0123" });

    const anonymous = await t.gql(OUTBOX, {});
    expect(codeOf(anonymous.body.errors)).toBe("UNAUTHENTICATED");
    const asUser = await t.gql(OUTBOX, {}, bearer(token));
    expect(codeOf(asUser.body.errors)).toBe("FORBIDDEN");
    const [message] = await accountTexts(t, tenant, 1);
    expect(message?.to).toBe("+1 *** *** 0123");
    const wrong = await t.gql(VERIFY, { input: { deviceId: device?.id, code: "000000" } }, bearer(token));
    expect(codeOf(wrong.body.errors)).toBe("INVALID_PASSCODE");
    const verified = await t.gql(VERIFY, { input: { deviceId: device?.id, code: codeIn(message?.body ?? ""), makeDefault: true } }, bearer(token));
    expect(verified.body.errors).toBeUndefined();

    const step1 = await login(t, username);
    expect(step1.__typename).toBe("MfaChallenge");
    expect(step1.smsSentTo).toBe("+1 *** *** 0123");
    // The challenge holder reads no text: only the phone (here the admin's outbox page) has the code.
    const byChallenge = await t.gql(OUTBOX, { challengeId: step1.challengeId });
    expect(codeOf(byChallenge.body.errors)).toBe("UNAUTHENTICATED");
    expect(byChallenge.body.data ?? null).toBeNull();
    const code = await lastTextedCode(t, tenant);
    // The seeds' sign-in code: seven digits, valid ten minutes (SMS_PASSCODE_DIGITS, SMS_PASSCODE_TTL_MINUTES).
    expect(code).toMatch(/^\d{7}$/);
    expect((await accountTexts(t, tenant, 1))[0]?.body).toMatch(/10 min/);

    const tooSoon = await t.gql(SEND, { input: { challengeId: step1.challengeId, deviceId: device?.id } });
    expect(codeOf(tooSoon.body.errors)).toBe("RATE_LIMITED");

    const done = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["PASSCODE", "PASSWORD"]);
  });

  it("issues recovery codes that each work once, and a new batch voids the old", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "recovery");
    const { token } = await enrolTotp(t, username);
    const out = await t.gql<{ generateRecoveryCodes: { codes: string[]; text: string } }>(`mutation { generateRecoveryCodes(quantity: 3) { codes text } }`, {}, bearer(token));
    const codes = out.body.data?.generateRecoveryCodes.codes ?? [];
    expect(codes).toHaveLength(3);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(out.body.data?.generateRecoveryCodes.text).toContain(code);
    }
    const tooMany = await t.gql(`mutation { generateRecoveryCodes(quantity: 11) { codes } }`, {}, bearer(token));
    expect(codeOf(tooMany.body.errors)).toBe("BAD_USER_INPUT");

    const step1 = await login(t, username);
    const used = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: (codes[0] as string).toLowerCase() } });
    expect(used.body.errors).toBeUndefined();
    const step2 = await login(t, username);
    const again = await t.gql(COMPLETE, { input: { challengeId: step2.challengeId, passcode: codes[0] } });
    expect(codeOf(again.body.errors)).toBe("INVALID_PASSCODE");

    const me = await t.gql<{ me: { security: { recoveryCodesLeft: number } } }>(ME, {}, bearer(token));
    expect(me.body.data?.me.security.recoveryCodesLeft).toBe(2);
    await t.gql(`mutation { generateRecoveryCodes(quantity: 1) { codes } }`, {}, bearer(token));
    const old = await t.gql(COMPLETE, { input: { challengeId: step2.challengeId, passcode: codes[1] } });
    expect(codeOf(old.body.errors)).toBe("INVALID_PASSCODE");
  });

  it("asks for a recent proof of the strongest factor before sensitive changes: a code, not the password", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "proof");
    const { token, deviceId, secret, verifiedAtMs } = await enrolTotp(t, username);
    await t.server.dataSource.query("UPDATE sessions SET proof_at = ? WHERE revoked_at IS NULL", [Date.now() - 11 * 60_000]);
    const refused = await t.gql(`mutation R($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: deviceId }, bearer(token));
    expect(codeOf(refused.body.errors)).toBe("RECENT_AUTH_REQUIRED");
    const passwordOnly = await t.gql(`mutation { reauthenticate(input: { password: "correct horse battery staple" }) { validUntil } }`, {}, bearer(token));
    expect(codeOf(passwordOnly.body.errors)).toBe("PASSCODE_REQUIRED");
    const stillRefused = await t.gql(`mutation R($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: deviceId }, bearer(token));
    expect(codeOf(stillRefused.body.errors)).toBe("RECENT_AUTH_REQUIRED");
    const wrong = await t.gql(`mutation { reauthenticate(input: { passcode: "000000" }) { validUntil } }`, {}, bearer(token));
    expect(codeOf(wrong.body.errors)).toBe("INVALID_PASSCODE");
    expect(wrong.body.errors?.[0]?.extensions?.["attemptsLeft"]).toBe(6);
    const ok = await t.gql(`mutation R($code: String!) { reauthenticate(input: { passcode: $code }) { validUntil } }`, { code: oathtool(secret, verifiedAtMs + 30_000) }, bearer(token));
    expect(ok.body.errors).toBeUndefined();
    const removed = await t.gql<{ removeDevice: { security: { mfaEnabled: boolean } } }>(`mutation R($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: deviceId }, bearer(token));
    expect(removed.body.data?.removeDevice.security.mfaEnabled).toBe(false);
  });

  it("keeps users apart: nobody can see, verify or remove another user's device", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const alice = await createMailbox(t, tenant, "alice");
    const mallory = await createMailbox(t, tenant, "mallory");
    const { deviceId } = await enrolTotp(t, alice);
    const malloryToken = (await login(t, mallory)).token as string;
    for (const [query, variables] of [
      [`mutation R($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: deviceId }],
      [`mutation R($id: ID!) { setDefaultDevice(deviceId: $id) { device { id } } }`, { id: deviceId }],
      [VERIFY, { input: { deviceId, code: "123456" } }],
    ] as const) {
      const res = await t.gql(query, variables, bearer(malloryToken));
      expect(codeOf(res.body.errors)).toBe("NOT_FOUND");
    }
  });

  it("logs out: the token stops working; the console's cookie is HttpOnly and SameSite", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "cookie");
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(input: { username: "${username}", password: "correct horse battery staple", cookie: true }) { ... on LoginSuccess { token } } }` }),
    });
    const body = (await res.json()) as { data: { login: { token: string | null } } };
    expect(body.data.login.token).toBeNull();
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^mfa_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const sessionCookie = cookie.split(";")[0] as string;
    const me = await t.gql(ME, {}, { cookie: sessionCookie });
    expect(me.body.errors).toBeUndefined();
    const out = await t.gql(`mutation { logout { ok } }`, {}, { cookie: sessionCookie });
    expect(out.body.errors).toBeUndefined();
    const after = await t.gql(ME, {}, { cookie: sessionCookie });
    expect(codeOf(after.body.errors)).toBe("UNAUTHENTICATED");
  });

  it("makes a new authenticator the default unless the user clears the box", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "defaults");
    const first = await enrolTotp(t, username);
    const token = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: (await login(t, username)).challengeId, passcode: oathtool(first.secret, first.verifiedAtMs + 30_000) } })).body.data?.completeLogin.token as string;
    const enrolAndVerify = async (name: string, makeDefault?: boolean) => {
      const enrolled = await t.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(`mutation E($name: String!) { enrollTotp(input: { name: $name }) { secret device { id } } }`, { name }, bearer(token));
      const payload = enrolled.body.data?.enrollTotp;
      if (!payload) throw new Error(JSON.stringify(enrolled.body.errors));
      const input = { deviceId: payload.device.id, code: oathtool(payload.secret), ...(makeDefault === undefined ? {} : { makeDefault }) };
      const verified = await t.gql<{ verifyDevice: { device: { id: string; isDefault: boolean } } }>(VERIFY, { input }, bearer(token));
      if (!verified.body.data) throw new Error(JSON.stringify(verified.body.errors));
      return verified.body.data.verifyDevice.device;
    };
    expect(await enrolAndVerify("Tablet")).toMatchObject({ isDefault: true });
    expect(await enrolAndVerify("Spare", false)).toMatchObject({ isDefault: false });
    const me = await t.gql<{ me: { security: { devices: { id: string; isDefault: boolean }[] } } }>(ME, {}, bearer(token));
    expect(me.body.data?.me.security.devices.filter((d) => d.isDefault)).toHaveLength(1);
    expect(me.body.data?.me.security.devices.find((d) => d.id === first.deviceId)?.isDefault).toBe(false);
  });

  it("ends idle sessions after 30 minutes", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "idle");
    const token = (await login(t, username)).token as string;
    await t.server.dataSource.query("UPDATE sessions SET last_seen_at = ? WHERE user_id = (SELECT id FROM users WHERE username = ?)", [Date.now() - 31 * 60_000, username]);
    const me = await t.gql(ME, {}, bearer(token));
    expect(codeOf(me.body.errors)).toBe("UNAUTHENTICATED");
  });

  it("ends sessions at their 12-hour absolute expiry, however active", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "absolute");
    const token = (await login(t, username)).token as string;
    await t.server.dataSource.query("UPDATE sessions SET expires_at = ? WHERE user_id = (SELECT id FROM users WHERE username = ?)", [Date.now() - 1, username]);
    const me = await t.gql(ME, {}, bearer(token));
    expect(codeOf(me.body.errors)).toBe("UNAUTHENTICATED");
  });

  it("refuses to turn MFA off under REQUIRED and to set it up under OFF", async () => {
    const required = await createTenant(t, "REQUIRED");
    const forced = await createMailbox(t, required, "forcedoff");
    const setup = await login(t, forced);
    const enrolled = await t.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(`mutation { enrollTotp(input: { name: "App" }) { secret device { id } } }`, {}, bearer(setup.token as string));
    const v = await t.gql<{ verifyDevice: { token: string } }>(VERIFY, { input: { deviceId: enrolled.body.data?.enrollTotp.device.id, code: oathtool(enrolled.body.data?.enrollTotp.secret as string) } }, bearer(setup.token as string));
    const off = await t.gql(`mutation { setMfaEnabled(enabled: false) { security { mfaEnabled } } }`, {}, bearer(v.body.data?.verifyDevice.token as string));
    expect(codeOf(off.body.errors)).toBe("FORBIDDEN");

    const disabled = await createTenant(t, "OFF");
    const plain = await createMailbox(t, disabled, "nomfa");
    const token = (await login(t, plain)).token as string;
    const refused = await t.gql(`mutation { enrollTotp(input: { name: "App" }) { secret } }`, {}, bearer(token));
    expect(codeOf(refused.body.errors)).toBe("FORBIDDEN");
  });
  it("never makes one phone the default and the backup at once", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "defaultbackup");
    const { token, deviceId: appId } = await enrolTotp(t, username);
    const added = await t.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "US", number: "(201) 555-0142", name: "Mobile" } }, bearer(token));
    const phoneId = added.body.data?.addPhone.device.id as string;
    const verified = await t.gql(VERIFY, { input: { deviceId: phoneId, code: await lastTextedCode(t, tenant), makeDefault: false } }, bearer(token));
    expect(verified.body.errors).toBeUndefined();
    const flags = async () => {
      const me = await t.gql<{ me: { security: { devices: { id: string; isDefault: boolean; isBackup: boolean }[] } } }>(ME, {}, bearer(token));
      return Object.fromEntries((me.body.data?.me.security.devices ?? []).map((d) => [d.id === phoneId ? "phone" : "app", [d.isDefault, d.isBackup]]));
    };
    const setBackup = () => t.gql(`mutation B($id: ID!) { setBackupPhone(deviceId: $id) { device { id isBackup } } }`, { id: phoneId }, bearer(token));
    const setDefault = (id: string) => t.gql(`mutation D($id: ID!) { setDefaultDevice(deviceId: $id) { device { id isDefault isBackup } } }`, { id }, bearer(token));

    expect((await setBackup()).body.errors).toBeUndefined();
    expect(await flags()).toEqual({ app: [true, false], phone: [false, true] });
    // The backup phone made the default is no longer the backup.
    expect((await setDefault(phoneId)).body.errors).toBeUndefined();
    expect(await flags()).toEqual({ app: [false, false], phone: [true, false] });
    // The default phone cannot also be the backup.
    const refused = await setBackup();
    expect(codeOf(refused.body.errors)).toBe("BAD_USER_INPUT");
    expect(await flags()).toEqual({ app: [false, false], phone: [true, false] });
    // A backup phone that becomes the default when the default is removed stops being the backup.
    expect((await setDefault(appId)).body.errors).toBeUndefined();
    expect((await setBackup()).body.errors).toBeUndefined();
    const removed = await t.gql(`mutation R($id: ID!) { removeDevice(deviceId: $id) { security { mfaEnabled } } }`, { id: appId }, bearer(token));
    expect(removed.body.errors).toBeUndefined();
    expect(await flags()).toEqual({ phone: [true, false] });
  });

  it("discards a pending device of its own, in a setup-only session too, and nothing else", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const username = await createMailbox(t, tenant, "discard");
    const other = await createMailbox(t, tenant, "discardother");
    const setupToken = (await login(t, username)).token as string;
    const DISCARD = `mutation X($id: ID!) { discardPendingDevice(deviceId: $id) { deviceId } }`;
    const pending = await t.gql<{ enrollTotp: { device: { id: string } } }>(ENROLL_TOTP, {}, bearer(setupToken));
    const pendingId = pending.body.data?.enrollTotp.device.id as string;
    const second = await t.gql<{ enrollTotp: { device: { id: string } } }>(ENROLL_TOTP, {}, bearer(setupToken));
    const keptId = second.body.data?.enrollTotp.device.id as string;
    // Another user's pending device is not found.
    const otherToken = (await login(t, other)).token as string;
    const foreign = await t.gql(DISCARD, { id: pendingId }, bearer(otherToken));
    expect(codeOf(foreign.body.errors)).toBe("NOT_FOUND");

    const discarded = await t.gql<{ discardPendingDevice: { deviceId: string } }>(DISCARD, { id: pendingId }, bearer(setupToken));
    expect(discarded.body.errors).toBeUndefined();
    expect(discarded.body.data?.discardPendingDevice.deviceId).toBe(pendingId);
    const rows: { id: string }[] = await t.server.dataSource.query("SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id WHERE u.username = ?", [username]);
    expect(rows.map((r) => r.id)).toEqual([keptId]);
    const again = await t.gql(DISCARD, { id: pendingId }, bearer(setupToken));
    expect(codeOf(again.body.errors)).toBe("NOT_FOUND");
    const audit = await t.server.dataSource.query("SELECT action FROM audit_events WHERE account_id = ? AND action = 'DEVICE_SETUP_CANCELLED'", [tenant.accountId]);
    expect(audit).toHaveLength(1);

    // A verified device is a factor: it goes through removeDevice, never through this.
    const app = await enrolTotp(t, await createMailbox(t, await createTenant(t, "OPTIONAL"), "discardverified"));
    const refused = await t.gql(DISCARD, { id: app.deviceId }, bearer(app.token));
    expect(codeOf(refused.body.errors)).toBe("CONFLICT");
  });
});
