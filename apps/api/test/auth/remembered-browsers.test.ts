import { createHash } from "node:crypto";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool, type Tenant } from "../support/fixtures.js";
import { ENGINES } from "../support/engines.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SoftAuthenticator, WEBAUTHN_ENV } from "../support/soft-authenticator.js";
import { COMPLETE_WITH_PASSKEY, passwordThenOffer, registerPasskey } from "../webauthn/passkey-fixtures.js";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const DAY = 86_400_000;

const LOGIN = `mutation L($input: LoginInput!) {
  login(input: $input) { __typename ... on LoginSuccess { authenticatedBy } ... on MfaChallenge { challengeId rememberBrowserDays } }
}`;
const COMPLETE = `mutation C($input: CompleteLoginInput!) { completeLogin(input: $input) { authenticatedBy } }`;
const MINE = `{ myRememberedBrowsers { id name firstUsedAt lastUsedAt expiresAt current } }`;
const FORGET = `mutation F($id: ID!) { forgetRememberedBrowser(id: $id) { forgotten browsers { id } } }`;
const FORGET_ALL = `mutation { forgetAllRememberedBrowsers { forgotten browsers { id } } }`;
const SET_DAYS = `mutation D($d: ID!, $n: Int!) { setRememberBrowserDays(domainId: $d, days: $n) { domain { id rememberBrowserDays } } }`;

interface Browser {
  /** The Cookie header this browser sends: its session and its remembered-browser token. */
  cookie: string;
  rememberToken: string | null;
}

/** The cookies a response sets, by name. */
function setCookies(headers: Headers): Map<string, { value: string; raw: string }> {
  return new Map(
    headers.getSetCookie().map((raw) => {
      const [pair = ""] = raw.split(";");
      const at = pair.indexOf("=");
      return [pair.slice(0, at), { value: pair.slice(at + 1), raw }];
    }),
  );
}

