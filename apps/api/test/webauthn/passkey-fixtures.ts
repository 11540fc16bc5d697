import { bearer, login } from "../support/fixtures.js";
import type { TestServer } from "../support/server.js";
import type { SoftAuthenticator } from "../support/soft-authenticator.js";

export const START_REGISTRATION = `mutation S($input: StartWebAuthnRegistrationInput!) { startWebAuthnRegistration(input: $input) { optionsJson device { id kind verified } } }`;
export const FINISH_REGISTRATION = `mutation F($input: FinishWebAuthnRegistrationInput!) { finishWebAuthnRegistration(input: $input) { token device { id kind name verified isDefault transports } } }`;
const START_LOGIN = `mutation W($challengeId: String!) { startWebAuthnLogin(challengeId: $challengeId) { optionsJson } }`;
export const COMPLETE_WITH_PASSKEY = `mutation C($input: CompleteLoginInput!) { completeLogin(input: $input) { token authenticatedBy user { id } } }`;

/** Registers a passkey for a user signed in with `token` (start, the authenticator's answer, finish). */
export async function registerPasskey(t: TestServer, token: string, authenticator: SoftAuthenticator, name = "Laptop passkey") {
  const started = await t.gql<{ startWebAuthnRegistration: { optionsJson: string; device: { id: string } } }>(START_REGISTRATION, { input: { name } }, bearer(token));
  const payload = started.body.data?.startWebAuthnRegistration;
  if (!payload) throw new Error(`startWebAuthnRegistration failed: ${JSON.stringify(started.body.errors)}`);
  const finished = await t.gql<{ finishWebAuthnRegistration: { device: { id: string; transports: string[]; isDefault: boolean } } }>(
    FINISH_REGISTRATION,
    { input: { deviceId: payload.device.id, webauthnResponse: authenticator.register(payload.optionsJson) } },
    bearer(token),
  );
  const device = finished.body.data?.finishWebAuthnRegistration.device;
  if (!device) throw new Error(`finishWebAuthnRegistration failed: ${JSON.stringify(finished.body.errors)}`);
  return { deviceId: device.id, device, options: payload.optionsJson };
}

/** Password step, then the passkey offer: the challenge id and the options the browser would get. */
export async function passwordThenOffer(t: TestServer, username: string): Promise<{ challengeId: string; optionsJson: string }> {
  const step1 = await login(t, username);
  const challengeId = step1.challengeId as string;
  if (!challengeId) throw new Error(`expected a challenge, got ${JSON.stringify(step1)}`);
  const offer = await t.gql<{ startWebAuthnLogin: { optionsJson: string } }>(START_LOGIN, { challengeId });
  const optionsJson = offer.body.data?.startWebAuthnLogin.optionsJson;
  if (!optionsJson) throw new Error(`startWebAuthnLogin failed: ${JSON.stringify(offer.body.errors)}`);
  return { challengeId, optionsJson };
}

export async function auditCount(t: TestServer, username: string, action: string): Promise<number> {
  const rows: { n: number | string }[] = await t.server.dataSource.query(
    "SELECT COUNT(*) AS n FROM audit_events WHERE action = ? AND target_user_id = (SELECT id FROM users WHERE username = ?)",
    [action, username],
  );
  return Number(rows[0]?.n);
}
