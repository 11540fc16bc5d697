import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bearer, codeOf, createMailbox, createTenant, login } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { COMPLETE_WITH_PASSKEY, FINISH_REGISTRATION, START_REGISTRATION, auditCount, passwordThenOffer } from "./passkey-fixtures.js";

/**
 * The registration and login ceremonies with fixed, recorded answers: Chromium's virtual authenticators (a platform
 * passkey with user verification, a USB security key without) answered fixed challenges for http://localhost:47210
 * (tests/tools/record-webauthn.mjs). The browser made the client data, the RP ID hash, the counters and the
 * signatures, so these answers come from an implementation other than the service's own test authenticator.
 *
 * The service's challenges are random; a test stands in for "the service handed out the recorded challenge" by
 * putting that challenge's hash where the service keeps the one it made (the stored form is only ever a SHA-256).
 */
interface Step {
  challenge: string;
  response: { id: string; response: { transports?: string[] } };
}
interface Recorded {
  origin: string;
  rpId: string;
  authenticators: Record<"platform" | "securityKey", { registration: Step; assertions: [Step, Step] }>;
}
const recorded = JSON.parse(readFileSync(new URL("./recorded/chromium.json", import.meta.url), "utf8")) as Recorded;
const hashOf = (challenge: string) => createHash("sha256").update(challenge, "utf8").digest("hex");
const KINDS = [
  ["a platform passkey with user verification", "platform", ["internal"]],
  ["a USB security key without user verification", "securityKey", ["usb"]],
] as const;

