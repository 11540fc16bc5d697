import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, createMailbox, createTenant, login } from "../support/fixtures.js";
import { expectDocumented } from "../support/openapi.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SoftAuthenticator, WEBAUTHN_ENV } from "../support/soft-authenticator.js";
import { COMPLETE_WITH_PASSKEY, passwordThenOffer, registerPasskey } from "./passkey-fixtures.js";

async function tokens(t: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/v2.0/tokens`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", ...headers }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, Record<string, unknown>>;
  expectDocumented("POST", "/v2.0/tokens", res.status, json);
  return { status: res.status, headers: res.headers, body: json };
}
const passwordBody = (username: string) => ({ auth: { passwordCredentials: { username, password: PASSWORD } } });
const passcodeBody = (passcode: string) => ({ auth: { "RAX-AUTH:passcodeCredentials": { passcode } } });
const sessionIdOf = (header: string | null) => /sessionId='([^']+)'/.exec(header ?? "")?.[1] as string;

describe.each(ENGINES)("a passkey user at the REST door (POST /v2.0/tokens) on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, WEBAUTHN_ENV);
  });
  afterAll(async () => t?.close());

  /** A mailbox whose only device is a passkey, signed in with it, and one of their recovery codes. */
  async function passkeyUser(tenantPolicy: "OPTIONAL" | "REQUIRED" | "PHISHING_RESISTANT", name: string) {
    const tenant = await createTenant(t, tenantPolicy);
    const username = await createMailbox(t, tenant, name);
    const authenticator = new SoftAuthenticator();
    const first = await login(t, username);
    const setupToken = first.token as string;
    const finished = await registerPasskey(t, setupToken, authenticator);
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const token = (await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: authenticator.assert(optionsJson) } })).body.data?.completeLogin
      .token as string;
    await t.gql(`mutation { reauthenticate(input: { password: "${PASSWORD}" }) { validUntil } }`, {}, bearer(token));
    const codes = await t.gql<{ generateRecoveryCodes: { codes: string[] } }>(`mutation { generateRecoveryCodes(quantity: 2) { codes } }`, {}, bearer(token));
    const userId = (await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, bearer(token))).body.data?.me.id as string;
    return { tenant, username, userId, finished, recovery: codes.body.data?.generateRecoveryCodes.codes ?? [] };
  }

  it("gets the 401 with factor='PASSCODE' and signs in with a recovery code", async () => {
    const { username, recovery } = await passkeyUser("OPTIONAL", "rest-passkey");
    expect(recovery).toHaveLength(2);
    const step1 = await tokens(t, passwordBody(username));
    expect(step1.status).toBe(401);
    expect(step1.headers.get("www-authenticate")).toMatch(/^OS-MF sessionId='[^']+', factor='PASSCODE'$/);
    const step2 = await tokens(t, passcodeBody(recovery[0] as string), { "x-sessionid": sessionIdOf(step1.headers.get("www-authenticate")) });
    expect(step2.status).toBe(200);
    expect((step2.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(["RECOVERY_CODE", "PASSWORD"]);
  });

  /** The REST door's two steps: the password (a 401 with the session id), then `passcode` on that session. */
  async function restSignIn(username: string, passcode: string) {
    const step1 = await tokens(t, passwordBody(username));
    expect(step1.status).toBe(401);
    expect(step1.headers.get("www-authenticate")).toMatch(/^OS-MF sessionId='[^']+', factor='PASSCODE'$/);
    return tokens(t, passcodeBody(passcode), { "x-sessionid": sessionIdOf(step1.headers.get("www-authenticate")) });
  }

  it("a passkey-only user answers the 401 with a bypass code an admin issued; under PHISHING_RESISTANT their recovery code is refused there, a bypass code is not", async () => {
    for (const policy of ["OPTIONAL", "PHISHING_RESISTANT"] as const) {
      const { tenant, username, userId, recovery } = await passkeyUser(policy, `rest-bypass-${policy.toLowerCase().replace("_", "-")}`);
      const adminToken = (await login(t, tenant.adminUsername)).token as string;
      const issued = await t.gql<{ issueBypassCodes: { codes: string[] } }>(
        `mutation I($input: IssueBypassCodesInput!) { issueBypassCodes(input: $input) { codes } }`,
        { input: { userId, count: 2, ticket: "HD-2001", reason: "Passkey left at home" } },
        bearer(adminToken),
      );
      const [bypass, spare] = issued.body.data?.issueBypassCodes.codes ?? [];
      expect(bypass && spare, JSON.stringify(issued.body.errors)).toBeTruthy();

      const byRecovery = await restSignIn(username, recovery[0] as string);
      if (policy === "PHISHING_RESISTANT") expect(byRecovery.status).toBe(401);
      else expect(byRecovery.status).toBe(200);

      const byBypass = await restSignIn(username, bypass as string);
      expect(byBypass.status).toBe(200);
      expect((byBypass.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(["BYPASS_CODE", "PASSWORD"]);
      // Single use, at this door as at the other.
      expect((await restSignIn(username, bypass as string)).status).toBe(401);
    }
  });
});
