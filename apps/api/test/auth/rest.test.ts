import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, ME, PASSWORD, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { expectDocumented } from "../support/openapi.js";
import { startTestServer, type TestServer } from "../support/server.js";

/** Requests shaped as `curl -H 'content-type: application/json' -d '{...}' .../v2.0/tokens` sends them. */
async function tokens(t: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/v2.0/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, Record<string, unknown>>;
  expectDocumented("POST", "/v2.0/tokens", res.status, json);
  return { status: res.status, headers: res.headers, body: json };
}

const passwordBody = (username: string, password = PASSWORD) => ({ auth: { passwordCredentials: { username, password } } });
const passcodeBody = (passcode: string) => ({ auth: { "RAX-AUTH:passcodeCredentials": { passcode } } });

describe.each(ENGINES)("POST /v2.0/tokens on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("answers 200 with a token when no passcode is needed", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rest-plain");
    const res = await tokens(t, passwordBody(username));
    expect(res.status).toBe(200);
    const token = res.body.access?.token as { id: string; expires: string; "RAX-AUTH:authenticatedBy": string[] };
    expect(token["RAX-AUTH:authenticatedBy"]).toEqual(["PASSWORD"]);
    expect(new Date(token.expires).getTime()).toBeGreaterThan(Date.now());
    expect(token).not.toHaveProperty("RAX-AUTH:scope");
    expect(res.body.access?.user).toMatchObject({ name: username, "RAX-AUTH:multiFactorEnabled": false, roles: [{ id: "2", name: "identity:default" }] });
    // The catalog names this service's own endpoints, at the address the client called.
    expect(res.body.access?.serviceCatalog).toEqual([
      { name: "mfa-graphql", type: "graphql", endpoints: [{ publicURL: `${t.url}/graphql` }] },
      { name: "mfa-identity", type: "identity", endpoints: [{ publicURL: `${t.url}/v2.0` }] },
    ]);
    const me = await t.gql(ME, {}, { "x-auth-token": token.id });
    expect(me.body.errors).toBeUndefined();

    const admin = await tokens(t, passwordBody(tenant.adminUsername));
    expect(admin.status).toBe(200);
    expect(admin.body.access?.user).toMatchObject({ roles: [{ id: "3", name: "identity:user-admin", description: "User Admin Role." }] });
  });

  it("runs the two-step flow: 401 with OS-MF sessionId, then X-SessionId and the passcode", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rest-totp");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);

    const step1 = await tokens(t, passwordBody(username));
    expect(step1.status).toBe(401);
    expect(step1.body).toEqual({ unauthorized: { code: 401, message: "Additional authentication credentials required." } });
    const header = step1.headers.get("www-authenticate") ?? "";
    const match = /^OS-MF sessionId='([A-Za-z0-9_-]+)', factor='PASSCODE'$/.exec(header);
    expect(match).not.toBeNull();
    const sessionId = match?.[1] as string;

    const wrong = await tokens(t, passcodeBody("000000"), { "x-sessionid": sessionId });
    expect(wrong.status).toBe(401);
    const code = oathtool(secret, verifiedAtMs + 30_000);
    const step2 = await tokens(t, passcodeBody(code), { "x-sessionid": sessionId });
    expect(step2.status).toBe(200);
    const token = step2.body.access?.token as { id: string; "RAX-AUTH:authenticatedBy": string[] };
    expect(token["RAX-AUTH:authenticatedBy"]).toEqual(["OTPPASSCODE", "PASSWORD"]);
    const me = await t.gql(ME, {}, bearer(token.id));
    expect(me.body.errors).toBeUndefined();

    // The same code on a new REST login is a replay.
    const again = await tokens(t, passwordBody(username));
    const againId = /sessionId='([^']+)'/.exec(again.headers.get("www-authenticate") ?? "")?.[1] as string;
    const replay = await tokens(t, passcodeBody(code), { "x-sessionid": againId });
    expect(replay.status).toBe(401);
  });

  it("answers 403 when MFA must be set up, and a setup-only token with the SETUP-MFA scope", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const username = await createMailbox(t, tenant, "rest-setup");
    const refused = await tokens(t, passwordBody(username));
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ forbidden: { code: 403, message: "User must setup multi-factor" } });

    const scoped = await tokens(t, { auth: { ...passwordBody(username).auth, "RAX-AUTH:scope": "SETUP-MFA" } });
    expect(scoped.status).toBe(200);
    expect(scoped.body.access?.token).toMatchObject({ "RAX-AUTH:scope": "SETUP-MFA", "RAX-AUTH:authenticatedBy": ["PASSWORD"] });
    expect(scoped.body.access).not.toHaveProperty("serviceCatalog");
    const token = (scoped.body.access?.token as { id: string }).id;
    const me = await t.gql(ME, {}, bearer(token));
    expect(codeOf(me.body.errors)).toBe("MFA_SETUP_REQUIRED");
    const enrol = await t.gql(`mutation { enrollTotp(input: { name: "CLI" }) { secret } }`, {}, bearer(token));
    expect(enrol.body.errors).toBeUndefined();
  });

  it("lists the same factors in the same order as GraphQL's login and completeLogin", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const plain = await createMailbox(t, tenant, "rest-same-plain");
    const graphPlain = await login(t, plain);
    const restPlain = await tokens(t, passwordBody(plain));
    expect(graphPlain.authenticatedBy).toEqual(["PASSWORD"]);
    expect((restPlain.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(graphPlain.authenticatedBy);

    // Two users with an authenticator, one on each door (a time step is spent once per user).
    const graphUser = await createMailbox(t, tenant, "rest-same-gql");
    const onGraph = await enrolTotp(t, graphUser);
    const username = await createMailbox(t, tenant, "rest-same-rest");
    const onRest = await enrolTotp(t, username);
    const challenge = (await login(t, graphUser)) as { challengeId?: string };
    const graph = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: challenge.challengeId, passcode: oathtool(onGraph.secret, onGraph.verifiedAtMs + 30_000) } });
    expect(graph.body.errors).toBeUndefined();
    const step1 = await tokens(t, passwordBody(username));
    const sessionId = /sessionId='([^']+)'/.exec(step1.headers.get("www-authenticate") ?? "")?.[1] as string;
    const rest = await tokens(t, passcodeBody(oathtool(onRest.secret, onRest.verifiedAtMs + 30_000)), { "x-sessionid": sessionId });
    expect(rest.status).toBe(200);
    expect(graph.body.data?.completeLogin.authenticatedBy).toEqual(["OTPPASSCODE", "PASSWORD"]);
    expect((rest.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(graph.body.data?.completeLogin.authenticatedBy);
    expect(rest.body.access?.user).toMatchObject({ "RAX-AUTH:multiFactorEnabled": true });
  });

  it("shares the lockout with GraphQL and says so with 403", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rest-lock");
    await enrolTotp(t, username);
    const step1 = await tokens(t, passwordBody(username));
    const sessionId = /sessionId='([^']+)'/.exec(step1.headers.get("www-authenticate") ?? "")?.[1] as string;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await tokens(t, passcodeBody("999999"), { "x-sessionid": sessionId })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 403, 403]);
  });

  it("answers malformed requests with 400 and never a stack", async () => {
    const res = await fetch(`${t.url}/v2.0/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(res.status).toBe(400);
    const json = await res.json();
    expectDocumented("POST", "/v2.0/tokens", res.status, json);
    expect(json).toEqual({ badRequest: { code: 400, message: "The request body is not valid JSON." } });
    const missing = await tokens(t, { auth: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest?.code).toBe(400);
  });
});