describe.each(ENGINES)("recorded WebAuthn ceremonies from Chromium's virtual authenticators on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, { WEBAUTHN_RP_ID: recorded.rpId, WEBAUTHN_ORIGINS: recorded.origin });
  });
  afterAll(async () => t?.close());

  /** Starts a registration and makes its stored challenge the recorded one. */
  async function startRegistration(token: string, name: string, challenge: string): Promise<{ deviceId: string; offered: string }> {
    const started = await t.gql<{ startWebAuthnRegistration: { optionsJson: string; device: { id: string } } }>(START_REGISTRATION, { input: { name } }, bearer(token));
    const payload = started.body.data?.startWebAuthnRegistration;
    if (!payload) throw new Error(`startWebAuthnRegistration failed: ${JSON.stringify(started.body.errors)}`);
    await t.server.dataSource.query("UPDATE devices SET verify_code_hash = ? WHERE id = ?", [hashOf(challenge), payload.device.id]);
    return { deviceId: payload.device.id, offered: (JSON.parse(payload.optionsJson) as { challenge: string }).challenge };
  }

  /** The password step and the passkey offer, its stored challenge made the recorded one. */
  async function offerWithChallenge(username: string, challenge: string): Promise<string> {
    const { challengeId, optionsJson } = await passwordThenOffer(t, username);
    const offered = (JSON.parse(optionsJson) as { challenge: string }).challenge;
    await t.server.dataSource.query("UPDATE login_challenges SET webauthn_challenge_hash = ? WHERE webauthn_challenge_hash = ?", [hashOf(challenge), hashOf(offered)]);
    return challengeId;
  }

  /** Who registered each recorded credential (a credential id is registered once in the whole service). */
  const owners: Partial<Record<"platform" | "securityKey", string>> = {};

  const complete = (challengeId: string, step: Step) =>
    t.gql<{ completeLogin: { token: string; authenticatedBy: string[] } }>(COMPLETE_WITH_PASSKEY, { input: { challengeId, webauthnResponse: JSON.stringify(step.response) } });

  it.each(KINDS)("%s registers from its recorded answer, which verifies only for the challenge it was made for", async (_label, kind, transports) => {
    const { registration } = recorded.authenticators[kind];
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, `rec-reg-${kind}`);
    const token = (await login(t, username)).token as string;

    // Offered a fresh challenge, the recorded answer (to another challenge) does not register.
    const fresh = await t.gql<{ startWebAuthnRegistration: { device: { id: string } } }>(START_REGISTRATION, { input: { name: "Other" } }, bearer(token));
    const wrong = await t.gql(FINISH_REGISTRATION, { input: { deviceId: fresh.body.data?.startWebAuthnRegistration.device.id, webauthnResponse: JSON.stringify(registration.response) } }, bearer(token));
    expect(codeOf(wrong.body.errors)).toBe("INVALID_PASSCODE");

    const { deviceId } = await startRegistration(token, "Recorded key", registration.challenge);
    const finished = await t.gql<{ finishWebAuthnRegistration: { device: { verified: boolean; kind: string; transports: string[] } } }>(
      FINISH_REGISTRATION,
      { input: { deviceId, webauthnResponse: JSON.stringify(registration.response) } },
      bearer(token),
    );
    expect(finished.body.errors).toBeUndefined();
    expect(finished.body.data?.finishWebAuthnRegistration.device).toMatchObject({ verified: true, kind: "WEBAUTHN", transports });
    const rows: { credential_id: string; sign_count: number | string }[] = await t.server.dataSource.query("SELECT credential_id, sign_count FROM devices WHERE id = ?", [deviceId]);
    expect(rows[0]?.credential_id).toBe(registration.response.id);
    expect(Number(rows[0]?.sign_count)).toBe(1);
    owners[kind] = username;
  });

  it.each(KINDS)("%s signs in with its recorded assertions in order; a replayed or older one is refused and audited", async (_label, kind) => {
    const { registration, assertions } = recorded.authenticators[kind];
    const username = owners[kind] as string;
    expect(username).toBeTruthy();

    // An assertion answers only the challenge it was made for: offered a fresh one, it is refused.
    const unrelated = await passwordThenOffer(t, username);
    expect(codeOf((await complete(unrelated.challengeId, assertions[0])).body.errors)).toBe("INVALID_PASSCODE");

    const first = await complete(await offerWithChallenge(username, assertions[0].challenge), assertions[0]);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.completeLogin.authenticatedBy).toEqual(["WEBAUTHN", "PASSWORD"]);

    // The same assertion again, even were its challenge handed out a second time: the counter did not move.
    const replay = await complete(await offerWithChallenge(username, assertions[0].challenge), assertions[0]);
    expect(codeOf(replay.body.errors)).toBe("INVALID_PASSCODE");
    expect(await auditCount(t, username, "WEBAUTHN_CLONE_DETECTED")).toBe(1);

    const second = await complete(await offerWithChallenge(username, assertions[1].challenge), assertions[1]);
    expect(second.body.errors).toBeUndefined();
    const rows: { sign_count: number | string }[] = await t.server.dataSource.query("SELECT sign_count FROM devices WHERE credential_id = ?", [registration.response.id]);
    expect(Number(rows[0]?.sign_count)).toBe(3);

    // The first, older assertion after the second: its counter goes back.
    const older = await complete(await offerWithChallenge(username, assertions[0].challenge), assertions[0]);
    expect(codeOf(older.body.errors)).toBe("INVALID_PASSCODE");
    expect(await auditCount(t, username, "WEBAUTHN_CLONE_DETECTED")).toBe(2);
  });

  it("the security key's recorded assertion does not sign in the passkey's owner, and the passkey's does not sign in the key's", async () => {
    for (const [user, other] of [["platform", "securityKey"], ["securityKey", "platform"]] as const) {
      const foreign = recorded.authenticators[other].assertions[1];
      const refused = await complete(await offerWithChallenge(owners[user] as string, foreign.challenge), foreign);
      expect(codeOf(refused.body.errors)).toBe("INVALID_PASSCODE");
    }
  });
});

describe("recorded WebAuthn answers on a service configured for another origin", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite", { WEBAUTHN_RP_ID: "localhost", WEBAUTHN_ORIGINS: "http://localhost:47211" });
  });
  afterAll(async () => t?.close());

  it("a registration Chromium made for http://localhost:47210 is refused by a service that allows only http://localhost:47211", async () => {
    const { registration } = recorded.authenticators.platform;
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "rec-origin");
    const token = (await login(t, username)).token as string;
    const started = await t.gql<{ startWebAuthnRegistration: { device: { id: string } } }>(START_REGISTRATION, { input: { name: "Phished" } }, bearer(token));
    const deviceId = started.body.data?.startWebAuthnRegistration.device.id as string;
    await t.server.dataSource.query("UPDATE devices SET verify_code_hash = ? WHERE id = ?", [hashOf(registration.challenge), deviceId]);
    const refused = await t.gql(FINISH_REGISTRATION, { input: { deviceId, webauthnResponse: JSON.stringify(registration.response) } }, bearer(token));
    expect(codeOf(refused.body.errors)).toBe("INVALID_PASSCODE");
  });
});
