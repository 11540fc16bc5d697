import { afterAll, describe, expect, it } from "vitest";
import { codeOf } from "../../support/api-client.js";
import { COMPLETE, LOGIN, sessionOf, type LoginPayload, type TestUser } from "../../support/mfa-flows.js";
import { masked, nextAddress, textedCode, verifiedPhone } from "./review-kit.js";
import type { World } from "./world.js";

type Completed = { completeLogin: { token: string } | null };

/** How many copies of the same completeLogin each round sends at once: 2 to 10. */
const ROUNDS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 10];
/** Rounds per user: with the phone's verification text, four sign-in texts stay within a user's hourly SMS budget (5). */
const ROUNDS_PER_USER = 4;
/** A double click or a retry: each copy leaves a few milliseconds after the one before. */
const SPACING_MS = 4;

/**
 * Finding 8 of the security review: an SMS code that was already accepted (a double click, a retry) counted as a
 * wrong code, unlike a spent app code; a user was locked out after their own successful sign-in.
 */
export function doubleSubmitProperty(world: World): void {
  describe("finding 8, own double submits: a texted code sent several times at once is one sign-in, never a failure", () => {
    const figure = world.figures.of("7 double submits");

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    it("the same texted code sent 2 to 10 times at once (a few ms apart), over both instances, 10 rounds: one session a round, never judged wrong, never locked", async () => {
      const [a, b] = world.pair(figure);
      const domain = await world.domain(figure, "OPTIONAL");
      const users: TestUser[] = [];
      let user!: TestUser;
      let phone!: { deviceId: string; e164: string };
      // The user's own browser, at one address.
      const home = nextAddress();

      const rounds: { copies: number; sessions: number; failures: number; locked: boolean; refusals: string[] }[] = [];
      for (const [index, copies] of ROUNDS.entries()) {
        if (index % ROUNDS_PER_USER === 0) {
          user = await world.mailbox(figure, domain, "double-click");
          users.push(user);
          phone = await verifiedPhone(world, a, await sessionOf(a, user));
        }
        const step1 = await b.from(home).gql<{ login: LoginPayload }>(LOGIN, { input: { username: user.username, password: user.password } });
        const challenge = step1.body.data?.login;
        if (challenge?.__typename !== "MfaChallenge" || challenge.smsSentTo !== masked(phone.e164)) {
          rounds.push({ copies, sessions: 0, failures: -1, locked: (await world.db.user(user.username)).locked, refusals: [`sign-in refused: ${codeOf(step1.body) ?? challenge?.__typename}`] });
          break;
        }
        const passcode = textedCode(world, phone.e164);
        const answers = await Promise.all(
          Array.from({ length: copies }, async (_, i) => {
            await new Promise((r) => setTimeout(r, i * SPACING_MS));
            return (i % 2 ? a : b).from(home).gql<Completed>(COMPLETE, { input: { challengeId: challenge.challengeId, passcode } });
          }),
        );
        const state = await world.db.user(user.username);
        rounds.push({
          copies,
          sessions: answers.filter((x) => x.body.data?.completeLogin?.token).length,
          failures: state.mfaFailures,
          locked: state.locked,
          refusals: [...new Set(answers.flatMap((x) => codeOf(x.body) ?? []))],
        });
      }
      // A failure counted and then wiped by the round's own success still happened: the audit log keeps each code judged
      // wrong (a code refused as already spent is recorded with its reason, and not held against the user).
      const judgedWrong = await world.db.rows<{ detail: string | null }>(
        `SELECT detail FROM audit_events WHERE action = 'LOGIN_PASSCODE_FAILED' AND target_user_id IN (${users.map(() => "?").join(", ")}) AND (detail IS NULL OR detail NOT LIKE '%"reason"%')`,
        users.map((u) => u.id),
      );
      figure.notes.push(
        `texted code sent ${ROUNDS.join("/")} times at once: failure counter after each round ${rounds.map((r) => r.failures).join(", ")}; ${judgedWrong.length} copies of the right code judged wrong`,
      );
      expect({
        rounds: rounds.map(({ copies, sessions, failures, locked }) => ({ copies, sessions, failures, locked })),
        rightCodeJudgedWrong: judgedWrong.length,
      }).toEqual({ rounds: ROUNDS.map((copies) => ({ copies, sessions: 1, failures: 0, locked: false })), rightCodeJudgedWrong: 0 });
      // The copies that lost the race were told so with a code, never as a wrong code held against the user.
      for (const round of rounds) for (const refusal of round.refusals) expect(["INVALID_PASSCODE", "LOGIN_EXPIRED", "RATE_LIMITED"]).toContain(refusal);
    });
  });
}
