import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, Answer, GqlBody } from "../../support/api-client.js";
import { COMPLETE, ENROLL_TOTP, RECOVERY_CODES, passwordLogin, sessionOf, unwrap } from "../../support/mfa-flows.js";
import { REAUTH, REMOVE_ALL, SEND_REAUTH, SET_MFA, ageProof, appUser, masked, nextAddress, outcome, textedCode, verifiedPhone } from "./review-kit.js";
import type { World } from "./world.js";

type Reauth = { reauthenticate: { validUntil: string } };
type Codes = { generateRecoveryCodes: { codes: string[] } };

/** What a step-up answered: ok with a proof valid about ten minutes, or its error code. */
function stepUpOutcome(answer: Answer<GqlBody<Reauth>>): string {
  const until = answer.body?.data?.reauthenticate?.validUntil;
  if (!until) return outcome(answer);
  const left = Date.parse(until) - Date.now();
  return left > 9 * 60_000 && left <= 10 * 60_000 + 5_000 ? "ok" : `ok, but valid for ${Math.round(left / 1000)} s`;
}

/**
 * Finding 3 of the security review: `reauthenticate` took the password even from a user with a second factor, so a
 * stolen session plus the password minted new recovery codes or a new authenticator (a permanent bypass).
 * Step-up proves the strongest factor the user has; turning MFA off and removing all devices ask every time.
 */
