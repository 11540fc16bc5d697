import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, accountTexts, createMailbox, createTenant, oathtool, type Tenant } from "../support/fixtures.js";
import { expectDocumented } from "../support/openapi.js";
import { startTestServer, type TestServer } from "../support/server.js";

type Json = Record<string, Record<string, unknown>>;

/** A request as curl sends it to the Identity door: JSON body, `X-Auth-Token`. */
async function call(t: TestServer, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.token) headers["x-auth-token"] = options.token;
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  const res = await fetch(`${t.url}${path}`, { method, headers, body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body) });
  const raw = await res.text();
  const body = (raw ? JSON.parse(raw) : null) as Json;
  expectDocumented(method, path, res.status, body);
  return { status: res.status, headers: res.headers, body };
}

const signIn = async (t: TestServer, username: string) => {
  const res = await call(t, "POST", "/v2.0/tokens", { body: { auth: { passwordCredentials: { username, password: PASSWORD } } } });
  expect(res.status).toBe(200);
  const access = res.body.access as { token: { id: string }; user: { id: string } };
  return { token: access.token.id, userId: access.user.id };
};

const sessionIdOf = (headers: Headers) => /sessionId='([^']+)'/.exec(headers.get("www-authenticate") ?? "")?.[1] as string;

/** The newest text's code, read from the account's outbox as its admin reads it. */
const textedCode = async (t: TestServer, tenant: Tenant) => /(\d{6,8})/.exec((await accountTexts(t, tenant, 1))[0]?.body ?? "")?.[1] as string;

const mfa = (userId: string) => `/v2.0/users/${userId}/RAX-AUTH/multi-factor`;

