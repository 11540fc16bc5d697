import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../support/api-client.js";
import { Cluster } from "../../support/cluster.js";
import { COMPLETE, passwordLogin, sessionOf, type TestUser } from "../../support/mfa-flows.js";
import { masked, nextAddress, startOutcome, verifiedPhone } from "./review-kit.js";
import type { World } from "./world.js";

const OUTBOX = `query Outbox($challengeId: String, $first: Int!) { smsOutbox(challengeId: $challengeId, first: $first) { id to body status } }`;
const ADMIN_VIEW = `query View($id: ID!) { user(id: $id) { username devices { id kind maskedPhone } } }`;
type Texts = { smsOutbox: { id: string; to: string; body: string; status: string }[] };

/** A masked number: the calling code, stars, and the last four digits only. */
const MASKED = /^\+\d{1,3}( \*+)+ \d{4}$/;

/**
 * Finding 1 of the security review: whoever passed the password step read the texted code (and the full number)
 * from `smsOutbox(challengeId)` and completed the sign-in. Texts are readable by an admin only (masked numbers),
 * and production refuses the outbox sender.
 */
export function smsBypassProperty(world: World): void {
  describe("finding 1, SMS bypass: the password alone never reads the texted code", () => {
    const figure = world.figures.of("7 sms bypass");
    // The outbox sender keeps texts in the database: one instance of it beside the two, on the shared database.
    let outbox: Cluster;
    let domain: string;

    beforeAll(async () => {
      outbox = await Cluster.start([{ ...world.instanceEnv(world.databaseUrl), SMS_SENDER: "outbox", SEED_DEMO: "false" }], world.ledger);
      domain = await world.domain(figure, "OPTIONAL");
    });

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
      if (outbox) {
        world.otherLogs.push(outbox.output());
        await outbox.stop();
      }
    });

    /** A mailbox whose default factor is a phone (verified through the provider, so the test never reads the outbox). */
    async function texter(prefix: string): Promise<{ user: TestUser; e164: string }> {
      const [a] = world.pair(figure);
      const user = await world.mailbox(figure, domain, prefix);
      const phone = await verifiedPhone(world, a, await sessionOf(a, user));
      return { user, e164: phone.e164 };
    }

    it("with the password alone, smsOutbox answers UNAUTHENTICATED and no text, whatever the challenge id, and no session follows", async () => {
      const victim = await texter("sms-victim");
      // The attacker knows only the password: the password step texts the code (into the outbox).
      const attacker = outbox.client(0, figure).from(nextAddress());
      const step1 = await passwordLogin(attacker, victim.user);
      expect(step1).toMatchObject({ __typename: "MfaChallenge", smsSentTo: masked(victim.e164) });

      const reads: { challengeId: string; code: string; texts: number; fullNumberShown: boolean }[] = [];
      let session: string | null = null;
      for (const [name, challengeId] of [
        ["the live challenge", step1.challengeId ?? null],
        ["a made-up id", "A".repeat(43)],
        ["none", null],
      ] as const) {
        const read = await attacker.gql<Texts>(OUTBOX, { challengeId, first: 10 });
        const texts = read.body.data?.smsOutbox ?? [];
        reads.push({ challengeId: name, code: codeOf(read.body) ?? "answered", texts: texts.length, fullNumberShown: read.text.includes(victim.e164) });
        // What the attack did with what it read: each code found, tried on the challenge (at most ten).
        for (const text of texts.slice(0, 10)) {
          const code = /\b(\d{6,8})\b/.exec(text.body)?.[1];
          if (!code || session) continue;
          world.ledger.add("sms-code", code);
          const done = await attacker.gql<{ completeLogin: { token: string } | null }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: code } });
          session = done.body.data?.completeLogin?.token ?? null;
        }
      }
      figure.notes.push(`outbox read with the password alone: ${reads.map((r) => `${r.challengeId} -> ${r.code} (${r.texts} texts)`).join(", ")}`);
      expect({ reads, sessionIssued: session !== null }).toEqual({
        reads: [
          { challengeId: "the live challenge", code: "UNAUTHENTICATED", texts: 0, fullNumberShown: false },
          { challengeId: "a made-up id", code: "UNAUTHENTICATED", texts: 0, fullNumberShown: false },
          { challengeId: "none", code: "UNAUTHENTICATED", texts: 0, fullNumberShown: false },
        ],
        sessionIssued: false,
      });
    });

    it("a mailbox user's session reads no texts (FORBIDDEN); an admin reads the account's texts, every number masked, anywhere in the API", async () => {
      const victim = await texter("sms-masked");
      const o = outbox.client(0, figure);
      expect((await passwordLogin(o.from(nextAddress()), victim.user)).__typename).toBe("MfaChallenge");

      const bystanderDomain = await world.domain(figure, "OFF");
      const bystander = await world.mailbox(figure, bystanderDomain, "sms-bystander");
      const asUser = await o.gql<Texts>(OUTBOX, { first: 10 }, { token: await sessionOf(o, bystander) });

      const asAdmin = await o.gql<Texts>(OUTBOX, { first: 100 }, { token: world.admin.token });
      const texts = asAdmin.body.data?.smsOutbox ?? [];
      for (const text of texts) world.ledger.add("sms-code", /\b(\d{6,8})\b/.exec(text.body)?.[1]);
      const view = await o.gql(ADMIN_VIEW, { id: victim.user.id }, { token: world.admin.token });
      const national = victim.e164.slice(2);
      figure.notes.push(`admin outbox: ${texts.length} texts, numbers shown as ${[...new Set(texts.map((t) => t.to))].slice(0, 3).join(", ")}`);
      expect({
        user: codeOf(asUser.body) ?? `answered ${asUser.body.data?.smsOutbox.length ?? 0} texts`,
        adminReadsTheVictimsText: texts.some((t) => t.to === masked(victim.e164)),
        unmaskedNumbers: texts.map((t) => t.to).filter((to) => !MASKED.test(to)),
        fullNumberInTheOutbox: asAdmin.text.includes(national),
        fullNumberInTheUserView: view.text.includes(national),
      }).toEqual({
        user: "FORBIDDEN",
        adminReadsTheVictimsText: true,
        unmaskedNumbers: [],
        fullNumberInTheOutbox: false,
        fullNumberInTheUserView: false,
      });
    });

    it("production refuses to start with the outbox sender (set or by default): it exits non-zero within seconds, naming SMS_SENDER", async () => {
      const runs: Record<string, unknown>[] = [];
      for (const sender of [{ SMS_SENDER: "outbox" }, {}] as Record<string, string>[]) {
        const run = await startOutcome(
          { NODE_ENV: "production", MFA_SEAL_KEYS: world.seal.spec, DATABASE_URL: world.databaseUrl, LOG_LEVEL: "info", ...sender },
          world.otherLogs,
        );
        runs.push({
          sender: sender.SMS_SENDER ?? "unset",
          started: run.started,
          exitedNonZero: run.exitCode !== null && run.exitCode !== 0,
          namesSmsSender: run.output.includes("SMS_SENDER"),
          withinSeconds: run.ms < 10_000,
        });
      }
      expect(runs).toEqual([
        { sender: "outbox", started: false, exitedNonZero: true, namesSmsSender: true, withinSeconds: true },
        { sender: "unset", started: false, exitedNonZero: true, namesSmsSender: true, withinSeconds: true },
      ]);
    });
  });
}
