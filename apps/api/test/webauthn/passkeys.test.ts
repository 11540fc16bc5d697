import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { ME, bearer, codeOf, createMailbox, createTenant, login } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SoftAuthenticator, WEBAUTHN_ENV } from "../support/soft-authenticator.js";
import { COMPLETE_WITH_PASSKEY, START_REGISTRATION, FINISH_REGISTRATION, auditCount, passwordThenOffer, registerPasskey } from "./passkey-fixtures.js";

describe.each(ENGINES)("passkeys and security keys as a second factor on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, WEBAUTHN_ENV);
  });
  afterAll(async () => t?.close());

  async function userWithPasskey(name: string, authenticator = new SoftAuthenticator()) {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, name);
    const first = await login(t, username);
    const registered = await registerPasskey(t, first.token as string, authenticator);
    return { tenant, username, authenticator, ...registered };
  }

  it("registers a passkey: verified, the default, MFA on, with its transports; the options name the RP and prefer user verification", async () => {
    const authenticator = new SoftAuthenticator();
    const { username, device, options } = await userWithPasskey("reg", authenticator);
    const parsed = JSON.parse(options) as { rp: { id: string }; authenticatorSelection: { userVerification: string }; attestation: string };
    expect(parsed.rp.id).toBe("mfa.example.test");
    expect(parsed.authenticatorSelection.userVerification).toBe("preferred");
    expect(parsed.attestation).toBe("none");
    expect(device).toMatchObject({ isDefault: true, transports: ["internal", "hybrid"] });
    const step1 = await login(t, username);
    expect(step1.__typename).toBe("MfaChallenge");
    expect(step1.factors).toEqual([expect.objectContaining({ kind: "WEBAUTHN", name: "Laptop passkey", isDefault: true })]);
    const stored: { public_key: string; credential_id: string }[] = await t.server.dataSource.query("SELECT public_key, credential_id FROM devices WHERE id = ?", [device.id]);
    expect(stored[0]?.credential_id).toBe(authenticator.credentialId);
  });

  it("a registration answer works once, and only for the challenge it was made for", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "reg-once");
    const token = (await login(t, username)).token as string;
    const authenticator = new SoftAuthenticator({ key: "securityKey", transports: ["usb"], userVerified: false });
    const a = await t.gql<{ startWebAuthnRegistration: { optionsJson: string; device: { id: string } } }>(START_REGISTRATION, { input: { name: "Key A" } }, bearer(token));
    const b = await t.gql<{ startWebAuthnRegistration: { optionsJson: string; device: { id: string } } }>(START_REGISTRATION, { input: { name: "Key B" } }, bearer(token));
    const answerForA = authenticator.register(a.body.data?.startWebAuthnRegistration.optionsJson as string);
    // A's answer does not verify B.
    const wrong = await t.gql(FINISH_REGISTRATION, { input: { deviceId: b.body.data?.startWebAuthnRegistration.device.id, webauthnResponse: answerForA } }, bearer(token));
    expect(codeOf(wrong.body.errors)).toBe("INVALID_PASSCODE");
    const right = await t.gql(FINISH_REGISTRATION, { input: { deviceId: a.body.data?.startWebAuthnRegistration.device.id, webauthnResponse: answerForA } }, bearer(token));
    expect(right.body.errors).toBeUndefined();
    const again = await t.gql(FINISH_REGISTRATION, { input: { deviceId: a.body.data?.startWebAuthnRegistration.device.id, webauthnResponse: answerForA } }, bearer(token));
    expect(codeOf(again.body.errors)).toBe("CONFLICT");
    expect(await auditCount(t, username, "DEVICE_VERIFICATION_FAILED")).toBe(1);
  });

  it("a registration made for another origin is refused", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "reg-origin");
    const token = (await login(t, username)).token as string;
    const started = await t.gql<{ startWebAuthnRegistration: { optionsJson: string; device: { id: string } } }>(START_REGISTRATION, { input: { name: "Phish" } }, bearer(token));
    const payload = started.body.data?.startWebAuthnRegistration;
    const answer = new SoftAuthenticator().register(payload?.optionsJson as string, { origin: "https://mfa.example.test.evil.example" });
    const res = await t.gql(FINISH_REGISTRATION, { input: { deviceId: payload?.device.id, webauthnResponse: answer } }, bearer(token));
    expect(codeOf(res.body.errors)).toBe("INVALID_PASSCODE");
  });

  it("signs in with the passkey at the passcode step: a full session, authenticated by WEBAUTHN, the device's last use recorded", async () => {
    const { username, authenticator, deviceId } = await userWithPasskey("signin");
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const options = JSON.parse(optionsJson) as { rpId: string; userVerification: string; allowCredentials: { id: string }[] };
    expect(options).toMatchObject({ rpId: "mfa.example.test", userVerification: "preferred", allowCredentials: [{ id: authenticator.credentialId }] });
    const res = await t.gql<{ completeLogin: { token: string; authenticatedBy: string[] } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: authenticator.assert(optionsJson) } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.completeLogin.authenticatedBy).toEqual(["WEBAUTHN", "PASSWORD"]);
    const me = await t.gql<{ me: { security: { devices: { id: string; kind: string }[] } } }>(ME, {}, bearer(res.body.data?.completeLogin.token as string));
    expect(me.body.data?.me.security.devices).toEqual([expect.objectContaining({ id: deviceId, kind: "WEBAUTHN" })]);
    const rows: { sign_count: number | string; last_used_at: unknown }[] = await t.server.dataSource.query("SELECT sign_count, last_used_at FROM devices WHERE id = ?", [deviceId]);
    expect(Number(rows[0]?.sign_count)).toBe(authenticator.counter);
  });

  it("an assertion is single use: sent again it is refused, and it does not answer a later offer", async () => {
    const { username, authenticator } = await userWithPasskey("replay");
    const first = await passwordThenOffer(t, username);
    const assertion = authenticator.assert(first.optionsJson);
    expect((await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: first.challengeId, webauthnResponse: assertion } })).body.errors).toBeUndefined();
    const again = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: first.challengeId, webauthnResponse: assertion } });
    expect(codeOf(again.body.errors)).toBe("LOGIN_EXPIRED");
    const second = await passwordThenOffer(t, username);
    const replayed = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: second.challengeId, webauthnResponse: assertion } });
    expect(codeOf(replayed.body.errors)).toBe("INVALID_PASSCODE");
    // Asking for a new offer voids the previous one.
    const stale = authenticator.assert(second.optionsJson);
    await t.gql(`mutation W($c: String!) { startWebAuthnLogin(challengeId: $c) { optionsJson } }`, { c: second.challengeId });
    expect(codeOf((await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: second.challengeId, webauthnResponse: stale } })).body.errors)).toBe("INVALID_PASSCODE");
  });

  it("an authenticator whose counter goes backwards (a clone) is refused and audited", async () => {
    const { username, authenticator } = await userWithPasskey("clone", new SoftAuthenticator({ key: "securityKey", counter: 10, transports: ["usb"] }));
    const first = await passwordThenOffer(t, username);
    expect((await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: first.challengeId, webauthnResponse: authenticator.assert(first.optionsJson) } })).body.errors).toBeUndefined();
    const second = await passwordThenOffer(t, username);
    const cloned = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: second.challengeId, webauthnResponse: authenticator.assert(second.optionsJson, { counter: 5 }) } });
    expect(codeOf(cloned.body.errors)).toBe("INVALID_PASSCODE");
    expect(await auditCount(t, username, "WEBAUTHN_CLONE_DETECTED")).toBe(1);
    const same = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: second.challengeId, webauthnResponse: authenticator.assert(second.optionsJson, { counter: 11 }) } });
    expect(codeOf(same.body.errors)).toBe("INVALID_PASSCODE");
    expect(await auditCount(t, username, "WEBAUTHN_CLONE_DETECTED")).toBe(2);
  });

  it("an assertion for another origin or another RP ID is refused", async () => {
    const { username, authenticator } = await userWithPasskey("phish");
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const otherOrigin = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: authenticator.assert(optionsJson, { origin: "https://mfa-example.test" }) } });
    expect(codeOf(otherOrigin.body.errors)).toBe("INVALID_PASSCODE");
    const otherRp = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: authenticator.assert(optionsJson, { rpId: "evil.example" }) } });
    expect(codeOf(otherRp.body.errors)).toBe("INVALID_PASSCODE");
    expect(await auditCount(t, username, "LOGIN_PASSCODE_FAILED")).toBe(2);
  });

  it("another user's passkey does not sign in; bad assertions count in the same lockout as codes (the 7th locks)", async () => {
    const victim = await userWithPasskey("victim");
    const other = new SoftAuthenticator({ key: "securityKey" });
    const { challengeId, optionsJson } = await passwordThenOffer(t, victim.username);
    for (let i = 0; i < 6; i++) {
      const res = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: other.assert(optionsJson) } });
      expect(codeOf(res.body.errors)).toBe("INVALID_PASSCODE");
    }
    const seventh = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: "{not json" } });
    expect(codeOf(seventh.body.errors)).toBe("ACCOUNT_LOCKED");
    const right = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: victim.authenticator.assert(optionsJson) } });
    expect(codeOf(right.body.errors)).toBe("ACCOUNT_LOCKED");
  });

  it("completeLogin takes a passcode or a passkey's answer, not both and not neither", async () => {
    const { username, authenticator } = await userWithPasskey("both");
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    expect(codeOf((await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId } })).body.errors)).toBe("BAD_USER_INPUT");
    const both = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId, passcode: "123456", webauthnResponse: authenticator.assert(optionsJson) } });
    expect(codeOf(both.body.errors)).toBe("BAD_USER_INPUT");
  });

  it("several per user: listed, renamed, made default, removed; shown to the admin with kind, name, dates and transports", async () => {
    const { tenant, username, authenticator } = await userWithPasskey("several");
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const signedIn = await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: authenticator.assert(optionsJson) } });
    const token = signedIn.body.data?.completeLogin.token as string;
    const key = await registerPasskey(t, token, new SoftAuthenticator({ key: "securityKey", transports: ["usb", "nfc"], userVerified: false }), "Blue key");
    expect(key.device.isDefault).toBe(true);
    const renamed = await t.gql<{ renameDevice: { device: { name: string } } }>(`mutation R($input: RenameDeviceInput!) { renameDevice(input: $input) { device { name } } }`, { input: { deviceId: key.deviceId, name: "Spare key" } }, bearer(token));
    expect(renamed.body.data?.renameDevice.device.name).toBe("Spare key");
    expect(await auditCount(t, username, "DEVICE_RENAMED")).toBe(1);
    const admin = await login(t, tenant.adminUsername);
    const userId = ((await t.server.dataSource.query("SELECT id FROM users WHERE username = ?", [username])) as { id: string }[])[0]?.id;
    const view = await t.gql<{ user: { devices: { kind: string; name: string; transports: string[]; createdAt: string; lastUsedAt: string | null }[] } }>(
      `query U($id: ID!) { user(id: $id) { devices { kind name transports createdAt lastUsedAt } } }`,
      { id: userId },
      bearer(admin.token as string),
    );
    expect(view.body.data?.user.devices).toEqual([
      expect.objectContaining({ kind: "WEBAUTHN", name: "Laptop passkey", transports: ["internal", "hybrid"], lastUsedAt: expect.any(String) }),
      expect.objectContaining({ kind: "WEBAUTHN", name: "Spare key", transports: ["usb", "nfc"] }),
    ]);
    const removed = await t.gql(`mutation D($id: ID!) { removeDevice(deviceId: $id) { security { devices { name isDefault } } } }`, { id: key.deviceId }, bearer(token));
    expect(removed.body.data).toEqual({ removeDevice: { security: { devices: [{ name: "Laptop passkey", isDefault: true }] } } });
  });

  it("a step-up accepts a passkey, within the lockout; the same answer does not step up twice", async () => {
    const { username, authenticator } = await userWithPasskey("stepup");
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const token = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: authenticator.assert(optionsJson) } })).body.data?.completeLogin.token as string;
    const open = await t.gql<{ startWebAuthnReauthentication: { challengeId: string; optionsJson: string } }>(`mutation { startWebAuthnReauthentication { challengeId optionsJson } }`, {}, bearer(token));
    const step = open.body.data?.startWebAuthnReauthentication;
    expect(step).toBeDefined();
    const answer = authenticator.assert(step?.optionsJson as string);
    const REAUTH = `mutation R($input: ReauthenticateInput!) { reauthenticate(input: $input) { validUntil } }`;
    const ok = await t.gql<{ reauthenticate: { validUntil: string } }>(REAUTH, { input: { challengeId: step?.challengeId, webauthnResponse: answer } }, bearer(token));
    expect(ok.body.errors).toBeUndefined();
    expect(await auditCount(t, username, "REAUTHENTICATED")).toBe(1);
    const again = await t.gql(REAUTH, { input: { challengeId: step?.challengeId, webauthnResponse: answer } }, bearer(token));
    expect(codeOf(again.body.errors)).toBe("LOGIN_EXPIRED");
    // A step-up's offer does not complete a sign-in.
    const asLogin = await t.gql(COMPLETE_WITH_PASSKEY, { input: { challengeId: step?.challengeId, webauthnResponse: answer } });
    expect(codeOf(asLogin.body.errors)).toBe("LOGIN_EXPIRED");
  });
});
