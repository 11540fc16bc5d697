import { startSmtpReceiver, type SmtpReceiver } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, LOGIN, PASSWORD, bearer, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { CREATE, MAIL_KEY, adminToken, mfaMailbox } from "../mail-auth/mail-auth-fixtures.js";
import { textsTo, verifiedPhone } from "../sms/sms-fixtures.js";
import { auditsOf, mailsTo, smtpEnv, verifiedAlternate } from "./alerts-fixtures.js";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

describe.each(ENGINES)("security alerts on %s", (engine) => {
  let t: TestServer;
  let receiver: SmtpReceiver;
  let tenant: Tenant;
  let n = 0;
  const home = () => `owner-${engine}-${++n}-${Math.random().toString(36).slice(2, 7)}@home.example`;
  const send = () => t.server.services.securityAlerts.round();
  /** A mailbox under MFA (an authenticator) with a verified alternate address. */
  const protectedMailbox = async (local: string) => {
    const user = await mfaMailbox(t, tenant, `${local}-${++n}`);
    const address = home();
    await verifiedAlternate(t, receiver, user.token, address);
    await send();
    return { ...user, address };
  };
  const alertsTo = (address: string) => mailsTo(receiver, address).filter((m) => m.subject.startsWith("Security alert"));

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    t = await startTestServer(engine, { ...smtpEnv(receiver), MAIL_AUTH_KEY: MAIL_KEY });
    tenant = await createTenant(t, "OPTIONAL");
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it("a phone added: an email to the alternate address (what, when, from where, what to do) and a text to the other phone, not to the new one", async () => {
    const user = await protectedMailbox("alert-phone");
    const first = await verifiedPhone(t, { id: user.userId, token: user.token }, "2015550101");
    const before = alertsTo(user.address).length;
    await send();
    expect(alertsTo(user.address).slice(before).map((m) => m.subject)).toEqual(["Security alert: a sign-in method was added"]);
    // The first phone had no other phone to be told on: it got its verification code only.
    expect(await textsTo(t, "+12015550101")).toBe(1);

    const second = await t.gql<{ addPhone: { device: { id: string } } }>(
      `mutation A($input: AddPhoneInput!) { addPhone(input: $input) { device { id } } }`,
      { input: { country: "US", number: "2015550102", name: "Work" } },
      { ...bearer(user.token), "user-agent": BROWSER },
    );
    const deviceId = second.body.data?.addPhone.device.id as string;
    const [sent] = await t.server.services.sms.listOutbox({ userId: user.userId, first: 1 });
    const code = /(\d{6,8})/.exec(sent?.body ?? "")?.[1] as string;
    const verified = await t.gql(`mutation V($input: VerifyDeviceInput!) { verifyDevice(input: $input) { device { id } } }`, { input: { deviceId, code } }, { ...bearer(user.token), "user-agent": BROWSER });
    expect(verified.body.errors).toBeUndefined();
    expect(await send()).toBe(1);

    const alert = alertsTo(user.address).at(-1);
    expect(alert?.subject).toBe("Security alert: a sign-in method was added");
    expect(alert?.text).toContain(`your account ${user.username}.`);
    expect(alert?.text).toMatch(/When: \w+day \d+ \w+ \d{4} at \d\d:\d\d UTC/);
    expect(alert?.text).toContain(`From: 127.0.0.1 (${BROWSER})`);
    expect(alert?.text).toContain("Review your sign-in methods: https://mfa.acme.example/security");
    const [text] = await t.server.services.sms.listOutbox({ userId: user.userId, first: 1 });
    expect(text?.to).toBe("+12015550101");
    expect(text?.body).toContain(`a new sign-in method was added to ${user.username}`);
    expect(await textsTo(t, "+12015550102")).toBe(1); // only its verification code
    expect((await auditsOf(t, user.userId, "SECURITY_ALERT_SENT")).at(-1)).toEqual({ event: "FACTOR_ADDED", channels: "EMAIL+SMS" });
    expect(mailsTo(receiver, user.username)).toEqual([]);
    expect(first).not.toBe(deviceId);
  });

  it("MFA turned off: an email and a text to a verified phone", async () => {
    const user = await protectedMailbox("alert-off");
    await verifiedPhone(t, { id: user.userId, token: user.token }, "2015550103");
    await send();
    const entity = await t.server.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.userId });
    await t.server.services.mfa.setMfaEnabled({ user: entity, ip: "198.51.100.9" }, false);
    expect(await send()).toBe(1);
    expect(alertsTo(user.address).at(-1)?.text).toContain("Two-step sign-in was turned off for your account");
    expect(alertsTo(user.address).at(-1)?.text).toContain("From: 198.51.100.9");
    const [text] = await t.server.services.sms.listOutbox({ userId: user.userId, first: 1 });
    expect(text).toMatchObject({ to: "+12015550103" });
    expect(text?.body).toContain("two-step sign-in was turned off");
  });

  it("new recovery codes, an app password, a reset by the admin: an email each", async () => {
    const user = await protectedMailbox("alert-codes");
    expect((await t.gql(`mutation { generateRecoveryCodes(quantity: 2) { codes } }`, {}, bearer(user.token))).body.errors).toBeUndefined();
    expect((await t.gql(CREATE, { name: "Thunderbird" }, bearer(user.token))).body.errors).toBeUndefined();
    const admin = await adminToken(t, tenant);
    const reset = await t.gql(`mutation R($id: ID!) { resetUserMfa(userId: $id) { user { id } } }`, { id: user.userId }, bearer(admin));
    expect(reset.body.errors).toBeUndefined();
    expect(await send()).toBeGreaterThanOrEqual(3);
    const subjects = alertsTo(user.address).map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining(["Security alert: new recovery codes were created", "Security alert: an app password was created", "Security alert: two-step sign-in was reset"]),
    );
  });

  it("the account locked after too many wrong codes: an email", async () => {
    const user = await protectedMailbox("alert-lock");
    for (let i = 0; i < 7; i++) {
      const step = (await login(t, user.username)) as { challengeId?: string };
      if (!step.challengeId) break;
      await t.gql(COMPLETE, { input: { challengeId: step.challengeId, passcode: "000000" } });
    }
    expect(await auditsOf(t, user.userId, "ACCOUNT_LOCKED")).toHaveLength(1);
    await send();
    expect(alertsTo(user.address).at(-1)?.subject).toBe("Security alert: your account was locked");
  });

  it("a sign-in from a browser never seen before: an email; the same browser again: none", async () => {
    const username = await createMailbox(t, tenant, `alert-browser-${++n}`);
    const first = (await login(t, username)) as { token?: string; user?: { id: string } };
    const address = home();
    await verifiedAlternate(t, receiver, first.token as string, address);
    await send();
    const before = alertsTo(address).length;
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": BROWSER },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username, password: PASSWORD } } }),
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(",").map((c) => c.split(";")[0]?.trim()).filter((c) => c?.includes("mfa_known")).join("; ");
    expect(cookie).toContain("mfa_known");
    await send();
    expect(alertsTo(address).length).toBe(before + 1);
    expect(alertsTo(address).at(-1)?.subject).toBe("Security alert: a sign-in from a new browser");
    expect(alertsTo(address).at(-1)?.text).toContain(BROWSER);
    await t.gql(LOGIN, { input: { username, password: PASSWORD } }, { cookie, "user-agent": BROWSER });
    await send();
    expect(alertsTo(address).length).toBe(before + 1);
  });

  it("no second channel: nothing is sent (never to the mailbox itself), and the audit says so", async () => {
    const user = await mfaMailbox(t, tenant, `alert-none-${++n}`);
    await send();
    await verifiedPhone(t, { id: user.userId, token: user.token }, "2015550104");
    expect(await send()).toBeGreaterThanOrEqual(1);
    expect(mailsTo(receiver, user.username)).toEqual([]);
    expect(await textsTo(t, "+12015550104")).toBe(1);
    expect((await auditsOf(t, user.userId, "SECURITY_ALERT_NOT_SENT")).at(-1)).toEqual({ event: "FACTOR_ADDED", reason: "NO_SECOND_CHANNEL", channels: null });
  });

  it("a mail server that refuses the alert fails neither the user's change nor the sender: the audit says it was not delivered", async () => {
    const user = await protectedMailbox("alert-refused");
    receiver.behave("reject");
    try {
      expect((await t.gql(`mutation { generateRecoveryCodes(quantity: 1) { codes } }`, {}, bearer(user.token))).body.errors).toBeUndefined();
      expect(await send()).toBe(1);
    } finally {
      receiver.behave("accept");
    }
    expect((await auditsOf(t, user.userId, "SECURITY_ALERT_NOT_SENT")).at(-1)).toEqual({ event: "RECOVERY_CODES_GENERATED", reason: "DELIVERY_FAILED", channels: "EMAIL" });
  });

  it("an alert is sent once, whatever the number of senders running at the same moment", async () => {
    const user = await protectedMailbox("alert-once");
    const before = alertsTo(user.address).length;
    expect((await t.gql(`mutation { generateRecoveryCodes(quantity: 1) { codes } }`, {}, bearer(user.token))).body.errors).toBeUndefined();
    const settled = await Promise.all(Array.from({ length: 5 }, () => send()));
    expect(settled.reduce((a, b) => a + b, 0)).toBe(1);
    expect(alertsTo(user.address).length).toBe(before + 1);
  });
});
