import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type Answer, type ApiClient, type GqlBody } from "../support/api-client.js";
import { COMPLETE, ME, RECOVERY_CODES, enrolTotp, passwordLogin, sessionOf, unwrap, type TestUser, type TotpDevice } from "../support/mfa-flows.js";
import { conflictsResolved } from "../support/galera.js";
import { wrongCodes } from "../support/totp.js";
import type { World } from "../e2e/attack/world.js";

type Completed = { completeLogin: { token: string } | null };

/** What a request that lost a race may be told; never a success, never an unexpected error. */
const LOSING = ["INVALID_PASSCODE", "LOGIN_EXPIRED", "RATE_LIMITED", "WRITE_CONFLICT"];

/** How many answers carried each code (or "session"): the closing note shows it. */
function tally(answers: Answer<GqlBody<Completed>>[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.body?.data?.completeLogin?.token ? "session" : (codeOf(a.body) ?? "no code");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
}

/**
 * The race properties with one API instance on each node of the cluster: every node takes writes, and a write
 * conflict between nodes is only found at commit. Single use, the shared lockout and revocation hold as on one server.
 */
export function racesProperty(world: World): void {
  describe("three API instances on three Galera nodes behave as one", () => {
    const figure = world.figures.of("1 races across nodes");
    let domainId: string;

    const trio = (): [ApiClient, ApiClient, ApiClient] => {
      const [a, b, c] = world.cluster.clients(figure);
      if (!a || !b || !c) throw new Error("the suite needs three instances");
      return [a, b, c];
    };

    /** A mailbox of an OPTIONAL domain with a verified authenticator app (enrolled through node 1). */
    async function enrolledUser(prefix: string): Promise<{ user: TestUser; device: TotpDevice; token: string }> {
      domainId ??= await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, domainId, prefix);
      const [a] = trio();
      const token = await sessionOf(a, user);
      const { device } = await enrolTotp(a, token, world.ledger);
      return { user, device, token };
    }

    /** `n` sign-ins of one user, opened one after the other on the three nodes in turn. */
    async function challenges(n: number, user: TestUser): Promise<string[]> {
      const apis = trio();
      const opened: string[] = [];
      for (let i = 0; i < n; i++) {
        const step1 = await passwordLogin(apis[i % 3] as ApiClient, user);
        expect(step1.__typename).toBe("MfaChallenge");
        opened.push(step1.challengeId as string);
      }
      return opened;
    }

    let conflictsBefore = 0;
    beforeAll(async () => {
      conflictsBefore = await conflictsResolved();
    });
    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
      figure.notes.push(`write conflicts between nodes during the races (certification failures and aborts): ${(await conflictsResolved()) - conflictsBefore}`);
    });

    it("the same code sent 50 times at once over ten sign-ins on three nodes yields exactly one session, and the duplicates are not held against the user", async () => {
      const apis = trio();
      const { user, device } = await enrolledUser("same-code");
      const before = await world.db.sessions(user.username);
      const opened = await challenges(10, user);
      const code = await device.freshCode();
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (apis[i % 3] as ApiClient).gql<Completed>(COMPLETE, { input: { challengeId: opened[i % 10], passcode: code } })),
      );
      figure.notes.push(`one code sent 50 times at once over three nodes: ${tally(answers)}`);
      const state = await world.db.user(user.username);
      expect({
        sessions: answers.filter((r) => r.body.data?.completeLogin?.token).length,
        sessionsStored: (await world.db.sessions(user.username)).total - before.total,
        locked: state.locked,
        failures: state.mfaFailures,
        unexpected: answers.filter((r) => !r.body.data?.completeLogin?.token && !LOSING.includes(codeOf(r.body) ?? "")).map((r) => r.text.slice(0, 200)),
      }).toEqual({ sessions: 1, sessionsStored: 1, locked: false, failures: 0, unexpected: [] });
    });

    it("a burst of 50 wrong codes over three nodes at once is checked at most 7 times, and the account is locked at the 7th", async () => {
      const apis = trio();
      const { user, device } = await enrolledUser("burst");
      const opened = await challenges(3, user);
      const codes = wrongCodes(device.secret, 60, 3);
      const answers = await Promise.all(codes.slice(0, 50).map((passcode, i) => (apis[i % 3] as ApiClient).gql<Completed>(COMPLETE, { input: { challengeId: opened[i % 3], passcode } })));
      const checkedInBurst = await world.db.auditCount(user.username, "LOGIN_PASSCODE_FAILED");
      figure.notes.push(`50 wrong codes at once over three nodes: ${checkedInBurst} checked; ${tally(answers)}`);
      expect(answers.filter((r) => r.body.data?.completeLogin?.token)).toEqual([]);
      expect(checkedInBurst).toBeLessThanOrEqual(7);
      // A check that lost a write conflict proved nothing and is not counted; the next wrong codes are (one at a time).
      for (const passcode of codes.slice(50)) {
        if ((await world.db.user(user.username)).locked) break;
        await apis[2].gql<Completed>(COMPLETE, { input: { challengeId: opened[2], passcode } });
      }
      expect({
        locked: (await world.db.user(user.username)).locked,
        checked: await world.db.auditCount(user.username, "LOGIN_PASSCODE_FAILED"),
        lockEvents: await world.db.auditCount(user.username, "ACCOUNT_LOCKED"),
      }).toEqual({ locked: true, checked: 7, lockEvents: 1 });
      // The right code is not even checked now, on any node.
      for (const [i, api] of apis.entries()) {
        const right = await api.gql<Completed>(COMPLETE, { input: { challengeId: opened[i], passcode: device.peek() } });
        expect(codeOf(right.body)).toBe("ACCOUNT_LOCKED");
      }
      expect(await world.db.auditCount(user.username, "LOGIN_PASSCODE_FAILED")).toBe(7);
    });

    it("one recovery code sent 20 times at once over ten sign-ins on three nodes works exactly once", async () => {
      const apis = trio();
      const { user, token } = await enrolledUser("recovery");
      const codes = unwrap(await apis[1].gql<{ generateRecoveryCodes: { codes: string[] } }>(RECOVERY_CODES, { quantity: 1 }, { token }), "generateRecoveryCodes");
      const code = codes.generateRecoveryCodes.codes[0] as string;
      const opened = await challenges(10, user);
      const before = await world.db.sessions(user.username);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (apis[i % 3] as ApiClient).gql<Completed>(COMPLETE, { input: { challengeId: opened[i % 10], passcode: code } })),
      );
      figure.notes.push(`one recovery code sent 20 times at once over three nodes: ${tally(answers)}`);
      const spent = await world.db.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = ? AND used_at IS NOT NULL", [user.id]);
      const audited = await world.db.rows<{ action: string; n: number | string }>("SELECT action, COUNT(*) AS n FROM audit_events WHERE target_user_id = ? GROUP BY action ORDER BY action", [user.id]);
      expect({
        audited: Object.fromEntries(audited.map((r) => [r.action, Number(r.n)])),
        sessionsStored: (await world.db.sessions(user.username)).total - before.total,
        sessions: answers.filter((r) => r.body.data?.completeLogin?.token).length,
        used: await world.db.auditCount(user.username, "RECOVERY_CODE_USED"),
        spentRows: Number(spent[0]?.n),
        unexpected: answers.filter((r) => !r.body.data?.completeLogin?.token && !LOSING.includes(codeOf(r.body) ?? "")).map((r) => r.text.slice(0, 200)),
      }).toMatchObject({ sessionsStored: 1, sessions: 1, used: 1, spentRows: 1, unexpected: [] });
    });

    it("a policy switched to REQUIRED through node 1 refuses at once, through node 3, a password-only session", async () => {
      const [a, b, c] = trio();
      const optional = await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, optional, "policy");
      const token = await sessionOf(c, user);
      const before = await c.gql<{ me: { mfaPassed: boolean } }>(ME, {}, { token });
      expect(before.body.data?.me.mfaPassed).toBe(false);

      expect(await world.setPolicy(a, optional, "REQUIRED")).toBe(1);
      // The very next request, on the other nodes: no window in which node 3 still honours the session.
      const after = await Promise.all([c, b].map(async (api) => codeOf((await api.gql(ME, {}, { token })).body)));
      expect(after).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
      expect((await passwordLogin(c, user)).__typename).toBe("MfaSetupRequired");
    });
  });
}
