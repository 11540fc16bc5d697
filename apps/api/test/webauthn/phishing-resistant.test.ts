import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLETE, ENROLL_TOTP, ME, PASSWORD, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { ENGINES } from "../support/engines.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SoftAuthenticator, WEBAUTHN_ENV } from "../support/soft-authenticator.js";
import { COMPLETE_WITH_PASSKEY, passwordThenOffer, registerPasskey } from "./passkey-fixtures.js";

const SET_POLICY = `mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions } }`;
const SET_ADMIN_POLICY = `mutation A($p: PolicyLevel!) { setAccountAdminMfaPolicy(policy: $p) { account { adminMfaPolicy } } }`;
const IMPACT = `query I($d: ID!, $p: PolicyLevel!) { policyImpact(domainId: $d, policy: $p, includeChildren: false) { affected mustEnrol { count sample } } }`;
const DOMAINS = `{ domains { id coverage { passkeys enrolled } } }`;
const SECURITY = `{ me { security { policy acceptedKinds canChangeMfaEnabled } } }`;
const SETUP_LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { __typename ... on MfaSetupRequired { token acceptedKinds } } }`;

describe.each(ENGINES)("the phishing-resistant policy (a passkey or security key only) on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, WEBAUTHN_ENV);
  });
  afterAll(async () => t?.close());

  /** A tenant whose admin signed in with a passkey (so they may require one). */
  async function tenantWithAdmin() {
    const tenant = await createTenant(t, "OPTIONAL");
    const key = new SoftAuthenticator({ key: "securityKey", transports: ["usb"] });
    await registerPasskey(t, (await login(t, tenant.adminUsername)).token as string, key);
    const { challengeId, optionsJson } = await passwordThenOffer(t, tenant.adminUsername);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: key.assert(optionsJson) } });
    return { tenant, adminToken: done.body.data?.completeLogin.token as string };
  }

  it("the preview counts who must add a passkey, an app or a phone notwithstanding; coverage counts passkeys per domain", async () => {
    const { tenant, adminToken } = await tenantWithAdmin();
    const app = await createMailbox(t, tenant, "pr-app");
    await enrolTotp(t, app);
    await createMailbox(t, tenant, "pr-none");
    const keyed = await createMailbox(t, tenant, "pr-key");
    await registerPasskey(t, (await login(t, keyed)).token as string, new SoftAuthenticator());
    const impact = await t.gql<{ policyImpact: { affected: number; mustEnrol: { count: number; sample: string[] } } }>(IMPACT, { d: tenant.domainId, p: "PHISHING_RESISTANT" }, bearer(adminToken));
    expect(impact.body.data?.policyImpact).toEqual({ affected: 3, mustEnrol: { count: 2, sample: [app, `pr-none@${tenant.domainName}`].sort() } });
    const required = await t.gql<{ policyImpact: { mustEnrol: { count: number } } }>(IMPACT, { d: tenant.domainId, p: "REQUIRED" }, bearer(adminToken));
    expect(required.body.data?.policyImpact.mustEnrol.count).toBe(1);
    const domains = await t.gql<{ domains: { id: string; coverage: { passkeys: number; enrolled: number } }[] }>(DOMAINS, {}, bearer(adminToken));
    expect(domains.body.data?.domains.find((d) => d.id === tenant.domainId)?.coverage).toEqual({ passkeys: 1, enrolled: 2 });
  });

  it("a user with only an authenticator app is sent to the setup wizard, which offers only a passkey; once added, it signs in with the passkey and no code", async () => {
    const { tenant, adminToken } = await tenantWithAdmin();
    const username = await createMailbox(t, tenant, "pr-totp");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const set = await t.gql(SET_POLICY, { input: { domainId: tenant.domainId, policy: "PHISHING_RESISTANT" } }, bearer(adminToken));
    expect(set.body.errors, JSON.stringify(set.body.errors)).toBeUndefined();
    const step1 = await t.gql<{ login: { __typename: string; token: string; acceptedKinds: string[] } }>(SETUP_LOGIN, { input: { username, password: PASSWORD } });
    expect(step1.body.data?.login).toMatchObject({ __typename: "MfaSetupRequired", acceptedKinds: ["WEBAUTHN"] });
    const setupToken = step1.body.data?.login.token as string;
    const totp = await t.gql(ENROLL_TOTP, {}, bearer(setupToken));
    expect(codeOf(totp.body.errors)).toBe("FORBIDDEN");
    expect(totp.body.errors?.[0]?.extensions?.reason).toBe("PHISHING_RESISTANT_REQUIRED");
    const passkey = new SoftAuthenticator();
    const registered = await t.gql<{ startWebAuthnRegistration: { optionsJson: string; device: { id: string } } }>(
      `mutation { startWebAuthnRegistration(input: { name: "Laptop" }) { optionsJson device { id } } }`,
      {},
      bearer(setupToken),
    );
    const started = registered.body.data?.startWebAuthnRegistration;
    const finished = await t.gql<{ finishWebAuthnRegistration: { token: string | null } }>(
      `mutation F($input: FinishWebAuthnRegistrationInput!) { finishWebAuthnRegistration(input: $input) { token } }`,
      { input: { deviceId: started?.device.id, webauthnResponse: passkey.register(started?.optionsJson as string) } },
      bearer(setupToken),
    );
    expect(finished.body.errors).toBeUndefined();
    expect(finished.body.data?.finishWebAuthnRegistration.token).toEqual(expect.any(String));
    // Signing in now: only the passkey is offered, and the app's code no longer counts.
    const again = await login(t, username);
    expect(again.factors).toEqual([expect.objectContaining({ kind: "WEBAUTHN" })]);
    const code = await t.gql(COMPLETE, { input: { challengeId: again.challengeId, passcode: oathtool(secret, verifiedAtMs + 60_000) } });
    expect(codeOf(code.body.errors)).toBe("INVALID_PASSCODE");
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const done = await t.gql<{ completeLogin: { token: string; authenticatedBy: string[] } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: passkey.assert(optionsJson) } });
    expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["WEBAUTHN", "PASSWORD"]);
    const security = await t.gql<{ me: { security: { policy: string; acceptedKinds: string[]; canChangeMfaEnabled: boolean } } }>(SECURITY, {}, bearer(done.body.data?.completeLogin.token as string));
    expect(security.body.data?.me.security).toEqual({ policy: "PHISHING_RESISTANT", acceptedKinds: ["WEBAUTHN"], canChangeMfaEnabled: false });
  });

  /** What a session's next request hears: null when it still works, else the reason it ended. */
  async function sessionState(token: string): Promise<string | null> {
    const res = await t.gql(ME, {}, bearer(token));
    if (!res.body.errors) return null;
    expect(codeOf(res.body.errors)).toBe("UNAUTHENTICATED");
    return String(res.body.errors[0]?.extensions?.reason);
  }

  it("raising a domain to it ends its users' sessions signed in without a passkey (an app's code), keeps the passkey ones, and tells why", async () => {
    const { tenant, adminToken } = await tenantWithAdmin();
    const appUser = await createMailbox(t, tenant, "pr-live-app");
    const { secret, verifiedAtMs } = await enrolTotp(t, appUser);
    const step = await login(t, appUser);
    const codeSession = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } })).body
      .data?.completeLogin.token as string;
    const keyUser = await createMailbox(t, tenant, "pr-live-key");
    const key = new SoftAuthenticator();
    await registerPasskey(t, (await login(t, keyUser)).token as string, key);
    const offer = await passwordThenOffer(t, keyUser);
    const keySession = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId: offer.challengeId, webauthnResponse: key.assert(offer.optionsJson) } }))
      .body.data?.completeLogin.token as string;
    expect(await sessionState(codeSession)).toBeNull();

    const set = await t.gql<{ setDomainMfaPolicy: { revokedSessions: number } }>(SET_POLICY, { input: { domainId: tenant.domainId, policy: "PHISHING_RESISTANT" } }, bearer(adminToken));
    expect(set.body.errors).toBeUndefined();
    // Three ended: the sessions each user opened with the password alone to set up a factor, and the app's code session.
    expect(set.body.data?.setDomainMfaPolicy.revokedSessions).toBe(3);
    expect(await sessionState(codeSession)).toBe("PASSKEY_REQUIRED");
    expect(await sessionState(keySession)).toBeNull();
    expect(await sessionState(adminToken)).toBeNull();
  });

  it("requiring it of admins ends the admins' sessions signed in with a code, the asking one's too, and keeps their passkey sessions", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { secret, verifiedAtMs } = await enrolTotp(t, tenant.adminUsername);
    const key = new SoftAuthenticator({ key: "securityKey", transports: ["usb"] });
    const step1 = await login(t, tenant.adminUsername);
    const codeSession = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } })).body
      .data?.completeLogin.token as string;
    await registerPasskey(t, codeSession, key);
    const offer = await passwordThenOffer(t, tenant.adminUsername);
    const keySession = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId: offer.challengeId, webauthnResponse: key.assert(offer.optionsJson) } }))
      .body.data?.completeLogin.token as string;
    // Asked from the session signed in with the app's code: the change is made, and that session ends with it.
    const set = await t.gql(SET_ADMIN_POLICY, { p: "PHISHING_RESISTANT" }, bearer(codeSession));
    expect(set.body.errors, JSON.stringify(set.body.errors)).toBeUndefined();
    expect(await sessionState(codeSession)).toBe("PASSKEY_REQUIRED");
    expect(await sessionState(keySession)).toBeNull();
  });

  it("the account's admin policy can require it of admins, only by an admin who has a passkey", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { secret, verifiedAtMs } = await enrolTotp(t, tenant.adminUsername);
    const step1 = await login(t, tenant.adminUsername);
    const token = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } })).body.data
      ?.completeLogin.token as string;
    const refused = await t.gql(SET_ADMIN_POLICY, { p: "PHISHING_RESISTANT" }, bearer(token));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "ADMIN_PASSKEY_NOT_SET_UP" });
    const { adminToken } = await tenantWithAdmin();
    const allowed = await t.gql<{ setAccountAdminMfaPolicy: { account: { adminMfaPolicy: string } } }>(SET_ADMIN_POLICY, { p: "PHISHING_RESISTANT" }, bearer(adminToken));
    expect(allowed.body.data?.setAccountAdminMfaPolicy.account.adminMfaPolicy, JSON.stringify(allowed.body.errors)).toBe("PHISHING_RESISTANT");
  });
});