describe.each(ENGINES)("Identity REST multi-factor on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("sets up a phone, verifies it, enables MFA and signs in with a texted passcode", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { token, userId } = await signIn(t, await createMailbox(t, tenant, "rest-phone"));

    const added = await call(t, "POST", `${mfa(userId)}/mobile-phones`, { token, body: { "RAX-AUTH:mobilePhone": { number: "+1 201-555-0123" } } });
    expect(added.status).toBe(201);
    const phone = added.body["RAX-AUTH:mobilePhone"] as { id: string; number: string };
    expect(phone.number).toBe("+12015550123");
    expect(added.headers.get("location")).toBe(`${mfa(userId)}/mobile-phones/${phone.id}`);

    const sent = await call(t, "POST", `${mfa(userId)}/mobile-phones/${phone.id}/verificationcode`, { token });
    expect(sent.status).toBe(201);
    const wrong = await call(t, "POST", `${mfa(userId)}/mobile-phones/${phone.id}/verify`, { token, body: { "RAX-AUTH:verificationCode": { code: "000000" } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ badRequest: { code: 400, message: "The PIN provided is either invalid or expired" } });
    const verified = await call(t, "POST", `${mfa(userId)}/mobile-phones/${phone.id}/verify`, { token, body: { "RAX-AUTH:verificationCode": { code: await textedCode(t, tenant) } } });
    expect(verified.status).toBe(202);

    const list = await call(t, "GET", `${mfa(userId)}/mobile-phones`, { token });
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ "RAX-AUTH:mobilePhones": [{ id: phone.id, number: "+1 *** *** 0123", verified: true }] });
    expect((await call(t, "PUT", mfa(userId), { token, body: { "RAX-AUTH:multiFactor": { enabled: true } } })).status).toBe(204);
    const me = await call(t, "GET", `/v2.0/users/${userId}`, { token });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: userId, "RAX-AUTH:multiFactorEnabled": true, "RAX-AUTH:userMultiFactorEnforcementLevel": "DEFAULT" });

    const username = (me.body.user as { username: string }).username;
    const step1 = await call(t, "POST", "/v2.0/tokens", { body: { auth: { passwordCredentials: { username, password: PASSWORD } } } });
    expect(step1.status).toBe(401);
    const step2 = await call(t, "POST", "/v2.0/tokens", {
      headers: { "x-sessionid": sessionIdOf(step1.headers) },
      body: { auth: { "RAX-AUTH:passcodeCredentials": { passcode: await textedCode(t, tenant) } } },
    });
    expect(step2.status).toBe(200);
    expect((step2.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(["PASSCODE", "PASSWORD"]);
  });

  it("sets up an OTP device from its keyUri, verifies it and signs in with an OTP passcode", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rest-otp");
    const { token, userId } = await signIn(t, username);

    const added = await call(t, "POST", `${mfa(userId)}/otp-devices`, { token, body: { "RAX-AUTH:otpDevice": { name: "NewOTPDevice" } } });
    expect(added.status).toBe(201);
    const device = added.body["RAX-AUTH:otpDevice"] as { id: string; keyUri: string; name: string; qrcode: string; verified: boolean };
    expect(device).toMatchObject({ name: "NewOTPDevice", verified: false });
    expect(device.qrcode.startsWith("data:image/png;base64,")).toBe(true);
    expect(added.headers.get("location")).toBe(`${mfa(userId)}/otp-devices/${device.id}`);
    const secret = new URL(device.keyUri).searchParams.get("secret") as string;

    const bad = await call(t, "POST", `${mfa(userId)}/otp-devices/${device.id}/verify`, { token, body: { "RAX-AUTH:verificationCode": { code: "000000" } } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ badRequest: { code: 400, message: "The PIN provided is either invalid or expired" } });
    const now = Date.now();
    const ok = await call(t, "POST", `${mfa(userId)}/otp-devices/${device.id}/verify`, { token, body: { "RAX-AUTH:verificationCode": { code: oathtool(secret, now) } } });
    expect(ok.status).toBe(204);
    const byDefault = await call(t, "PUT", mfa(userId), { token, body: { "RAX-AUTH:multiFactor": { factorType: "OTP" } } });
    expect(byDefault.status).toBe(204);
    const noPhone = await call(t, "PUT", mfa(userId), { token, body: { "RAX-AUTH:multiFactor": { factorType: "SMS" } } });
    expect(noPhone.status).toBe(400);
    const list = await call(t, "GET", `${mfa(userId)}/otp-devices`, { token });
    expect(list.body).toEqual({ "RAX-AUTH:otpDevices": [{ id: device.id, name: "NewOTPDevice", verified: true }] });

    const step1 = await call(t, "POST", "/v2.0/tokens", { body: { auth: { passwordCredentials: { username, password: PASSWORD } } } });
    expect(step1.status).toBe(401);
    const step2 = await call(t, "POST", "/v2.0/tokens", {
      headers: { "x-sessionid": sessionIdOf(step1.headers) },
      body: { auth: { "RAX-AUTH:passcodeCredentials": { passcode: oathtool(secret, now + 30_000) } } },
    });
    expect(step2.status).toBe(200);
    expect((step2.body.access?.token as Record<string, unknown>)["RAX-AUTH:authenticatedBy"]).toEqual(["OTPPASSCODE", "PASSWORD"]);
    // Removing the last device asks for a recent proof, which the passcode sign-in just gave.
    const fresh = (step2.body.access?.token as { id: string }).id;
    expect((await call(t, "DELETE", `${mfa(userId)}/otp-devices/${device.id}`, { token: fresh })).status).toBe(204);
  });

  it("a SETUP-MFA token adds a device and is revoked by it; the user then signs in with the device", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const username = await createMailbox(t, tenant, "rest-setup");
    const scoped = await call(t, "POST", "/v2.0/tokens", { body: { auth: { "RAX-AUTH:scope": "SETUP-MFA", passwordCredentials: { username, password: PASSWORD } } } });
    expect(scoped.status).toBe(200);
    const access = scoped.body.access as { token: { id: string }; user: { id: string } };
    const token = access.token.id;
    const userId = access.user.id;
    const added = await call(t, "POST", `${mfa(userId)}/otp-devices`, { token, body: { "RAX-AUTH:otpDevice": { name: "NewOTPDevice" } } });
    expect(added.status).toBe(201);
    const device = added.body["RAX-AUTH:otpDevice"] as { id: string; keyUri: string };
    const secret = new URL(device.keyUri).searchParams.get("secret") as string;
    const now = Date.now();
    const ok = await call(t, "POST", `${mfa(userId)}/otp-devices/${device.id}/verify`, { token, body: { "RAX-AUTH:verificationCode": { code: oathtool(secret, now) } } });
    expect(ok.status).toBe(204);
    expect((await call(t, "GET", `/v2.0/users/${userId}`, { token })).status).toBe(401);

    const step1 = await call(t, "POST", "/v2.0/tokens", { body: { auth: { passwordCredentials: { username, password: PASSWORD } } } });
    expect(step1.status).toBe(401);
    const step2 = await call(t, "POST", "/v2.0/tokens", {
      headers: { "x-sessionid": sessionIdOf(step1.headers) },
      body: { auth: { "RAX-AUTH:passcodeCredentials": { passcode: oathtool(secret, now + 30_000) } } },
    });
    expect(step2.status).toBe(200);
  });

  it("domain enforcement REQUIRED, set by an admin with MFA, revokes the domain's password-only tokens", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await signIn(t, tenant.adminUsername);
    const user = await signIn(t, await createMailbox(t, tenant, "rest-enforced"));
    const body = { "RAX-AUTH:multiFactorDomain": { domainMultiFactorEnforcementLevel: "REQUIRED" } };
    // An admin without a second factor cannot force one on others.
    const refused = await call(t, "PUT", `/v2.0/RAX-AUTH/domains/${tenant.domainId}/multi-factor`, { token: admin.token, body });
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden?.message).toMatch(/before you require it for others/);

    const added = await call(t, "POST", `${mfa(admin.userId)}/otp-devices`, { token: admin.token, body: { "RAX-AUTH:otpDevice": { name: "Admin app" } } });
    const device = added.body["RAX-AUTH:otpDevice"] as { id: string; keyUri: string };
    const secret = new URL(device.keyUri).searchParams.get("secret") as string;
    const verify = await call(t, "POST", `${mfa(admin.userId)}/otp-devices/${device.id}/verify`, { token: admin.token, body: { "RAX-AUTH:verificationCode": { code: oathtool(secret) } } });
    expect(verify.status).toBe(204);
    expect((await call(t, "GET", `/v2.0/users/${user.userId}`, { token: user.token })).status).toBe(200);
    const enforced = await call(t, "PUT", `/v2.0/RAX-AUTH/domains/${tenant.domainId}/multi-factor`, { token: admin.token, body });
    expect(enforced.status).toBe(204);
    const domain = await call(t, "GET", `/v2.0/RAX-AUTH/domains/${tenant.domainId}`, { token: admin.token });
    expect(domain.body["RAX-AUTH:domain"]?.domainMultiFactorEnforcementLevel).toBe("REQUIRED");
    expect((await call(t, "GET", `/v2.0/users/${user.userId}`, { token: user.token })).status).toBe(401);
  });

  it("answers every fault in the Identity shape, never HTML", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { token, userId } = await signIn(t, await createMailbox(t, tenant, "rest-faults"));
    const unknown = await call(t, "GET", "/v2.0/no-such-thing", { token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ itemNotFound: { code: 404, message: "Resource not found." } });
    const wrongMethod = await call(t, "GET", "/v2.0/tokens");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect(wrongMethod.body.badMethod?.code).toBe(405);
    expect((await call(t, "PATCH", `${mfa(userId)}/mobile-phones`, { token })).status).toBe(405);
    const anonymous = await call(t, "GET", `/v2.0/users/${userId}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.unauthorized?.code).toBe(401);
    const badToken = await call(t, "GET", `/v2.0/users/${userId}`, { headers: { authorization: "Bearer not-a-token" } });
    expect(badToken.status).toBe(401);
    const plain = await call(t, "POST", `${mfa(userId)}/otp-devices`, { token, body: "name=x", headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect(plain.headers.get("content-type")).toMatch(/application\/json/);
    const huge = await call(t, "POST", `${mfa(userId)}/otp-devices`, { token, body: { "RAX-AUTH:otpDevice": { name: "x".repeat(20_000) } } });
    expect(huge.status).toBe(413);
    expect(huge.body.overLimit?.code).toBe(413);
    const plainTokens = await call(t, "POST", "/v2.0/tokens", { body: "auth", headers: { "content-type": "text/plain" } });
    expect(plainTokens.status).toBe(415);
    expect(plainTokens.body.badMediaType?.code).toBe(415);
    const hugeTokens = await call(t, "POST", "/v2.0/tokens", { body: { auth: { passwordCredentials: { username: "x".repeat(20_000), password: "x" } } } });
    expect(hugeTokens.body).toEqual({ overLimit: { code: 413, message: "The request body is too large." } });
    const broken = await call(t, "POST", `${mfa(userId)}/otp-devices`, { token, body: "{" });
    expect(broken.body).toEqual({ badRequest: { code: 400, message: "The request body is not valid JSON." } });
    const missing = await call(t, "POST", `${mfa(userId)}/otp-devices`, { token, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest?.code).toBe(400);
    const phone = await call(t, "POST", `${mfa(userId)}/mobile-phones`, { token, body: { "RAX-AUTH:mobilePhone": { number: "+1 201-555-0123" } } });
    const id = (phone.body["RAX-AUTH:mobilePhone"] as { id: string }).id;
    expect((await call(t, "POST", `${mfa(userId)}/mobile-phones/${id}/verificationcode`, { token })).status).toBe(201);
    const tooSoon = await call(t, "POST", `${mfa(userId)}/mobile-phones/${id}/verificationcode`, { token });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.body.overLimit?.code).toBe(429);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(0);
    // Turning MFA off asks for a step-up every time: 403 with the code a client branches on.
    const off = await call(t, "DELETE", mfa(userId), { token });
    expect(off.status).toBe(403);
    expect(off.headers.get("x-error-code")).toBe("RECENT_AUTH_REQUIRED");
  });

  it("keeps each account to itself: users and admins of one account are refused on another", async () => {
    const a = await createTenant(t, "OPTIONAL");
    const b = await createTenant(t, "OPTIONAL");
    const admin = await signIn(t, a.adminUsername);
    const userA = await signIn(t, await createMailbox(t, a, "rest-a"));
    const otherA = await signIn(t, await createMailbox(t, a, "rest-a2"));
    const userB = await signIn(t, await createMailbox(t, b, "rest-b"));

    const seen = await call(t, "GET", `/v2.0/users/${userA.userId}`, { token: admin.token });
    expect(seen.status).toBe(200);
    expect(seen.body.user?.["RAX-AUTH:multiFactorEnabled"]).toBe(false);
    const required = { "RAX-AUTH:multiFactor": { userMultiFactorEnforcementLevel: "REQUIRED" } };
    // As for a domain, an admin without a second factor cannot force one on a user.
    const refused = await call(t, "PUT", mfa(userA.userId), { token: admin.token, body: required });
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden?.message).toMatch(/before you require it for others/);
    const added = await call(t, "POST", `${mfa(admin.userId)}/otp-devices`, { token: admin.token, body: { "RAX-AUTH:otpDevice": { name: "Admin app" } } });
    const device = added.body["RAX-AUTH:otpDevice"] as { id: string; keyUri: string };
    const secret = new URL(device.keyUri).searchParams.get("secret") as string;
    expect((await call(t, "POST", `${mfa(admin.userId)}/otp-devices/${device.id}/verify`, { token: admin.token, body: { "RAX-AUTH:verificationCode": { code: oathtool(secret) } } })).status).toBe(204);
    const enforce = await call(t, "PUT", mfa(userA.userId), { token: admin.token, body: required });
    expect(enforce.status).toBe(204);
    expect((await call(t, "GET", `/v2.0/users/${userA.userId}`, { token: admin.token })).body.user?.["RAX-AUTH:userMultiFactorEnforcementLevel"]).toBe("REQUIRED");
    // REQUIRED revokes the user's tokens not obtained with MFA.
    expect((await call(t, "GET", `/v2.0/users/${userA.userId}`, { token: userA.token })).status).toBe(401);
    const domain = await call(t, "GET", `/v2.0/RAX-AUTH/domains/${a.domainId}`, { token: admin.token });
    expect(domain.status).toBe(200);
    expect(domain.body["RAX-AUTH:domain"]).toMatchObject({ id: a.domainId, domainMultiFactorEnforcementLevel: "OPTIONAL", enabled: true });
    const optional = await call(t, "PUT", `/v2.0/RAX-AUTH/domains/${a.domainId}/multi-factor`, {
      token: admin.token,
      body: { "RAX-AUTH:multiFactorDomain": { domainMultiFactorEnforcementLevel: "OPTIONAL" } },
    });
    expect(optional.status).toBe(204);

    // Another account's user and domain do not exist for this admin; the refusals are audited.
    const foreignUser = await call(t, "GET", `/v2.0/users/${userB.userId}`, { token: admin.token });
    expect(foreignUser.status).toBe(404);
    expect(foreignUser.body.itemNotFound?.code).toBe(404);
    expect((await call(t, "GET", `/v2.0/RAX-AUTH/domains/${b.domainId}`, { token: admin.token })).status).toBe(404);
    const foreignPolicy = await call(t, "PUT", `/v2.0/RAX-AUTH/domains/${b.domainId}/multi-factor`, {
      token: admin.token,
      body: { "RAX-AUTH:multiFactorDomain": { domainMultiFactorEnforcementLevel: "OFF" } },
    });
    expect(foreignPolicy.status).toBe(404);
    const denied = await t.server.services.dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE account_id = ? AND action = ?", [a.accountId, "ACCESS_DENIED"]);
    expect(Number((denied as { n: number | string }[])[0]?.n)).toBeGreaterThanOrEqual(3);

    // A user acts on themselves only; an admin does not set up another user's devices.
    const peer = await call(t, "GET", `/v2.0/users/${userA.userId}`, { token: otherA.token });
    expect(peer.status).toBe(403);
    expect(peer.body.forbidden?.code).toBe(403);
    expect((await call(t, "POST", `${mfa(userA.userId)}/otp-devices`, { token: otherA.token, body: { "RAX-AUTH:otpDevice": { name: "x" } } })).status).toBe(403);
    expect((await call(t, "POST", `${mfa(otherA.userId)}/otp-devices`, { token: admin.token, body: { "RAX-AUTH:otpDevice": { name: "x" } } })).status).toBe(403);
    expect((await call(t, "GET", `/v2.0/RAX-AUTH/domains/${a.domainId}`, { token: otherA.token })).status).toBe(403);
  });
});
