import { startFakeTwilio, type FakeTwilio } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, VERIFY, bearer, codeOf, createMailbox, createTenant, login } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const codeIn = (body: string) => /(\d{6,8})/.exec(body)?.[1] as string;

describe.each(ENGINES)("the server with the Twilio sender on %s", (engine) => {
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

  it("verifies a phone and signs in with codes delivered through the provider; the outbox is off", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "twilio");
    const token = (await login(t, username)).token as string;
    const added = await t.gql<{ addPhone: { device: { id: string } } }>(`mutation { addPhone(input: { country: "US", number: "2015550123", name: "Mobile" }) { device { id } } }`, {}, bearer(token));
    const deviceId = added.body.data?.addPhone.device.id as string;
    expect(twilio.messages.at(-1)?.to).toBe("+12015550123");
    await t.gql(VERIFY, { input: { deviceId, code: codeIn(twilio.messages.at(-1)?.body ?? "") } }, bearer(token));

    const step1 = await login(t, username);
    expect(step1.smsSentTo).toBe("+1 *** *** 0123");
    const done = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: codeIn(twilio.messages.at(-1)?.body ?? "") } });
    expect(done.body.errors).toBeUndefined();

    const outbox = await t.gql(`{ smsOutbox { id } }`, {}, bearer(token));
    expect(codeOf(outbox.body.errors)).toBe("FORBIDDEN");
  });

  it("answers a provider time-out with a coded error, leaks no code, and leaves the failure counter alone", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "timeout");
    const token = (await login(t, username)).token as string;
    twilio.hang(true);
    try {
      const started = Date.now();
      const res = await t.gql(`mutation { addPhone(input: { country: "US", number: "2015550124", name: "Mobile" }) { device { id } } }`, {}, bearer(token));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(codeOf(res.body.errors)).toBe("SMS_DELIVERY_FAILED");
      expect(JSON.stringify(res.body)).not.toMatch(/\d{6}/);
    } finally {
      twilio.hang(false);
    }
    const rows: { mfa_failures: number | string }[] = await t.server.dataSource.query("SELECT mfa_failures FROM users WHERE username = ?", [username]);
    expect(Number(rows[0]?.mfa_failures)).toBe(0);
  });
});
