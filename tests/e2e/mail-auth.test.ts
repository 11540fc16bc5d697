import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { startDovecot, type RunningDovecot } from "../support/dovecot.js";
import { imapLogin, imapLogins } from "../support/imap.js";
import { assertBuilt } from "../support/paths.js";
import { freePort } from "../support/ports.js";
import { oathtool } from "../support/totp.js";

const ADMIN_PASSWORD = "mail-e2e-admin-password";
const PASSWORD = "a mailbox password of some length";

type Gql<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

describe("a real mail server asks the MFA service for every IMAP login", () => {
  const key = randomBytes(24).toString("base64url");
  let server: RunningServer;
  /** The IMAP port of this suite's Dovecot. */
  let imapPort = 0;
  let dovecot: RunningDovecot;
  let admin = "";

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Gql<T>;
    if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  const login = (username: string, password = PASSWORD) =>
    gql<{ login: { __typename: string; token?: string } }>(
      `mutation L($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { __typename ... on LoginSuccess { token } ... on MfaSetupRequired { token } } }`,
      { u: username, p: password },
    );

  async function domain(name: string, policy: "OFF" | "OPTIONAL" | "REQUIRED"): Promise<string> {
    const id = (await gql<{ createDomain: { domain: { id: string } } }>(`mutation D($n: String!) { createDomain(input: { name: $n }) { domain { id } } }`, { n: name }, admin)).createDomain.domain.id;
    if (policy !== "OFF") await setPolicy(id, policy);
    return id;
  }
  const setPolicy = (domainId: string, policy: string) =>
    gql(`mutation P($id: ID!, $p: PolicyLevel!) { setDomainMfaPolicy(input: { domainId: $id, policy: $p }) { revokedSessions } }`, { id: domainId, p: policy }, admin);
  const mailbox = async (domainId: string, localPart: string) =>
    (await gql<{ createMailbox: { user: { id: string; username: string } } }>(
      `mutation M($d: ID!, $l: String!, $p: String!) { createMailbox(input: { domainId: $d, localPart: $l, displayName: $l, password: $p }) { user { id username } } }`,
      { d: domainId, l: localPart, p: PASSWORD },
      admin,
    )).createMailbox.user;

  /** Enrols an authenticator for a user who can sign in with the password alone (or must set up); returns a full session. */
  async function enrol(username: string, password = PASSWORD): Promise<string> {
    const first = await login(username, password);
    const token = first.login.token as string;
    const started = await gql<{ enrollTotp: { secret: string; device: { id: string } } }>(`mutation { enrollTotp(input: { name: "Phone" }) { secret device { id } } }`, {}, token);
    const verified = await gql<{ verifyDevice: { token: string | null } }>(
      `mutation V($d: ID!, $c: String!) { verifyDevice(input: { deviceId: $d, code: $c }) { token } }`,
      { d: started.enrollTotp.device.id, c: oathtool(started.enrollTotp.secret) },
      token,
    );
    return verified.verifyDevice.token ?? token;
  }
  const createAppPassword = async (token: string, name: string) =>
    (await gql<{ createAppPassword: { password: string; appPassword: { id: string } } }>(`mutation C($n: String!) { createAppPassword(name: $n) { password appPassword { id } } }`, { n: name }, token)).createAppPassword;
  const auditCount = async (userId: string, action: string) =>
    (await gql<{ auditEvents: { totalCount: number } }>(`query A($u: ID!, $a: AuditAction!) { auditEvents(filter: { userId: $u, action: $a }, first: 1) { totalCount } }`, { u: userId, a: action }, admin)).auditEvents.totalCount;

  beforeAll(async () => {
    assertBuilt();
    // A long first wait once a user's burst of 5 is spent: what the 30 get through does not depend on how fast
    // this machine forks Dovecot's check script (the password step's limiter, tested the same way).
    server = await startBuiltServer({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, MAIL_AUTH_KEY: key, LOGIN_USER_BACKOFF_MS: "60000" });
    // A free port of its own, beside any other Dovecot on the machine (another run's, or one left behind).
    imapPort = await freePort();
    dovecot = await startDovecot(`${server.url}/mail-auth/v1/check`, key, imapPort);
    // An admin requires MFA of others only with their own: the session that verifies their authenticator passed it.
    admin = await enrol("admin", ADMIN_PASSWORD);
  }, 90_000);
  afterAll(async () => {
    await dovecot?.stop();
    await server?.stop();
  });

  it("under Optional with MFA off the mailbox password logs in; a wrong one is refused", async () => {
    const d = await domain("optional-mail.example", "OPTIONAL");
    const { username } = await mailbox(d, "olga");
    expect(await imapLogin(imapPort, username, PASSWORD)).toBe("OK");
    expect(await imapLogin(imapPort, username, "not the password")).toBe("AUTHENTICATIONFAILED");
  });

  it("once the user turns MFA on, the mailbox password is refused and an app password logs in", async () => {
    const d = await domain("turned-on.example", "OPTIONAL");
    const { username, id } = await mailbox(d, "tom");
    const token = await enrol(username);
    await gql(`mutation { setMfaEnabled(enabled: true) { security { mfaEnabled } } }`, {}, token);
    expect(await imapLogin(imapPort, username, PASSWORD)).toBe("AUTHENTICATIONFAILED");
    expect(await auditCount(id, "MAIL_AUTH_MAILBOX_PASSWORD_REFUSED")).toBe(1);
    const app = await createAppPassword(token, "Thunderbird");
    expect(await imapLogin(imapPort, username, app.password)).toBe("OK");
    const listed = await gql<{ myAppPasswords: { lastUsedProtocol: string | null; lastUsedIp: string | null; lastUsedAt: string | null }[] }>(
      `{ myAppPasswords { lastUsedProtocol lastUsedIp lastUsedAt } }`,
      {},
      token,
    );
    expect(listed.myAppPasswords[0]).toMatchObject({ lastUsedProtocol: "imap", lastUsedIp: "127.0.0.1" });
  });

  it("under Force-On the mailbox password is refused; the user's app password works, a revoked one or another user's does not, and a reset revokes them", async () => {
    const d = await domain("force-on.example", "REQUIRED");
    const bob = await mailbox(d, "bob");
    const carol = await mailbox(d, "carol");
    expect(await imapLogin(imapPort, bob.username, PASSWORD)).toBe("AUTHENTICATIONFAILED");

    const bobToken = await enrol(bob.username);
    const carolToken = await enrol(carol.username);
    const first = await createAppPassword(bobToken, "Phone mail");
    const carols = await createAppPassword(carolToken, "Carol's laptop");
    expect(await imapLogin(imapPort, bob.username, first.password)).toBe("OK");
    expect(await imapLogin(imapPort, bob.username, first.password.replace(/ /g, "-"))).toBe("OK");
    expect(await imapLogin(imapPort, bob.username, carols.password)).toBe("AUTHENTICATIONFAILED");
    expect(await imapLogin(imapPort, carol.username, carols.password)).toBe("OK");

    await gql(`mutation R($id: ID!) { revokeAppPassword(id: $id) { revoked } }`, { id: first.appPassword.id }, bobToken);
    expect(await imapLogin(imapPort, bob.username, first.password)).toBe("AUTHENTICATIONFAILED");

    const second = await createAppPassword(bobToken, "Desktop");
    expect(await imapLogin(imapPort, bob.username, second.password)).toBe("OK");
    await gql(`mutation R($id: ID!) { resetUserMfa(userId: $id) { user { id } } }`, { id: bob.id }, admin);
    expect(await imapLogin(imapPort, bob.username, second.password)).toBe("AUTHENTICATIONFAILED");
  });

  it("30 parallel wrong passwords over IMAP: at most 5 reach the check, the rest are refused as a temporary failure", async () => {
    const d = await domain("burst-mail.example", "OPTIONAL");
    const erin = await mailbox(d, "erin");
    const outcomes = await imapLogins(imapPort, Array.from({ length: 30 }, (_, i) => ({ username: erin.username, password: `wrong guess ${i}` })));
    const failed = outcomes.filter((o) => o === "AUTHENTICATIONFAILED").length;
    const unavailable = outcomes.filter((o) => o === "UNAVAILABLE").length;
    expect(failed + unavailable, JSON.stringify(outcomes)).toBe(30);
    expect(failed).toBeGreaterThanOrEqual(1);
    expect(failed).toBeLessThanOrEqual(5);
    // What reached the service and was judged, and what it refused unchecked, as the audit log counts them.
    expect(await auditCount(erin.id, "MAIL_AUTH_FAILED")).toBe(failed);
    expect(await auditCount(erin.id, "MAIL_AUTH_THROTTLED")).toBe(unavailable);
    expect(dovecot.log()).toMatch(/Temporary authentication failure|status=111|exited with status 111/);
  });
});
