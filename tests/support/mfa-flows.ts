import type { ApiClient, Answer, GqlBody } from "./api-client.js";
import type { SecretLedger } from "./ledger.js";
import { oathtool, timeStep } from "./totp.js";

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess { token authenticatedBy user { id username } }
    ... on MfaChallenge { challengeId smsSentTo factors { id kind isDefault } }
    ... on MfaSetupRequired { token user { id } }
  }
}`;
export const COMPLETE = `mutation Complete($input: CompleteLoginInput!) { completeLogin(input: $input) { token authenticatedBy user { id } } }`;
export const ENROLL_TOTP = `mutation Enrol($name: String!) { enrollTotp(input: { name: $name }) { secret otpauthUri device { id } } }`;
export const VERIFY = `mutation Verify($input: VerifyDeviceInput!) { verifyDevice(input: $input) { token device { id verified isDefault } } }`;
export const ADD_PHONE = `mutation AddPhone($input: AddPhoneInput!) { addPhone(input: $input) { device { id } } }`;
export const ME = `{ me { id username mfaPassed security { policy mfaEnabled locked devices { id kind verified } } } }`;
export const LOGOUT = `mutation { logout { ok } }`;
export const RECOVERY_CODES = `mutation Codes($quantity: Int!) { generateRecoveryCodes(quantity: $quantity) { codes } }`;
export const REMOVE_DEVICE = `mutation Remove($id: ID!) { removeDevice(deviceId: $id) { security { devices { id } } } }`;
export const SEND_PASSCODE = `mutation Send($input: SendLoginPasscodeInput!) { sendLoginPasscode(input: $input) { sentTo } }`;
export const CREATE_DOMAIN = `mutation Domain($input: CreateDomainInput!) { createDomain(input: $input) { domain { id name } } }`;
export const CREATE_MAILBOX = `mutation Mailbox($input: CreateMailboxInput!) { createMailbox(input: $input) { user { id username } } }`;
export const SET_POLICY = `mutation Policy($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { revokedSessions } }`;
export const RESET_MFA = `mutation Reset($id: ID!) { resetUserMfa(userId: $id) { user { id mfaStatus } } }`;
export const UNLOCK = `mutation Unlock($id: ID!) { unlockUser(userId: $id) { user { id mfaStatus } } }`;

export type LoginPayload = {
  __typename: "LoginSuccess" | "MfaChallenge" | "MfaSetupRequired";
  token?: string | null;
  challengeId?: string;
  smsSentTo?: string | null;
  factors?: { id: string; kind: string; isDefault: boolean }[];
  user?: { id: string };
};

/** An authenticator app: its secret and the last time step spent, so each code sent is a fresh one. */
export class TotpDevice {
  private lastStep: number;

  constructor(
    readonly id: string,
    readonly secret: string,
    usedAtMs: number,
    private readonly ledger: SecretLedger,
  ) {
    this.lastStep = timeStep(usedAtMs);
  }

  /** The code the next freshCode() would give, without spending it or waiting (for codes meant to be refused). */
  peek(): string {
    const code = oathtool(this.secret, Math.max(this.lastStep + 1, timeStep(Date.now())) * 30_000 + 1_000);
    this.ledger.add("totp-code", code);
    return code;
  }

  /**
   * A code the API has not seen yet: the current step, or the next one (one step of drift is accepted). When both
   * are spent it waits for the clock, at most one step.
   */
  async freshCode(): Promise<string> {
    let step = Math.max(this.lastStep + 1, timeStep(Date.now()));
    while (step > timeStep(Date.now()) + 1) await new Promise((r) => setTimeout(r, 250));
    step = Math.max(step, timeStep(Date.now()));
    this.lastStep = step;
    const code = oathtool(this.secret, step * 30_000 + 1_000);
    this.ledger.add("totp-code", code);
    return code;
  }
}

export interface TestUser {
  readonly id: string;
  readonly username: string;
  readonly password: string;
}

export function unwrap<T>(answer: Answer<GqlBody<T>>, what: string): T {
  const data = answer.body?.data;
  if (!data || answer.body.errors) throw new Error(`${what} failed (${answer.status}): ${answer.text.slice(0, 400)}`);
  return data;
}

export async function passwordLogin(api: ApiClient, user: { username: string; password: string }, options: { cookie?: boolean } = {}): Promise<LoginPayload> {
  const answer = await api.gql<{ login: LoginPayload }>(LOGIN, { input: { username: user.username, password: user.password, cookie: options.cookie ?? false } });
  return unwrap(answer, `login of ${user.username}`).login;
}

/** A session token from a password-only login (the user must not need a passcode). */
export async function sessionOf(api: ApiClient, user: TestUser): Promise<string> {
  const login = await passwordLogin(api, user);
  if (login.__typename !== "LoginSuccess" || !login.token) throw new Error(`expected a password-only login for ${user.username}, got ${login.__typename}`);
  return login.token;
}

/** Enrols an authenticator app on a session and verifies it with an oathtool code. */
export async function enrolTotp(api: ApiClient, token: string, ledger: SecretLedger, name = "Phone app"): Promise<{ device: TotpDevice; upgradedToken: string | null }> {
  const enrolled = unwrap(await api.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, { name }, { token }), "enrollTotp").enrollTotp;
  const now = Date.now();
  const code = oathtool(enrolled.secret, now);
  ledger.add("totp-code", code);
  const verified = unwrap(
    await api.gql<{ verifyDevice: { token: string | null } }>(VERIFY, { input: { deviceId: enrolled.device.id, code } }, { token }),
    "verifyDevice",
  ).verifyDevice;
  return { device: new TotpDevice(enrolled.device.id, enrolled.secret, now, ledger), upgradedToken: verified.token };
}

/** Both steps of a login with an authenticator app; returns the full session token. */
export async function mfaLogin(first: ApiClient, second: ApiClient, user: TestUser, device: TotpDevice): Promise<string> {
  const step1 = await passwordLogin(first, user);
  if (step1.__typename !== "MfaChallenge" || !step1.challengeId) throw new Error(`expected a challenge for ${user.username}, got ${step1.__typename}`);
  const done = await second.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: await device.freshCode() } });
  return unwrap(done, "completeLogin").completeLogin.token;
}

/** The codes a phone received from the (fake) provider: the six digits of the last text to `to`. */
export function lastCodeTo(messages: readonly { to: string; body: string }[], to: string): string {
  const message = [...messages].reverse().find((m) => m.to === to);
  const code = message ? /\b(\d{6,8})\b/.exec(message.body)?.[1] : undefined;
  if (!code) throw new Error(`no code was texted to ${to}`);
  return code;
}