describe.each(ENGINES)("remembered browsers on %s", (engine) => {
  let t: TestServer;
  let shift = 0;
  beforeAll(async () => {
    t = await startTestServer(engine, WEBAUTHN_ENV, { now: () => Date.now() + shift });
  });
  afterAll(async () => t?.close());

  const headersOf = (cookie: string | null) => ({ "user-agent": CHROME, ...(cookie ? { cookie } : {}) });

  /** The password step as the console sends it (session as a cookie), with whatever cookies the browser holds. */
  async function passwordStep(username: string, cookie: string | null, password = PASSWORD) {
    return t.gql<{ login: { __typename: string; authenticatedBy?: string[]; challengeId?: string; rememberBrowserDays?: number } }>(
      LOGIN,
      { input: { username, password, cookie: true } },
      headersOf(cookie),
    );
  }

  /** A user with an authenticator, signed in by the console ticking "don't ask again": the browser's cookies. */
  async function rememberedUser(tenant: Tenant, name: string): Promise<{ username: string; userId: string; browser: Browser }> {
    const username = await createMailbox(t, tenant, name);
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await passwordStep(username, null);
    expect(step1.body.data?.login).toMatchObject({ __typename: "MfaChallenge", rememberBrowserDays: 30 });
    const done = await t.gql(
      COMPLETE,
      { input: { challengeId: step1.body.data?.login.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000), cookie: true, rememberBrowser: true } },
      headersOf(null),
    );
    expect(done.body.errors).toBeUndefined();
    const cookies = setCookies(done.headers);
    const remember = cookies.get("mfa_remember");
    expect(remember?.raw).toMatch(/Max-Age=2592000; Path=\/; HttpOnly; SameSite=Strict/);
    const session = cookies.get("mfa_session");
    const rows: { id: string }[] = await t.server.dataSource.query("SELECT id FROM users WHERE username = ?", [username]);
    return {
      username,
      userId: rows[0]?.id as string,
      browser: { cookie: `mfa_session=${session?.value}; mfa_remember=${remember?.value}`, rememberToken: remember?.value ?? null },
    };
  }

  /** A GraphQL request as a browser on https://mfa.example.com sends it (through a proxy that keeps the Host). */
  function postForHost(query: string, variables: Record<string, unknown>): Promise<{ body: string; cookies: string[] }> {
    const url = new URL(`${t.url}/graphql`);
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { host: "mfa.example.com", "content-type": "application/json", "user-agent": CHROME, "content-length": Buffer.byteLength(body) } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve({ body: text, cookies: res.headers["set-cookie"] ?? [] }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  const rememberedCount = async (userId: string) => Number(((await t.server.dataSource.query("SELECT COUNT(*) AS n FROM remembered_browsers WHERE user_id = ?", [userId])) as { n: number | string }[])[0]?.n);
  const adminToken = async (tenant: Tenant) => (await login(t, tenant.adminUsername)).token as string;

  it("skips the code on the next sign-in (session proven by REMEMBERED_BROWSER, audited), and never the password", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const { username, userId, browser } = await rememberedUser(tenant, "rb-skip");
    const again = await passwordStep(username, browser.cookie);
    expect(again.body.data?.login).toEqual({ __typename: "LoginSuccess", authenticatedBy: ["REMEMBERED_BROWSER", "PASSWORD"] });
    const sessions: { auth_methods: string; mfa_passed: number | boolean; proof_at: number | string }[] = await t.server.dataSource.query(
      "SELECT auth_methods, mfa_passed, proof_at FROM sessions WHERE user_id = ? ORDER BY created_at DESC",
      [userId],
    );
    expect(sessions[0]).toMatchObject({ auth_methods: "PASSWORD,REMEMBERED_BROWSER" });
    expect(Boolean(Number(sessions[0]?.mfa_passed))).toBe(true);
    // Remembering is no recent proof: weakening changes still ask for a step-up.
    expect(Number(sessions[0]?.proof_at)).toBe(0);
    const audits: { detail: string }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = 'LOGIN_SUCCEEDED' AND target_user_id = ?", [userId]);
    expect(audits.map((a) => JSON.parse(a.detail) as Record<string, unknown>)).toContainEqual(expect.objectContaining({ factor: "REMEMBERED_BROWSER" }));

    const wrong = await passwordStep(username, browser.cookie, "not the password at all");
    expect(codeOf(wrong.body.errors)).toBe("INVALID_CREDENTIALS");
    // The bearer door keeps no cookie of its own: the same cookie sent with a bearer sign-in does nothing.
    const bearerDoor = await t.gql<{ login: { __typename: string } }>(LOGIN, { input: { username, password: PASSWORD } }, headersOf(browser.cookie));
    expect(bearerDoor.body.data?.login.__typename).toBe("MfaChallenge");
  });

  it("a locked user is refused at the password step even from a remembered browser", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const { username, browser } = await rememberedUser(tenant, "rb-locked");
    // Seven wrong codes from another browser lock the account.
    for (let i = 0; i < 7; i++) {
      const step1 = await passwordStep(username, null);
      const challengeId = step1.body.data?.login.challengeId;
      if (!challengeId) break;
      await t.gql(COMPLETE, { input: { challengeId, passcode: "000000", cookie: true } }, headersOf(null));
    }
    expect(codeOf((await passwordStep(username, browser.cookie)).body.errors)).toBe("ACCOUNT_LOCKED");
  });

  it("stores only the token's SHA-256, and sets the cookie as __Host- and Secure outside plain-http localhost", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { userId, browser } = await rememberedUser(tenant, "rb-hash");
    const rows: Record<string, unknown>[] = await t.server.dataSource.query("SELECT * FROM remembered_browsers WHERE user_id = ?", [userId]);
    expect(rows).toHaveLength(1);
    const token = browser.rememberToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows[0]?.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);

    const username = await createMailbox(t, tenant, "rb-secure");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    // A request for a public host name (fetch cannot set Host: node:http can).
    const step1 = JSON.parse((await postForHost(LOGIN, { input: { username, password: PASSWORD, cookie: true } })).body) as { data: { login: { challengeId: string } } };
    const done = await postForHost(COMPLETE, { input: { challengeId: step1.data.login.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000), cookie: true, rememberBrowser: true } });
    expect(JSON.parse(done.body)).not.toHaveProperty("errors");
    const remember = done.cookies.find((c) => c.startsWith("__Host-mfa_remember="));
    expect(remember).toMatch(/; Max-Age=2592000; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
  });

  it("remembers nothing for a bearer client, even when it asks", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rb-bearer");
    const { secret, verifiedAtMs } = await enrolTotp(t, username);
    const step1 = await login(t, username);
    const done = await t.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000), rememberBrowser: true } }, headersOf(null));
    expect(done.body.errors).toBeUndefined();
    expect([...setCookies(done.headers).keys()].filter((name) => name.includes("remember"))).toEqual([]);
    const rows: unknown[] = await t.server.dataSource.query("SELECT id FROM remembered_browsers WHERE user_id = (SELECT id FROM users WHERE username = ?)", [username]);
    expect(rows).toEqual([]);
  });

  it("a cookie of user A presented while signing in as B does nothing", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const a = await rememberedUser(tenant, "rb-a");
    const b = await createMailbox(t, tenant, "rb-b");
    await enrolTotp(t, b);
    const asB = await passwordStep(b, a.browser.cookie);
    expect(asB.body.data?.login.__typename).toBe("MfaChallenge");
    // Another account's user too.
    const other = await createTenant(t, "REQUIRED");
    const c = await createMailbox(t, other, "rb-c");
    await enrolTotp(t, c);
    expect((await passwordStep(c, a.browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");
  });

  it("expires after the domain's N days, and sooner when the domain lowers N", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const { username, browser } = await rememberedUser(tenant, "rb-expiry");
    try {
      shift = 30 * DAY - 60_000;
      expect((await passwordStep(username, browser.cookie)).body.data?.login.__typename).toBe("LoginSuccess");
      shift = 30 * DAY + 1_000;
      expect((await passwordStep(username, browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");
      shift = 8 * DAY;
      expect((await passwordStep(username, browser.cookie)).body.data?.login.__typename).toBe("LoginSuccess");
      const set = await t.gql(SET_DAYS, { d: tenant.domainId, n: 7 }, bearer(await adminToken(tenant)));
      expect(set.body.errors).toBeUndefined();
      expect((await passwordStep(username, browser.cookie)).body.data?.login).toMatchObject({ __typename: "MfaChallenge", rememberBrowserDays: 7 });
    } finally {
      shift = 0;
    }
  });

  it("a domain set to 0 ignores the browsers remembered before and offers nothing; the setting is validated and audited", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const { username, browser } = await rememberedUser(tenant, "rb-off");
    const admin = await adminToken(tenant);
    for (const n of [-1, 91]) expect(codeOf((await t.gql(SET_DAYS, { d: tenant.domainId, n }, bearer(admin))).body.errors)).toBe("BAD_USER_INPUT");
    const off = await t.gql<{ setRememberBrowserDays: { domain: { rememberBrowserDays: number } } }>(SET_DAYS, { d: tenant.domainId, n: 0 }, bearer(admin));
    expect(off.body.data?.setRememberBrowserDays.domain.rememberBrowserDays).toBe(0);
    const audits: { detail: string }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = 'DOMAIN_REMEMBER_BROWSER_CHANGED' AND account_id = ?", [tenant.accountId]);
    expect(audits.map((a) => JSON.parse(a.detail) as Record<string, unknown>)).toEqual([expect.objectContaining({ domainId: tenant.domainId, from: 30, to: 0 })]);

    const step1 = await passwordStep(username, browser.cookie);
    expect(step1.body.data?.login).toMatchObject({ __typename: "MfaChallenge", rememberBrowserDays: 0 });
    // Another account's admin cannot change it.
    const other = await createTenant(t, "OPTIONAL");
    expect(codeOf((await t.gql(SET_DAYS, { d: tenant.domainId, n: 90 }, bearer(await adminToken(other)))).body.errors)).toBe("NOT_FOUND");
  });

  it("a phishing-resistant policy ignores a remembered browser and offers none", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    // The admin signs in with a passkey (so they may require one).
    const adminKey = new SoftAuthenticator({ key: "securityKey", transports: ["usb"] });
    await registerPasskey(t, (await login(t, tenant.adminUsername)).token as string, adminKey);
    const offer = await passwordThenOffer(t, tenant.adminUsername);
    const admin = await t.gql<{ completeLogin: { token: string } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId: offer.challengeId, webauthnResponse: adminKey.assert(offer.optionsJson) } });
    const username = await createMailbox(t, tenant, "rb-pr");
    const key = new SoftAuthenticator();
    await registerPasskey(t, (await login(t, username)).token as string, key);
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const done = await t.gql(COMPLETE, { input: { challengeId, webauthnResponse: key.assert(optionsJson), cookie: true, rememberBrowser: true } }, headersOf(null));
    expect(done.body.errors).toBeUndefined();
    const cookie = `mfa_remember=${setCookies(done.headers).get("mfa_remember")?.value}`;
    expect((await passwordStep(username, cookie)).body.data?.login.__typename).toBe("LoginSuccess");

    const set = await t.gql(
      `mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions } }`,
      { input: { domainId: tenant.domainId, policy: "PHISHING_RESISTANT" } },
      bearer(admin.body.data?.completeLogin.token as string),
    );
    expect(set.body.errors).toBeUndefined();
    expect((await passwordStep(username, cookie)).body.data?.login).toMatchObject({ __typename: "MfaChallenge", rememberBrowserDays: 0 });
  });

  it("lists the user's browsers (named from the User-Agent, this one flagged) and forgets one or all; another user's id is NOT_FOUND", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const a = await rememberedUser(tenant, "rb-list");
    const list = await t.gql<{ myRememberedBrowsers: { id: string; name: string; current: boolean }[] }>(MINE, {}, headersOf(a.browser.cookie));
    const mine = list.body.data?.myRememberedBrowsers ?? [];
    expect(mine).toEqual([expect.objectContaining({ name: "Chrome 156 on Linux", current: true })]);
    const id = mine[0]?.id as string;

    // Another user, of this account or another, cannot forget it (and learns nothing of it).
    const b = await rememberedUser(tenant, "rb-list-b");
    expect(codeOf((await t.gql(FORGET, { id }, headersOf(b.browser.cookie))).body.errors)).toBe("NOT_FOUND");
    const other = await createTenant(t, "REQUIRED");
    const c = await rememberedUser(other, "rb-list-c");
    expect(codeOf((await t.gql(FORGET, { id }, headersOf(c.browser.cookie))).body.errors)).toBe("NOT_FOUND");
    expect(await rememberedCount(a.userId)).toBe(1);

    const forgot = await t.gql<{ forgetRememberedBrowser: { forgotten: number; browsers: unknown[] } }>(FORGET, { id }, headersOf(a.browser.cookie));
    expect(forgot.body.data?.forgetRememberedBrowser).toEqual({ forgotten: 1, browsers: [] });
    expect((await passwordStep(a.username, a.browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");
    expect(codeOf((await t.gql(FORGET, { id }, headersOf(a.browser.cookie))).body.errors)).toBe("NOT_FOUND");

    const all = await t.gql<{ forgetAllRememberedBrowsers: { forgotten: number } }>(FORGET_ALL, {}, headersOf(b.browser.cookie));
    expect(all.body.data?.forgetAllRememberedBrowsers.forgotten).toBe(1);
    expect((await passwordStep(b.username, b.browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");
    const audits: { n: number | string }[] = await t.server.dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'REMEMBERED_BROWSER_FORGOTTEN' AND account_id = ?", [tenant.accountId]);
    expect(Number(audits[0]?.n)).toBe(2);
    // The other account's user keeps theirs.
    expect((await passwordStep(c.username, c.browser.cookie)).body.data?.login.__typename).toBe("LoginSuccess");
  });

  it("an admin's MFA reset and 'sign out everywhere' forget all the user's browsers", async () => {
    const tenant = await createTenant(t, "REQUIRED");
    const admin = await adminToken(tenant);
    const reset = await rememberedUser(tenant, "rb-reset");
    const r = await t.gql(`mutation R($id: ID!) { resetUserMfa(userId: $id) { user { id } } }`, { id: reset.userId }, bearer(admin));
    expect(r.body.errors).toBeUndefined();
    expect(await rememberedCount(reset.userId)).toBe(0);
    await enrolTotp(t, reset.username);
    expect((await passwordStep(reset.username, reset.browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");

    const everywhere = await rememberedUser(tenant, "rb-everywhere");
    const e = await t.gql(`mutation E($id: ID!) { signOutEverywhere(userId: $id) { signedOut } }`, { id: everywhere.userId }, bearer(admin));
    expect(e.body.errors).toBeUndefined();
    expect(await rememberedCount(everywhere.userId)).toBe(0);
    expect((await passwordStep(everywhere.username, everywhere.browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");
  });

  it("'remove all devices' and turning MFA off forget all the user's browsers", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const { services } = t.server;
    const actor = async (userId: string) => ({ user: await services.dataSource.manager.findOneByOrFail((await import("#src/modules/users/user.entity.js")).UserEntity, { id: userId }), ip: null });

    const removed = await rememberedUser(tenant, "rb-remove-all");
    await services.mfa.removeAllDevices(await actor(removed.userId));
    expect(await rememberedCount(removed.userId)).toBe(0);

    const off = await rememberedUser(tenant, "rb-mfa-off");
    await services.mfa.setMfaEnabled(await actor(off.userId), false);
    expect(await rememberedCount(off.userId)).toBe(0);
    // Turned on again, the code is asked on that browser.
    await services.mfa.setMfaEnabled(await actor(off.userId), true);
    expect((await passwordStep(off.username, off.browser.cookie)).body.data?.login.__typename).toBe("MfaChallenge");
  });
});
