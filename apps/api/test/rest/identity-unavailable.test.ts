import { startFakeTwilio, type FakeTwilio } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, createMailbox, createTenant } from "../support/fixtures.js";
import { expectDocumented } from "../support/openapi.js";
import { startTestServer, type TestServer } from "../support/server.js";

async function call(t: TestServer, method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { accept: "application/json", ...(token ? { "x-auth-token": token } : {}), ...(body ? { "content-type": "application/json" } : {}) };
  const res = await fetch(`${t.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json()) as Record<string, Record<string, unknown>>;
  expectDocumented(method, path, res.status, json);
  return { status: res.status, headers: res.headers, body: json };
}

describe.each(ENGINES)("the Identity REST door when the SMS provider fails, on %s", (engine) => {
  let twilio: FakeTwilio;
  let t: TestServer;
  beforeAll(async () => {
    twilio = await startFakeTwilio();
    t = await startTestServer(engine, {
      SMS_SENDER: "twilio",
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: "+15005550006",
      TWILIO_BASE_URL: twilio.url,
      TWILIO_TIMEOUT_MS: "500",
    });
  });
  afterAll(async () => {
    await t?.close();
    await twilio?.close();
  });

  it("answers 503 serviceUnavailable in the Identity shape and leaks no code", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rest-provider");
    const signedIn = await call(t, "POST", "/v2.0/tokens", undefined, { auth: { passwordCredentials: { username, password: PASSWORD } } });
    const { token, user } = signedIn.body.access as { token: { id: string }; user: { id: string } };
    const path = `/v2.0/users/${user.id}/RAX-AUTH/multi-factor/mobile-phones`;
    const added = await call(t, "POST", path, token.id, { "RAX-AUTH:mobilePhone": { number: "+1 201-555-0125" } });
    expect(added.status).toBe(201);
    const phoneId = (added.body["RAX-AUTH:mobilePhone"] as { id: string }).id;
    twilio.failNext(503, "<html>Service Unavailable</html>");
    const sent = await call(t, "POST", `${path}/${phoneId}/verificationcode`, token.id);
    expect(sent.status).toBe(503);
    expect(sent.headers.get("content-type")).toMatch(/application\/json/);
    expect(sent.body.serviceUnavailable?.code).toBe(503);
    expect(JSON.stringify(sent.body)).not.toMatch(/\d{6}/);
  });
});
