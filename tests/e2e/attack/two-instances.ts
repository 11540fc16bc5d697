import { afterAll, describe, expect, it } from "vitest";
import { codeOf, type ApiClient } from "../../support/api-client.js";
import { COMPLETE, LOGIN, ME, RECOVERY_CODES, REMOVE_DEVICE, enrolTotp, passwordLogin, sessionOf, unwrap, type LoginPayload, type TestUser, type TotpDevice } from "../../support/mfa-flows.js";
import { wrongCodes } from "../../support/totp.js";
import type { World } from "./world.js";

type Completed = { completeLogin: { token: string } | null };

/** Property 1: lockout, replay and single-use hold across two API instances over one database. */
export function twoInstancesProperty(world: World): void {
  describe("two API instances over one MariaDB behave as one", () => {
    const figure = world.figures.of("1 two instances");
    let domainId: string;

    /** A mailbox of the OPTIONAL test domain with a verified authenticator app. */
    async function enrolledUser(prefix: string): Promise<{ user: TestUser; device: TotpDevice; token: string }> {
      domainId ??= await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, domainId, prefix);
      const [a] = world.pair(figure);
      const token = await sessionOf(a, user);
      const { device } = await enrolTotp(a, token, world.ledger);
      return { user, device, token };
    }

    async function challenge(api: ApiClient, user: TestUser): Promise<string> {
      const step1 = await passwordLogin(api, user);
      expect(step1.__typename).toBe("MfaChallenge");
      return step1.challengeId as string;
    }

    /** `n` sign-ins of one user opened one after the other at alternating instances (the password step limits parallel attempts per user and address). */
    async function challenges(n: number, user: TestUser, first: ApiClient, second: ApiClient): Promise<string[]> {
      const opened: string[] = [];
      for (let i = 0; i < n; i++) opened.push(await challenge(i % 2 ? second : first, user));
      return opened;
    }

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    it("the same valid code sent 20 times to both instances at once yields exactly one session, and the duplicates are not held against the user", async () => {
      const [a, b] = world.pair(figure);
      const { user, device } = await enrolledUser("same-code");
      const before = await world.db.sessions(user.username);
      const challengeId = await challenge(a, user);
      const code = await device.freshCode();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).gql<Completed>(COMPLETE, { input: { challengeId, passcode: code } })));
      const losers = answers.filter((r) => !r.body.data?.completeLogin?.token);
      const state = await world.db.user(user.username);
      figure.notes.push(`one code sent 20 times at once over both instances: ${answers.length - losers.length} session`);
      // Every fact at once, so that a failure shows the whole picture.
      expect({
        sessions: answers.length - losers.length,
        sessionsStored: (await world.db.sessions(user.username)).total - before.total,
        locked: state.locked,
        failures: state.mfaFailures,
      }).toEqual({
        sessions: 1,
        sessionsStored: 1,
        locked: false,
        failures: 0,
      });
      for (const loser of losers) expect(["INVALID_PASSCODE", "LOGIN_EXPIRED", "RATE_LIMITED"]).toContain(codeOf(loser.body));
    });

    it("one code sent on six challenges opened at both instances yields exactly one session, and its replays are never held against the user", async () => {
      const [a, b] = world.pair(figure);
      const { user, device } = await enrolledUser("replay");
      const opened = await challenges(6, user, a, b);
      const code = await device.freshCode();
      const answers = await Promise.all(opened.map((challengeId, i) => (i % 2 ? a : b).gql<Completed>(COMPLETE, { input: { challengeId, passcode: code } })));
      expect(answers.filter((r) => r.body.data?.completeLogin?.token)).toHaveLength(1);
      const afterRace = await world.db.user(user.username);
      // The spent code replayed seven more times on fresh challenges at both instances: refused each time, and
      // (right, only spent) never held against the user.
      const replays: (string | undefined)[] = [];
      for (let i = 0; i < 7; i++) {
        const step1 = await (i % 2 ? a : b).gql<{ login: LoginPayload }>(LOGIN, { input: { username: user.username, password: user.password } });
        const challengeId = step1.body.data?.login.challengeId;
        if (!challengeId) replays.push(`sign-in refused: ${codeOf(step1.body)}`);
        else replays.push(codeOf((await (i % 2 ? b : a).gql<Completed>(COMPLETE, { input: { challengeId, passcode: code } })).body));
      }
      const afterReplays = await world.db.user(user.username);
      expect({ afterRace: afterRace.mfaFailures, replays, failures: afterReplays.mfaFailures, locked: afterReplays.locked }).toEqual({
        afterRace: 0,
        replays: Array(7).fill("INVALID_PASSCODE"),
        failures: 0,
        locked: false,
      });
    });

    it("one recovery code spent on six challenges at both instances at once works exactly once", async () => {
      const [a, b] = world.pair(figure);
      const { user, token } = await enrolledUser("recovery");
      const codes = unwrap(await b.gql<{ generateRecoveryCodes: { codes: string[] } }>(RECOVERY_CODES, { quantity: 1 }, { token }), "generateRecoveryCodes");
      const code = codes.generateRecoveryCodes.codes[0] as string;
      const opened = await challenges(6, user, b, a);
      const answers = await Promise.all(opened.map((challengeId, i) => (i % 2 ? b : a).gql<Completed>(COMPLETE, { input: { challengeId, passcode: code } })));
      expect(answers.filter((r) => r.body.data?.completeLogin?.token)).toHaveLength(1);
      expect(await world.db.auditCount(user.username, "RECOVERY_CODE_USED")).toBe(1);
    });

    it("wrong codes alternating between the instances lock the account at exactly the 7th check", async () => {
      const [a, b] = world.pair(figure);
      const { user, device } = await enrolledUser("alternate");
      const challengeId = await challenge(a, user);
      const codes = wrongCodes(device.secret, 9, 1);
      const answers: (string | undefined)[] = [];
      const lockedAfter: boolean[] = [];
      for (const [i, passcode] of codes.entries()) {
        const res = await (i % 2 ? b : a).gql<Completed>(COMPLETE, { input: { challengeId, passcode } });
        answers.push(codeOf(res.body));
        lockedAfter.push((await world.db.user(user.username)).locked);
      }
      // Six wrong codes are answered as wrong; the seventh locks (whatever it is answered); then nothing is checked.
      expect(answers.slice(0, 6)).toEqual(Array(6).fill("INVALID_PASSCODE"));
      expect(["INVALID_PASSCODE", "ACCOUNT_LOCKED"]).toContain(answers[6]);
      expect(answers.slice(7)).toEqual(["ACCOUNT_LOCKED", "ACCOUNT_LOCKED"]);
      expect(lockedAfter).toEqual([...Array(6).fill(false), true, true, true]);
      expect(await world.db.auditCount(user.username, "LOGIN_PASSCODE_FAILED")).toBe(7);
      expect(await world.db.auditCount(user.username, "ACCOUNT_LOCKED")).toBe(1);
      // The right code is not even checked now, at either instance or door.
      const right = await b.gql<Completed>(COMPLETE, { input: { challengeId, passcode: device.peek() } });
      expect(codeOf(right.body)).toBe("ACCOUNT_LOCKED");
      const rest = await a.rest({ auth: { passwordCredentials: { username: user.username, password: user.password } } });
      expect({ status: rest.status, challenge: rest.headers.get("www-authenticate") }).toEqual({ status: 403, challenge: null });
      expect(codeOf((await b.gql(LOGIN, { input: { username: user.username, password: user.password } })).body)).toBe("ACCOUNT_LOCKED");
      expect(await world.db.auditCount(user.username, "LOGIN_PASSCODE_FAILED")).toBe(7);
    });

    it("a burst of 40 wrong codes over both instances at once is checked exactly 7 times and locks", async () => {
      const [a, b] = world.pair(figure);
      const { user, device } = await enrolledUser("burst");
      const challenges = [await challenge(a, user), await challenge(b, user)];
      const codes = wrongCodes(device.secret, 40, 2);
      const answers = await Promise.all(
        codes.map((passcode, i) => (i % 2 ? b : a).gql<Completed>(COMPLETE, { input: { challengeId: challenges[i % 2], passcode } })),
      );
      expect(answers.every((r) => !r.body.data?.completeLogin?.token && codeOf(r.body))).toBe(true);
      const checked = await world.db.auditCount(user.username, "LOGIN_PASSCODE_FAILED");
      figure.notes.push(`40 wrong codes at once over both instances: ${checked} checked, then locked`);
      expect(checked).toBe(7);
      expect(await world.db.auditCount(user.username, "ACCOUNT_LOCKED")).toBe(1);
      expect((await world.db.user(user.username)).locked).toBe(true);
      for (const [i, api] of [a, b].entries()) {
        const right = await api.gql<Completed>(COMPLETE, { input: { challengeId: challenges[i], passcode: device.peek() } });
        expect(codeOf(right.body)).toBe("ACCOUNT_LOCKED");
      }
    });

    it("a device removed on instance A is refused on instance B at once", async () => {
      const [a, b] = world.pair(figure);
      const { user, device: first, token } = await enrolledUser("removed");
      const { device: second } = await enrolTotp(a, token, world.ledger, "Second app");
      const challengeId = await challenge(b, user);
      unwrap(await a.gql(REMOVE_DEVICE, { id: first.id }, { token }), "removeDevice");

      const byCode = await b.gql<Completed>(COMPLETE, { input: { challengeId, passcode: first.peek() } });
      expect(codeOf(byCode.body)).toBe("INVALID_PASSCODE");
      const byId = await b.gql<Completed>(COMPLETE, { input: { challengeId, passcode: first.peek(), deviceId: first.id } });
      expect(codeOf(byId.body)).toBe("INVALID_PASSCODE");
      const next = await passwordLogin(b, user);
      expect(next.factors?.map((f) => f.id)).toEqual([second.id]);
      const other = await b.gql<Completed>(COMPLETE, { input: { challengeId, passcode: await second.freshCode() } });
      expect(other.body.data?.completeLogin?.token).toBeTruthy();
    });

    it("a policy switched to REQUIRED on instance A logs out at once a password-only session held on instance B", async () => {
      const [a, b] = world.pair(figure);
      const optional = await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, optional, "policy");
      const token = await sessionOf(b, user);
      const before = await b.gql<{ me: { mfaPassed: boolean } }>(ME, {}, { token });
      expect(before.body.data?.me.mfaPassed).toBe(false);

      expect(await world.setPolicy(a, optional, "REQUIRED")).toBe(1);
      for (const api of [b, a]) {
        const after = await api.gql(ME, {}, { token });
        expect(codeOf(after.body)).toBe("UNAUTHENTICATED");
      }
      expect((await passwordLogin(b, user)).__typename).toBe("MfaSetupRequired");
    });
  });
}
