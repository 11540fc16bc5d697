import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bearer, codeOf, createTenant, enrolTotp, login } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const DOMAINS = `{ domains { id } }`;
const ADMIN_POLICY = `mutation P($p: PolicyLevel!) { setAccountAdminMfaPolicy(policy: $p) { account { adminMfaPolicy } } }`;

describe.each(ENGINES)("the admin guard on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("an admin with a device needs an MFA-passed session, except under an OFF admin policy where no sign-in asks for one", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { token: mfaSession } = await enrolTotp(t, tenant.adminUsername);
    expect((await t.gql(DOMAINS, {}, bearer(mfaSession))).body.errors).toBeUndefined();

    // The admin turned MFA off for themself (set here in the database) and signs in with the password only:
    // that session is refused what an admin does.
    await t.server.dataSource.query("UPDATE users SET mfa_enabled = 0 WHERE username = ?", [tenant.adminUsername]);
    const passwordOnly = (await login(t, tenant.adminUsername)).token as string;
    const refused = await t.gql(DOMAINS, {}, bearer(passwordOnly));
    expect(codeOf(refused.body.errors)).toBe("MFA_REQUIRED");

    // Under OFF no sign-in asks for a code: the admin is not locked out of their own console.
    const off = await t.gql<{ setAccountAdminMfaPolicy: { account: { adminMfaPolicy: string } } }>(ADMIN_POLICY, { p: "OFF" }, bearer(mfaSession));
    expect(off.body.data?.setAccountAdminMfaPolicy.account.adminMfaPolicy).toBe("OFF");
    const underOff = (await login(t, tenant.adminUsername)).token as string;
    expect((await t.gql(DOMAINS, {}, bearer(underOff))).body.errors).toBeUndefined();
    const events: { n: number | string }[] = await t.server.dataSource.query(
      "SELECT COUNT(*) AS n FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE u.username = ? AND e.action = 'ACCESS_DENIED'",
      [tenant.adminUsername],
    );
    expect(Number(events[0]?.n)).toBe(1);
  });
});
