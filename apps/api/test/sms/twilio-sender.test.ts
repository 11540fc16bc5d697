import { INVALID_NUMBER, startFakeTwilio, type FakeTwilio } from "@mfa/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOutboxSender } from "#src/modules/sms/outbox-sender.js";
import { loginCodeMessage, verificationCodeMessage } from "#src/modules/sms/sms-message.js";
import { createSmsSender } from "#src/modules/sms/sms-sender.factory.js";
import { SmsDeliveryError } from "#src/errors/sms-delivery-error.js";
import { createTwilioSender, type TwilioSenderOptions } from "#src/modules/sms/twilio-sender.js";

const CODE = "493817";
const BODY = loginCodeMessage("Acme Mail", CODE, 5);
const FROM = "+15005550006";
const SERVICE_SID = `MG${"ab12".repeat(8)}`;

async function deliveryError(promise: Promise<unknown>): Promise<SmsDeliveryError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsDeliveryError);
  return error as SmsDeliveryError;
}

describe("the Twilio sender", () => {
  let twilio: FakeTwilio;
  let options: TwilioSenderOptions;

  beforeAll(async () => {
    twilio = await startFakeTwilio();
  });
  afterAll(async () => {
    await twilio.close();
  });
  beforeEach(() => {
    twilio.hang(false);
    options = { accountSid: twilio.accountSid, authToken: twilio.authToken, from: FROM, baseUrl: twilio.url };
  });

  /** The words an error must never carry: the code, the whole body, the auth token. */
  function expectNoSecrets(error: SmsDeliveryError): void {
    expect(error.message).not.toContain(CODE);
    expect(error.message).not.toContain(BODY);
    expect(error.message).not.toContain(twilio.authToken);
  }

  it("posts the text with Basic auth and a form body, and returns Twilio's message SID", async () => {
    const sender = createTwilioSender(options);
    expect(sender.name).toBe("twilio");
    const result = await sender.send({ to: "+14155550123", body: BODY });
    expect(result.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(twilio.messages.at(-1)).toEqual({ sid: result.providerMessageId, to: "+14155550123", body: BODY, from: FROM, messagingServiceSid: null });
  });

  it("sends through a Messaging Service when `from` is an MG SID", async () => {
    const sender = createTwilioSender({ ...options, from: SERVICE_SID, baseUrl: `${twilio.url}/` });
    const result = await sender.send({ to: "+447700900123", body: BODY });
    expect(twilio.messages.at(-1)).toEqual({ sid: result.providerMessageId, to: "+447700900123", body: BODY, from: null, messagingServiceSid: SERVICE_SID });
  });

  it("fails without retry on a wrong auth token, naming neither the token nor the code", async () => {
    const wrongToken = "f".repeat(32);
    const error = await deliveryError(createTwilioSender({ ...options, authToken: wrongToken }).send({ to: "+14155550123", body: BODY }));
    expect(error.retryable).toBe(false);
    expect(error.providerCode).toBe(20003);
    expect(error.message).toContain("HTTP 401");
    expect(error.message).not.toContain(wrongToken);
    expectNoSecrets(error);
  });

  it("fails without retry on an invalid number (Twilio error 21211), without the code", async () => {
    const error = await deliveryError(createTwilioSender(options).send({ to: INVALID_NUMBER, body: BODY }));
    expect(error.retryable).toBe(false);
    expect(error.providerCode).toBe(21211);
    expect(error.message).toContain("is not a valid phone number");
    expectNoSecrets(error);
  });

  it("gives up after timeoutMs when Twilio does not answer, and says the attempt may be retried", async () => {
    twilio.hang(true);
    const started = Date.now();
    const error = await deliveryError(createTwilioSender({ ...options, timeoutMs: 300 }).send({ to: "+14155550123", body: BODY }));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain("300 ms");
    expectNoSecrets(error);
  });

  it("reports an unreachable Twilio as retryable", async () => {
    const gone = await startFakeTwilio();
    await gone.close();
    const error = await deliveryError(
      createTwilioSender({ ...options, accountSid: gone.accountSid, authToken: gone.authToken, baseUrl: gone.url }).send({ to: "+14155550123", body: BODY }),
    );
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^Could not reach Twilio/);
    expect(error.message).not.toContain(gone.authToken);
  });

  it("treats an overloaded Twilio (5xx, not JSON) as retryable", async () => {
    twilio.failNext(503, "<html>Service Unavailable</html>");
    const error = await deliveryError(createTwilioSender(options).send({ to: "+14155550123", body: BODY }));
    expect(error.retryable).toBe(true);
    expect(error.providerCode).toBeNull();
    expect(error.message).toContain("HTTP 503");
  });

  it("treats a rate limit (429, error 20429) as retryable", async () => {
    twilio.failNext(429, JSON.stringify({ code: 20429, message: "Too Many Requests", status: 429 }));
    const error = await deliveryError(createTwilioSender(options).send({ to: "+14155550123", body: BODY }));
    expect(error.retryable).toBe(true);
    expect(error.providerCode).toBe(20429);
  });

  it("strips the body, the code and the token even when the provider's error quotes them", async () => {
    twilio.failNext(400, JSON.stringify({ code: 30007, message: `Filtered: "${BODY}" code ${CODE} token ${twilio.authToken}`, status: 400 }));
    const error = await deliveryError(createTwilioSender(options).send({ to: "+14155550123", body: BODY }));
    expect(error.providerCode).toBe(30007);
    expect(error.message).toContain("[redacted]");
    expectNoSecrets(error);
  });

  it("rejects a success without a message SID", async () => {
    twilio.failNext(201, JSON.stringify({ status: "queued" }));
    const error = await deliveryError(createTwilioSender(options).send({ to: "+14155550123", body: BODY }));
    expect(error.retryable).toBe(false);
  });

  it("refuses a malformed configuration, naming the field but not the token", () => {
    expect(() => createTwilioSender({ ...options, accountSid: "nope" })).toThrow(/accountSid/);
    expect(() => createTwilioSender({ ...options, authToken: "" })).toThrow(/authToken/);
    expect(() => createTwilioSender({ ...options, from: "4155550123" })).toThrow(/from/);
    expect(() => createTwilioSender({ ...options, timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});

describe("the sender factory", () => {
  it("chooses the outbox by default configuration and Twilio when configured", () => {
    expect(createSmsSender({ sender: "outbox" }).name).toBe("outbox");
    const twilio = { accountSid: `AC${"0".repeat(32)}`, authToken: "secret", from: FROM };
    expect(createSmsSender({ sender: "twilio", twilio }).name).toBe("twilio");
    expect(() => createSmsSender({ sender: "twilio" })).toThrow(RangeError);
  });

  it("has an outbox sender that delivers nothing itself", async () => {
    expect(await createOutboxSender().send({ to: "+14155550123", body: BODY })).toEqual({ providerMessageId: null });
  });
});

describe("the message texts", () => {
  it("name the issuer, the code, the lifetime and a warning", () => {
    expect(loginCodeMessage("Acme Mail", "123456", 5)).toBe("Acme Mail sign-in code: 123456. It expires in 5 minutes. Don't share it.");
    expect(verificationCodeMessage("Acme Mail", "654321", 1)).toBe(
      "Acme Mail phone verification code: 654321. It expires in 1 minute. Don't share it.",
    );
  });
});
