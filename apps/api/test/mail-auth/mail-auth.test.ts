import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, createMailbox, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { CREATE, MAIL_KEY, mailCheck, mfaMailbox, type Created } from "./mail-auth-fixtures.js";

async function countEvents(t: TestServer, username: string, action: string): Promise<number> {
  const rows: { n: number | string }[] = await t.server.dataSource.query(
    "SELECT COUNT(*) AS n FROM audit_events e JOIN users u ON u.id = e.target_user_id WHERE u.username = ? AND e.action = ?",
    [username, action],
  );
  return Number(rows[0]?.n);
}

describe.each(ENGINES)("the mail-server check on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    // A long first wait: what a burst gets through does not depend on how fast this machine answers it.
    t = await startTestServer(engine, { MAIL_AUTH_KEY: MAIL_KEY, LOGIN_USER_BACKOFF_MS: "60000", LOGIN_ADDRESS_LIMIT: "40" });
  });
  afterAll(async () => t?.close());

  it("needs the mail servers' key (401 without it or with a wrong one) and a known protocol (400)", async () => {
    const body = { username: "nobody@example.test", password: "x", protocol: "imap", remoteIp: "192.0.2.1" };
    const none = await mailCheck(t, body, null);
    expect(none.status).toBe(401);
    expect(none.body.error?.code).toBe("MAIL_AUTH_KEY_INVALID");
    expect((await mailCheck(t, body, `${MAIL_KEY}x`)).status).toBe(401);
    expect((await mailCheck(t, body, MAIL_KEY.slice(0, -1))).status).toBe(401);
    const bad = await mailCheck(t, { ...body, protocol: "ftp" });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe("BAD_USER_INPUT");
    expect((await mailCheck(t, { ...body, remoteIp: "not an address" })).status).toBe(400);
    expect((await mailCheck(t, body)).body).toEqual({ result: "deny" });
  });

  it("is not there when no key is configured", async () => {
    const off = await startTestServer(engine, {});
    try {
      const res = await fetch(`${off.url}/mail-auth/v1/check`, { method: "POST", headers: { "content-type": "application/json", "x-mail-auth-key": MAIL_KEY }, body: "{}" });
      expect(res.status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it("without MFA the mailbox password works for imap, pop3 and smtp; a wrong one and an unknown user are denied alike", async () => {
    for (const policy of ["OFF", "OPTIONAL"] as const) {
      const tenant = await createTenant(t, policy);
      const username = await createMailbox(t, tenant, `plain-${policy.toLowerCase()}`);
      for (const protocol of ["imap", "pop3", "smtp"]) expect((await mailCheck(t, { username, password: PASSWORD, protocol, remoteIp: "192.0.2.10" })).body).toEqual({ result: "allow" });
      expect((await mailCheck(t, { username, password: "wrong", protocol: "imap", remoteIp: "192.0.2.10" })).body).toEqual({ result: "deny" });
      expect(await countEvents(t, username, "MAIL_AUTH_FAILED")).toBe(1);
    }
    expect((await mailCheck(t, { username: "ghost@nowhere.example", password: PASSWORD, protocol: "imap" })).body).toEqual({ result: "deny" });
  });

  it("under Force-On, or once the user turns MFA on, the mailbox password is refused (audited) and an app password works", async () => {
    const forced = await createTenant(t, "REQUIRED");
    const forcedUser = await createMailbox(t, forced, "forced");
    expect((await mailCheck(t, { username: forcedUser, password: PASSWORD, protocol: "imap", remoteIp: "192.0.2.20" })).body).toEqual({ result: "deny" });
    expect(await countEvents(t, forcedUser, "MAIL_AUTH_MAILBOX_PASSWORD_REFUSED")).toBe(1);

    const optional = await createTenant(t, "OPTIONAL");
    const { username, token } = await mfaMailbox(t, optional, "turned-on");
    expect((await mailCheck(t, { username, password: PASSWORD, protocol: "smtp", remoteIp: "192.0.2.21" })).body).toEqual({ result: "deny" });
    expect(await countEvents(t, username, "MAIL_AUTH_MAILBOX_PASSWORD_REFUSED")).toBe(1);
    const made = (await t.gql<{ createAppPassword: Created }>(CREATE, { name: "Phone mail" }, bearer(token))).body.data?.createAppPassword as Created;
    expect((await mailCheck(t, { username, password: made.password, protocol: "pop3", remoteIp: "192.0.2.21" })).body).toEqual({ result: "allow" });
    expect((await mailCheck(t, { username: username.toUpperCase(), password: made.password.replace(/ /g, ""), protocol: "imap" })).body).toEqual({ result: "allow" });
    // A wrong app password of the right shape is denied, and audited as a failure.
    expect((await mailCheck(t, { username, password: "aaaa bbbb cccc dddd", protocol: "imap" })).body).toEqual({ result: "deny" });
  });

  it("a locked user is denied even with a right app password", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { username, userId, token } = await mfaMailbox(t, tenant, "locked");
    const made = (await t.gql<{ createAppPassword: Created }>(CREATE, { name: "Mail" }, bearer(token))).body.data?.createAppPassword as Created;
    await t.server.dataSource.query("UPDATE users SET mfa_locked_at = ? WHERE id = ?", [Date.now(), userId]);
    expect((await mailCheck(t, { username, password: made.password, protocol: "imap" })).body).toEqual({ result: "deny" });
  });

  it("30 parallel wrong passwords for one user from one address: at most 5 are checked, the rest answer 429 unchecked", async () => {
    const tenant = await createTenant(t, "OFF");
    const username = await createMailbox(t, tenant, "burst");
    const answers = await Promise.all(Array.from({ length: 30 }, () => mailCheck(t, { username, password: "wrong guess", protocol: "imap", remoteIp: "203.0.113.9" })));
    const denied = answers.filter((a) => a.status === 200 && a.body.result === "deny").length;
    const throttled = answers.filter((a) => a.status === 429);
    expect(denied + throttled.length).toBe(30);
    expect(denied).toBeLessThanOrEqual(5);
    expect(denied).toBeGreaterThanOrEqual(1);
    expect(throttled[0]?.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await countEvents(t, username, "MAIL_AUTH_FAILED")).toBe(denied);
    expect(await countEvents(t, username, "MAIL_AUTH_THROTTLED")).toBe(throttled.length);
    // The right password from that address waits too (a guesser cannot tell it from a wrong one)...
    expect((await mailCheck(t, { username, password: PASSWORD, protocol: "imap", remoteIp: "203.0.113.9" })).status).toBe(429);
    // ...but the user's own client elsewhere is not locked out.
    expect((await mailCheck(t, { username, password: PASSWORD, protocol: "imap", remoteIp: "198.51.100.99" })).body).toEqual({ result: "allow" });
  });

  it("one address spraying many users is limited across usernames", async () => {
    const tenant = await createTenant(t, "OFF");
    const users = await Promise.all(Array.from({ length: 9 }, (_, i) => createMailbox(t, tenant, `spray${i}`)));
    const answers = [];
    for (const username of users) for (let i = 0; i < 5; i++) answers.push(await mailCheck(t, { username, password: `guess ${i}`, protocol: "imap", remoteIp: "203.0.113.77" }));
    const checked = answers.filter((a) => a.status === 200).length;
    expect(checked).toBe(40);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(5);
  });
});
