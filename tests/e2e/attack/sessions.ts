import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { codeOf, type ApiClient } from "../../support/api-client.js";
import {
  COMPLETE,
  LOGIN,
  LOGOUT,
  ME,
  RECOVERY_CODES,
  RESET_MFA,
  UNLOCK,
  VERIFY,
  ENROLL_TOTP,
  enrolTotp,
  mfaLogin,
  passwordLogin,
  sessionOf,
  unwrap,
  type TestUser,
} from "../../support/mfa-flows.js";
import { oathtool, wrongCodes } from "../../support/totp.js";
import type { World } from "./world.js";

const sha256 = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const OVERRIDE = `mutation Override($id: ID!, $level: UserOverride!) { setUserMfaOverride(userId: $id, level: $level) { user { id } } }`;

/** The Set-Cookie lines of the session cookie (a login may set other cookies, such as a known-browser one). */
const sessionCookies = (lines: string[]) => lines.filter((line) => /^(?:__Host-)?mfa_session=/.test(line));

/** The attributes of one Set-Cookie line, lower-cased names. */
function cookieAttributes(line: string): { name: string; value: string; attributes: Map<string, string> } {
  const [pair = "", ...rest] = line.split(";").map((p) => p.trim());
  const eq = pair.indexOf("=");
  const attributes = new Map(rest.map((p) => [p.split("=")[0]?.toLowerCase() ?? "", p.includes("=") ? p.slice(p.indexOf("=") + 1) : ""]));
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

/** Property 5: sessions are delivered safely, die when they should, and no door issues one without MFA or to a locked account. */
export function sessionsProperty(world: World): void {
  describe("sessions: delivered safely, refused when stale, never issued past MFA or a lock", () => {
    const figure = world.figures.of("5 sessions");
    let optional: string;
    let required: string;

    const refused = async (apis: ApiClient[], token: string) => {
      for (const api of apis) expect(codeOf((await api.gql(ME, {}, { token })).body)).toBe("UNAUTHENTICATED");
    };

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    it("the session cookie is HttpOnly, SameSite=Lax, Path=/, 12 h, Secure unless plain-http localhost, and never in the body", async () => {
      const [a, b] = world.pair(figure);
      optional = await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, optional, "cookie");
      const body = JSON.stringify({ query: LOGIN, variables: { input: { username: user.username, password: user.password, cookie: true } } });

      const local = await a.http("/graphql", body, { "content-type": "application/json" });
      // The session, and the browser's mark of a successful sign-in (for the password-step limiter); both HttpOnly.
      expect(local.setCookie.map((line) => cookieAttributes(line).name).sort()).toEqual(["mfa_known", "mfa_session"]);
      for (const line of local.setCookie) expect(cookieAttributes(line).attributes.has("httponly")).toBe(true);
      const cookie = cookieAttributes(local.setCookie.find((line) => line.startsWith("mfa_session=")) as string);
      expect(cookie.name).toBe("mfa_session");
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie.attributes.has("httponly")).toBe(true);
      expect(cookie.attributes.get("samesite")?.toLowerCase()).toBe("lax");
      expect(cookie.attributes.get("path")).toBe("/");
      expect(cookie.attributes.has("secure")).toBe(false);
      const lifetime = Date.parse(cookie.attributes.get("expires") ?? "") - Date.now();
      expect(lifetime).toBeGreaterThan(12 * 3_600_000 - 120_000);
      expect(lifetime).toBeLessThanOrEqual(12 * 3_600_000);
      expect(local.text).not.toContain(cookie.value);
      expect((JSON.parse(local.text) as { data: { login: { token: string | null } } }).data.login.token).toBeNull();

      // Served under a real host name (behind a proxy), the cookies are Secure, host-only (`__Host-`, Path=/, no
      // Domain), and the answer asks browsers to keep to HTTPS.
      const remote = await b.http("/graphql", body, { "content-type": "application/json", host: "mfa.attack.example" });
      const secure = remote.setCookie.map(cookieAttributes);
      expect(secure.map((c) => c.name).sort()).toEqual(["__Host-mfa_known", "__Host-mfa_session"]);
      for (const c of secure) expect([c.attributes.has("secure"), c.attributes.get("path"), c.attributes.has("domain")]).toEqual([true, "/", false]);
      expect(remote.headers["strict-transport-security"]).toMatch(/max-age=\d+/);

      // The cookie works on the other instance, and logging out clears it there and everywhere.
      const jar = `mfa_session=${cookie.value}`;
      expect((await b.gql<{ me: { username: string } }>(ME, {}, { cookie: jar })).body.data?.me.username).toBe(user.username);
      const logout = await b.http("/graphql", JSON.stringify({ query: LOGOUT }), { "content-type": "application/json", cookie: jar });
      const cleared = cookieAttributes(sessionCookies(logout.setCookie)[0] ?? "");
      expect(cleared.value).toBe("");
      expect(cleared.attributes.get("max-age") === "0" || Date.parse(cleared.attributes.get("expires") ?? "") <= Date.now()).toBe(true);
      for (const api of [a, b]) expect(codeOf((await api.gql(ME, {}, { cookie: jar })).body)).toBe("UNAUTHENTICATED");
    });

    it("an old token is refused after logout, idle expiry, absolute expiry, an admin reset and a policy change", async () => {
      const [a, b] = world.pair(figure);
      optional ??= await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, optional, "stale");

      const loggedOut = await sessionOf(a, user);
      unwrap(await b.gql(LOGOUT, {}, { token: loggedOut }), "logout");
      await refused([a, b], loggedOut);

      const idle = await sessionOf(a, user);
      await world.db.rows("UPDATE sessions SET last_seen_at = last_seen_at - ? WHERE token_hash = ?", [31 * 60_000, sha256(idle)]);
      await refused([a, b], idle);

      const old = await sessionOf(b, user);
      await world.db.rows("UPDATE sessions SET expires_at = ? WHERE token_hash = ?", [Date.now() - 1_000, sha256(old)]);
      await refused([a, b], old);

      // An admin reset ends every session, one that passed MFA included.
      const enrolSession = await sessionOf(a, user);
      const { device } = await enrolTotp(a, enrolSession, world.ledger);
      const withMfa = await mfaLogin(a, b, user, device);
      expect((await b.gql<{ me: { mfaPassed: boolean } }>(ME, {}, { token: withMfa })).body.data?.me.mfaPassed).toBe(true);
      unwrap(await b.gql(RESET_MFA, { id: user.id }, { token: world.admin.token }), "resetUserMfa");
      await refused([a, b], enrolSession);
      await refused([a, b], withMfa);

      // A policy change (the user's own override to REQUIRED) ends the sessions that did not pass MFA.
      const passwordOnly = await sessionOf(b, user);
      unwrap(await a.gql(OVERRIDE, { id: user.id, level: "REQUIRED" }, { token: world.admin.token }), "setUserMfaOverride");
      await refused([a, b], passwordOnly);
    });

    it("no door issues a token without the second factor: GraphQL, cookie, REST, REST setup scope", async () => {
      const [a, b] = world.pair(figure);
      optional ??= await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, optional, "doors");
      const token = await sessionOf(a, user);
      const { device } = await enrolTotp(a, token, world.ledger);
      const other = await world.mailbox(figure, optional, "doors-other");
      const otherDevice = (await enrolTotp(b, await sessionOf(b, other), world.ledger)).device;

      const bearer = await passwordLogin(b, user);
      expect(bearer).toMatchObject({ __typename: "MfaChallenge" });
      expect(bearer.token).toBeUndefined();
      const withCookie = await a.http("/graphql", JSON.stringify({ query: LOGIN, variables: { input: { username: user.username, password: user.password, cookie: true } } }), {
        "content-type": "application/json",
      });
      expect(sessionCookies(withCookie.setCookie)).toEqual([]);
      expect(withCookie.text).toContain("MfaChallenge");

      for (const scope of [undefined, "SETUP-MFA"]) {
        const rest = await b.rest<Record<string, unknown>>({ auth: { passwordCredentials: { username: user.username, password: user.password }, ...(scope ? { "RAX-AUTH:scope": scope } : {}) } });
        expect(rest.status).toBe(401);
        expect(rest.headers.get("www-authenticate")).toMatch(/^OS-MF sessionId='[A-Za-z0-9_-]{43}', factor='PASSCODE'$/);
        expect(rest.body).not.toHaveProperty("access");
      }

      // Another user's code, a session token in place of a challenge, a challenge in place of a session: refused.
      const challengeId = bearer.challengeId as string;
      const foreign = await a.gql(COMPLETE, { input: { challengeId, passcode: otherDevice.peek() } });
      expect(codeOf(foreign.body)).toBe("INVALID_PASSCODE");
      const swapped = await b.rest({ auth: { "RAX-AUTH:passcodeCredentials": { passcode: device.peek() } } }, { headers: { "x-sessionid": token } });
      expect(swapped.status).toBe(401);
      expect(codeOf((await a.gql(ME, {}, { token: challengeId })).body)).toBe("UNAUTHENTICATED");
      // The real code still completes the challenge: the refusals spent nothing.
      const done = await b.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId, passcode: await device.freshCode() } });
      expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["OTPPASSCODE", "PASSWORD"]);
    });

    it("a restricted setup session, from either door, only enrols; finishing setup replaces it", async () => {
      const [a, b] = world.pair(figure);
      required = await world.domain(figure, "REQUIRED");
      const user = await world.mailbox(figure, required, "setup");

      const rest = await a.rest({ auth: { passwordCredentials: { username: user.username, password: user.password } } });
      expect({ status: rest.status, body: rest.body }).toEqual({ status: 403, body: { forbidden: { code: 403, message: "User must setup multi-factor" } } });
      const scoped = await a.rest<{ access: { token: { id: string } } }>({ auth: { passwordCredentials: { username: user.username, password: user.password }, "RAX-AUTH:scope": "SETUP-MFA" } });
      expect(scoped.status).toBe(200);
      const login = await passwordLogin(b, user);
      expect(login.__typename).toBe("MfaSetupRequired");

      for (const setup of [scoped.body.access.token.id, login.token as string]) {
        for (const [api, query] of [
          [a, ME],
          [b, `{ domains { id } }`],
          [a, `mutation { generateRecoveryCodes(quantity: 2) { codes } }`],
          [b, `mutation { setMfaEnabled(enabled: false) { security { mfaEnabled } } }`],
          [a, `mutation { removeAllDevices { security { mfaEnabled } } }`],
        ] as const) {
          expect(codeOf((await api.gql(query, {}, { token: setup })).body)).toBe("MFA_SETUP_REQUIRED");
        }
      }

      const setup = login.token as string;
      const enrolled = unwrap(await a.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, { name: "Setup app" }, { token: setup }), "enrollTotp").enrollTotp;
      const wrong = await b.gql<{ verifyDevice: { token: string | null } }>(VERIFY, { input: { deviceId: enrolled.device.id, code: wrongCodes(enrolled.secret, 1)[0] } }, { token: setup });
      expect(codeOf(wrong.body)).toBeTruthy();
      expect(wrong.body.data?.verifyDevice?.token ?? null).toBeNull();
      const code = oathtool(enrolled.secret);
      world.ledger.add("totp-code", code);
      const upgraded = unwrap(await b.gql<{ verifyDevice: { token: string } }>(VERIFY, { input: { deviceId: enrolled.device.id, code } }, { token: setup }), "verifyDevice").verifyDevice.token;
      expect((await a.gql<{ me: { mfaPassed: boolean } }>(ME, {}, { token: upgraded })).body.data?.me.mfaPassed).toBe(true);
      await refused([a, b], setup);
      const recovery = await a.gql<{ generateRecoveryCodes: { codes: string[] } }>(RECOVERY_CODES, { quantity: 2 }, { token: upgraded });
      expect(recovery.body.data?.generateRecoveryCodes.codes).toHaveLength(2);
    });

    it("a setup session left over after setup was finished elsewhere cannot become a full session without the second factor", async () => {
      const [a, b] = world.pair(figure);
      required ??= await world.domain(figure, "REQUIRED");
      const user = await world.mailbox(figure, required, "leftover");
      // Two setup sessions (say, a stolen password's and the user's own); the user finishes setup with one.
      const leftover = (await passwordLogin(a, user)).token as string;
      const own = (await passwordLogin(b, user)).token as string;
      const enrolled = unwrap(await b.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, { name: "Own app" }, { token: own }), "enrollTotp").enrollTotp;
      const ownCode = oathtool(enrolled.secret);
      world.ledger.add("totp-code", ownCode);
      unwrap(await b.gql(VERIFY, { input: { deviceId: enrolled.device.id, code: ownCode } }, { token: own }), "verifyDevice");
      expect((await passwordLogin(a, user)).__typename).toBe("MfaChallenge");

      // The leftover session tries to enrol a device of its own and to trade it for a full session.
      const rogue = await a.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, { name: "Rogue app" }, { token: leftover });
      const rogueDevice = rogue.body.data?.enrollTotp;
      let upgraded: string | null = null;
      if (rogueDevice) {
        const code = oathtool(rogueDevice.secret);
        world.ledger.add("totp-code", code);
        const verified = await b.gql<{ verifyDevice: { token: string | null } }>(VERIFY, { input: { deviceId: rogueDevice.device.id, code } }, { token: leftover });
        upgraded = verified.body.data?.verifyDevice.token ?? null;
      }
      expect({ enrolment: codeOf(rogue.body) ?? "a device was enrolled", fullSessionIssued: upgraded !== null }).toMatchObject({ fullSessionIssued: false });
    });

    it("a locked account gets no token from any door, whatever its policy, until an admin unlocks it", async () => {
      const [a, b] = world.pair(figure);
      const domain = await world.domain(figure, "OPTIONAL");
      const user: TestUser = await world.mailbox(figure, domain, "locked");
      const { device } = await enrolTotp(a, await sessionOf(a, user), world.ledger);
      const step1 = await passwordLogin(b, user);
      for (const passcode of wrongCodes(device.secret, 7, 3)) await a.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode } });
      expect((await world.db.user(user.username)).locked).toBe(true);

      const sessionsBefore = (await world.db.sessions(user.username)).total;
      const attempts = async () => {
        const answers: unknown[] = [];
        const gql = await a.gql(LOGIN, { input: { username: user.username, password: user.password } });
        answers.push(codeOf(gql.body));
        const cookie = await b.http("/graphql", JSON.stringify({ query: LOGIN, variables: { input: { username: user.username, password: user.password, cookie: true } } }), {
          "content-type": "application/json",
        });
        answers.push(sessionCookies(cookie.setCookie).length);
        for (const scope of [undefined, "SETUP-MFA"]) {
          const rest = await b.rest({ auth: { passwordCredentials: { username: user.username, password: user.password }, ...(scope ? { "RAX-AUTH:scope": scope } : {}) } });
          answers.push(rest.status);
        }
        const complete = await a.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode: device.peek() } });
        answers.push(codeOf(complete.body));
        return answers;
      };
      expect(await attempts()).toEqual(["ACCOUNT_LOCKED", 0, 403, 403, "ACCOUNT_LOCKED"]);
      // Policy OFF (password alone) and REQUIRED do not open a locked account either.
      for (const policy of ["OFF", "REQUIRED"] as const) {
        await world.setPolicy(a, domain, policy);
        expect(await attempts()).toEqual(["ACCOUNT_LOCKED", 0, 403, 403, "ACCOUNT_LOCKED"]);
      }
      expect((await world.db.sessions(user.username)).total).toBe(sessionsBefore);

      unwrap(await b.gql(UNLOCK, { id: user.id }, { token: world.admin.token }), "unlockUser");
      expect(await mfaLogin(a, b, user, device)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });
  });
}
