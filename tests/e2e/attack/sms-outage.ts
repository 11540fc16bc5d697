import { afterAll, describe, expect, it } from "vitest";
import { codeOf, type ApiClient } from "../../support/api-client.js";
import { ADD_PHONE, COMPLETE, LOGIN, SEND_PASSCODE, VERIFY, enrolTotp, lastCodeTo, passwordLogin, sessionOf, unwrap, type TestUser } from "../../support/mfa-flows.js";
import type { World } from "./world.js";

/** Property 3 (provider faults): the SMS provider stops answering. */
export function smsOutageProperty(world: World): void {
  describe("faults: the SMS provider times out", () => {
    const figure = world.figures.of("3 faults");
    let phoneSerial = 10;

    afterAll(async () => {
      figure.checks += await world.db.passcodeChecks(figure.users);
    });

    /** Adds a phone on a session and verifies it with the code the provider received. */
    async function verifiedPhone(api: ApiClient, token: string): Promise<{ deviceId: string; e164: string }> {
      const national = `20155501${String(phoneSerial++).padStart(2, "0")}`;
      const added = unwrap(await api.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "US", number: national, name: "Mobile" } }, { token }), "addPhone");
      const e164 = `+1${national}`;
      const code = lastCodeTo(world.twilio.messages, e164);
      world.ledger.add("sms-code", code);
      unwrap(await api.gql(VERIFY, { input: { deviceId: added.addPhone.device.id, code } }, { token }), "verifyDevice");
      return { deviceId: added.addPhone.device.id, e164 };
    }

    it("the SMS provider timing out: a coded error within its time-out, no code leaked, the failure counter unchanged, and texts flow again after", async () => {
      const [a, b] = world.pair(figure);
      const domain = await world.domain(figure, "OPTIONAL");
      // One user whose default factor is a phone (the login texts at once), one with an app and a backup phone.
      const texter: TestUser = await world.mailbox(figure, domain, "sms-default");
      const texterToken = await sessionOf(a, texter);
      const texterPhone = await verifiedPhone(a, texterToken);
      const backup: TestUser = await world.mailbox(figure, domain, "sms-backup");
      const backupToken = await sessionOf(b, backup);
      await enrolTotp(b, backupToken, world.ledger);
      const backupPhone = await verifiedPhone(b, backupToken);
      const challenge = await passwordLogin(a, backup);
      expect(challenge.__typename).toBe("MfaChallenge");

      const countersBefore = await Promise.all([texter, backup].map((u) => world.db.user(u.username)));
      const sentBefore = world.twilio.attempted.length;
      world.twilio.hang(true);
      const answers: { door: string; status: number; code: string | undefined; ms: number; text: string }[] = [];
      try {
        const gql = await a.gql(LOGIN, { input: { username: texter.username, password: texter.password } });
        answers.push({ door: "login", status: gql.status, code: codeOf(gql.body), ms: gql.ms, text: gql.text });
        const rest = await b.rest({ auth: { passwordCredentials: { username: texter.username, password: texter.password } } });
        answers.push({ door: "rest", status: rest.status, code: rest.status === 503 ? "serviceUnavailable" : String(rest.status), ms: rest.ms, text: rest.text });
        const send = await b.gql(SEND_PASSCODE, { input: { challengeId: challenge.challengeId, deviceId: backupPhone.deviceId } });
        answers.push({ door: "sendLoginPasscode", status: send.status, code: codeOf(send.body), ms: send.ms, text: send.text });
        const add = await a.gql(ADD_PHONE, { input: { country: "US", number: "2015550199", name: "Spare" } }, { token: backupToken });
        answers.push({ door: "addPhone", status: add.status, code: codeOf(add.body), ms: add.ms, text: add.text });
      } finally {
        world.twilio.hang(false);
      }

      const hungCodes = world.twilio.attempted.slice(sentBefore).flatMap((m) => /\b(\d{6,8})\b/.exec(m.body)?.[1] ?? []);
      for (const code of hungCodes) world.ledger.add("sms-code", code);
      figure.notes.push(`SMS provider hanging: ${answers.map((x) => `${x.door} ${x.ms} ms`).join(", ")}`);
      expect(hungCodes).toHaveLength(4);
      expect(answers.map(({ door, code }) => ({ door, code }))).toEqual([
        { door: "login", code: "SMS_DELIVERY_FAILED" },
        { door: "rest", code: "serviceUnavailable" },
        { door: "sendLoginPasscode", code: "SMS_DELIVERY_FAILED" },
        { door: "addPhone", code: "SMS_DELIVERY_FAILED" },
      ]);
      for (const answer of answers) {
        // The provider's time-out is 1 s: the answer comes soon after, never past a few seconds.
        expect(answer.ms).toBeLessThan(4_000);
        expect(answer.status).toBeLessThan(answer.door === "rest" ? 504 : 500);
        for (const code of hungCodes) expect(answer.text).not.toContain(code);
        expect(answer.text).not.toMatch(/"token"\s*:\s*"/);
      }
      for (const code of hungCodes) expect(world.cluster.output()).not.toContain(code);
      const countersAfter = await Promise.all([texter, backup].map((u) => world.db.user(u.username)));
      expect(countersAfter).toEqual(countersBefore);

      // The provider is back: the next login texts a code that signs in.
      const again = await passwordLogin(b, texter);
      expect(again.smsSentTo).toBe(`+1 *** *** ${texterPhone.e164.slice(-4)}`);
      const code = lastCodeTo(world.twilio.messages, texterPhone.e164);
      world.ledger.add("sms-code", code);
      const done = await a.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: again.challengeId, passcode: code } });
      expect(done.body.data?.completeLogin.authenticatedBy).toEqual(["PASSCODE", "PASSWORD"]);
    });
  });
}
