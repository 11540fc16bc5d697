import { buildClientSchema, buildSchema, type IntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, codeOf, COMPLETE, createMailbox, createTenant, enrolTotp, login, oathtool, PASSWORD } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { PRODUCTION_ENV } from "../support/production.js";

type Refusal = { errors?: { message: string; extensions?: { code?: string } }[] };

// Production runs on MySQL/MariaDB only (it refuses the embedded database).
describe.each(["mariadb"] as const)("GET /graphql/schema in production on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, PRODUCTION_ENV);
  });
  afterAll(async () => t?.close());

  const schemaAs = (headers: Record<string, string> = {}, query = "") => fetch(`${t.url}/graphql/schema${query}`, { headers });

  async function deniedFor(username: string): Promise<{ reason: string; operation: string }[]> {
    const rows: { detail: string }[] = await t.server.dataSource.query(
      "SELECT e.detail FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE u.username = ? AND e.action = 'ACCESS_DENIED'",
      [username],
    );
    return rows.map((r) => JSON.parse(r.detail) as { reason: string; operation: string });
  }

  it("introspection itself stays refused", async () => {
    const res = await t.gql("{ __schema { queryType { name } } }");
    expect(codeOf(res.body.errors)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers an account admin with the introspection result, which builds the schema the API serves", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await login(t, tenant.adminUsername);
    const res = await schemaAs(bearer(admin.token as string));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { data: IntrospectionQuery };
    const schema = buildClientSchema(body.data);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(expect.arrayContaining(["domains", "mailboxes", "me", "policyImpact"]));
    expect(schema.getMutationType()?.getFields().login?.description).toBe("Step one of the two-step login: username and password.");

    const sdl = await schemaAs(bearer(admin.token as string), "?format=sdl");
    expect(sdl.status).toBe(200);
    expect(sdl.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(buildSchema(await sdl.text()).getType("PolicyImpact")).toBeDefined();
  });

  it("answers the admin's console cookie as well as a bearer token", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "mutation L($input: LoginInput!) { login(input: $input) { __typename } }", variables: { input: { username: tenant.adminUsername, password: PASSWORD, cookie: true } } }),
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(cookie).toMatch(/mfa_session=/);
    expect((await schemaAs({ cookie })).status).toBe(200);
  });

  it("refuses a caller with no session with 401, and a token that is not one", async () => {
    for (const headers of [{}, bearer("not-a-session-token")]) {
      const res = await schemaAs(headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(codeOf(((await res.json()) as Refusal).errors)).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses a mailbox user with 403 and audits it", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "reader");
    const user = await login(t, username);
    const res = await schemaAs(bearer(user.token as string));
    expect(res.status).toBe(403);
    const body = (await res.json()) as Refusal;
    expect(codeOf(body.errors)).toBe("FORBIDDEN");
    expect(JSON.stringify(body)).not.toMatch(/__schema|PolicyImpact/);
    expect(await deniedFor(username)).toEqual([{ operation: "graphqlSchema", reason: "NOT_ADMIN" }]);
  });

  it("refuses an admin with a second factor whose session did not pass it, audited; the MFA-passed session gets it", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { secret, verifiedAtMs } = await enrolTotp(t, tenant.adminUsername);
    // The admin turned MFA off for themself (set here in the database): the password alone signs them in.
    await t.server.dataSource.query("UPDATE users SET mfa_enabled = 0 WHERE username = ?", [tenant.adminUsername]);
    const passwordOnly = await login(t, tenant.adminUsername);
    const res = await schemaAs(bearer(passwordOnly.token as string));
    expect(res.status).toBe(403);
    expect(codeOf(((await res.json()) as Refusal).errors)).toBe("MFA_REQUIRED");
    expect(await deniedFor(tenant.adminUsername)).toEqual([{ operation: "graphqlSchema", reason: "MFA_NOT_PASSED" }]);

    await t.server.dataSource.query("UPDATE users SET mfa_enabled = 1 WHERE username = ?", [tenant.adminUsername]);
    const challenge = await login(t, tenant.adminUsername);
    const passcode = oathtool(secret, verifiedAtMs + 30_000);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: challenge.challengeId, passcode } });
    expect((await schemaAs(bearer(done.body.data?.completeLogin.token as string))).status).toBe(200);
  });

  it("refuses a setup-only session (MFA required, nothing set up) with 403", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const username = await createMailbox(t, tenant, "newcomer");
    const setup = await login(t, username);
    expect(setup.__typename).toBe("MfaSetupRequired");
    const res = await schemaAs(bearer(setup.token as string));
    expect(res.status).toBe(403);
    expect(codeOf(((await res.json()) as Refusal).errors)).toBe("MFA_SETUP_REQUIRED");
  });

  it("answers 400 for a format it does not know", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await login(t, tenant.adminUsername);
    const res = await schemaAs(bearer(admin.token as string), "?format=yaml");
    expect(res.status).toBe(400);
    expect(codeOf(((await res.json()) as Refusal).errors)).toBe("BAD_USER_INPUT");
  });
});