export function stepUpProperty(world: World): void {
  describe("finding 3, step-up: a stolen session and the password are not enough", () => {
    const figure = world.figures.of("7 step-up");
    let domain: string;

    beforeAll(async () => {
      domain = await world.domain(figure, "OPTIONAL");
    });

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    const devicesOf = async (userId: string) =>
      Number((await world.db.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM devices WHERE user_id = ?", [userId]))[0]?.n ?? 0);
    /** The user's recovery-code batches (a new batch replaces the old one). */
    const batchesOf = async (userId: string) =>
      (await world.db.rows<{ b: string }>("SELECT DISTINCT batch_id AS b FROM recovery_codes WHERE user_id = ? ORDER BY batch_id", [userId])).map((r) => r.b).join(",");

    it("a stolen MFA session (proof older than 10 minutes) plus the password: PASSCODE_REQUIRED, no proof recorded, no recovery codes, no new authenticator", async () => {
      const [a, b] = world.pair(figure);
      const victim = await appUser(world, a, await world.mailbox(figure, domain, "stolen"));
      await ageProof(world, victim.token);
      const before = { devices: await devicesOf(victim.user.id), batches: await batchesOf(victim.user.id) };

      const thief = b.from(nextAddress());
      const reauth = await thief.gql<Reauth>(REAUTH, { input: { password: victim.user.password } }, { token: victim.token });
      const codes = await thief.gql<Codes>(RECOVERY_CODES, { quantity: 10 }, { token: victim.token });
      const enrol = await thief.gql(ENROLL_TOTP, { name: "Thief app" }, { token: victim.token });
      const after = { devices: await devicesOf(victim.user.id), batches: await batchesOf(victim.user.id) };
      figure.notes.push(`stolen session + password: reauthenticate ${outcome(reauth)}, recovery codes ${outcome(codes)}, new authenticator ${outcome(enrol)}`);
      expect({
        reauthenticate: outcome(reauth),
        generateRecoveryCodes: outcome(codes),
        enrollTotp: outcome(enrol),
        newDevices: after.devices - before.devices,
        recoveryCodesReplaced: after.batches !== before.batches,
      }).toEqual({
        reauthenticate: "PASSCODE_REQUIRED",
        generateRecoveryCodes: "RECENT_AUTH_REQUIRED",
        enrollTotp: "RECENT_AUTH_REQUIRED",
        newDevices: 0,
        recoveryCodesReplaced: false,
      });
    });

    it("step-up with the strongest factor: a current app code, an unused recovery code, a texted code (sendReauthenticationPasscode); the password for a user with no device", async () => {
      const [a, b] = world.pair(figure);
      const steps: Record<string, string> = {};

      // An authenticator app: a current code, then an unused recovery code.
      const app = await appUser(world, a, await world.mailbox(figure, domain, "stepup-app"));
      await ageProof(world, app.token);
      steps.appCode = stepUpOutcome(await b.gql<Reauth>(REAUTH, { input: { passcode: await app.device.freshCode() } }, { token: app.token }));
      const batch = await a.gql<Codes>(RECOVERY_CODES, { quantity: 2 }, { token: app.token });
      steps.afterAppCode = outcome(batch);
      const unused = batch.body.data?.generateRecoveryCodes.codes[0] ?? (app.recoveryCodes[0] as string);
      await ageProof(world, app.token);
      steps.recoveryCode = stepUpOutcome(await a.gql<Reauth>(REAUTH, { input: { passcode: unused } }, { token: app.token }));
      steps.afterRecoveryCode = outcome(await b.gql(RECOVERY_CODES, { quantity: 2 }, { token: app.token }));

      // A phone only: the code is texted for the step-up, then given with its challenge.
      const texter = await world.mailbox(figure, domain, "stepup-sms");
      const phone = await verifiedPhone(world, a, await sessionOf(a, texter));
      const step1 = await passwordLogin(b, texter);
      const signedIn = unwrap(await a.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: textedCode(world, phone.e164) } }), "completeLogin");
      const token = signedIn.completeLogin.token;
      await ageProof(world, token);
      const sent = await b.gql<{ sendReauthenticationPasscode: { challengeId: string; sentTo: string; expiresAt: string } }>(SEND_REAUTH, { id: phone.deviceId }, { token });
      const challenge = sent.body.data?.sendReauthenticationPasscode;
      steps.smsSent = challenge ? (challenge.sentTo === masked(phone.e164) ? "ok" : `sent to ${challenge.sentTo}`) : outcome(sent);
      if (challenge) {
        world.ledger.add("challenge-id", challenge.challengeId);
        const passcode = textedCode(world, phone.e164);
        steps.textedCode = stepUpOutcome(await a.gql<Reauth>(REAUTH, { input: { challengeId: challenge.challengeId, passcode } }, { token }));
      } else {
        steps.textedCode = "no code was texted";
      }
      steps.afterTextedCode = outcome(await b.gql(RECOVERY_CODES, { quantity: 2 }, { token }));

      // No device at all: the password is the strongest factor there is.
      const plain = await world.mailbox(figure, domain, "stepup-plain");
      const plainToken = await sessionOf(a, plain);
      await ageProof(world, plainToken);
      steps.passwordWithoutDevice = stepUpOutcome(await b.gql<Reauth>(REAUTH, { input: { password: plain.password } }, { token: plainToken }));
      steps.afterPassword = outcome(await a.gql(ENROLL_TOTP, { name: "First app" }, { token: plainToken }));

      expect(steps).toEqual({
        appCode: "ok",
        afterAppCode: "ok",
        recoveryCode: "ok",
        afterRecoveryCode: "ok",
        smsSent: "ok",
        textedCode: "ok",
        afterTextedCode: "ok",
        passwordWithoutDevice: "ok",
        afterPassword: "ok",
      });
    }, 120_000);

    it("turning MFA off and removing all devices ask for a step-up every time, even right after an MFA sign-in; each step-up is spent by its action", async () => {
      const [a, b] = world.pair(figure);
      const user = await appUser(world, a, await world.mailbox(figure, domain, "stepup-off"));
      const codes = [...user.recoveryCodes];
      const as = (api: ApiClient, query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables, { token: user.token });
      const stepUp = async (api: ApiClient) => stepUpOutcome(await api.gql<Reauth>(REAUTH, { input: { passcode: codes.shift() } }, { token: user.token }));

      const sequence: [string, string][] = [];
      sequence.push(["turn MFA off right after the sign-in", outcome(await as(a, SET_MFA, { enabled: false }))]);
      sequence.push(["remove all devices right after the sign-in", outcome(await as(b, REMOVE_ALL))]);
      sequence.push(["step up", await stepUp(a)]);
      sequence.push(["turn MFA off", outcome(await as(b, SET_MFA, { enabled: false }))]);
      sequence.push(["turn MFA on", outcome(await as(a, SET_MFA, { enabled: true }))]);
      sequence.push(["turn MFA off again", outcome(await as(b, SET_MFA, { enabled: false }))]);
      sequence.push(["step up", await stepUp(b)]);
      sequence.push(["remove all devices", outcome(await as(a, REMOVE_ALL))]);
      sequence.push(["remove all devices again", outcome(await as(b, REMOVE_ALL))]);
      expect(sequence).toEqual([
        ["turn MFA off right after the sign-in", "RECENT_AUTH_REQUIRED"],
        ["remove all devices right after the sign-in", "RECENT_AUTH_REQUIRED"],
        ["step up", "ok"],
        ["turn MFA off", "ok"],
        ["turn MFA on", "ok"],
        ["turn MFA off again", "RECENT_AUTH_REQUIRED"],
        ["step up", "ok"],
        ["remove all devices", "ok"],
        ["remove all devices again", "RECENT_AUTH_REQUIRED"],
      ]);
    });
  });
}
