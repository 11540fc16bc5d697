import { createHash, randomUUID } from "node:crypto";
import type { ApiClient, Answer, GqlBody } from "../../support/api-client.js";
import { startBuiltServer } from "../../support/built-server.js";
import type { Figure } from "../../support/ledger.js";
import { ADD_PHONE, RECOVERY_CODES, VERIFY, enrolTotp, lastCodeTo, mfaLogin, sessionOf, unwrap, type TestUser, type TotpDevice } from "../../support/mfa-flows.js";
import type { World } from "./world.js";

/**
 * What the properties of the security review share: client addresses, phone numbers, the step-up documents, and
 * the actors of the attacks (an admin of our own, an admin of another account, users with an app or a phone).
 */

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

let addressSerial = 0;
/** A loopback address no other test uses: the client address of one attacker or one user, through the proxy. */
export function nextAddress(): string {
  const n = addressSerial++;
  if (n >= 250 * 250) throw new Error("no loopback address left");
  return `127.20.${Math.floor(n / 250)}.${1 + (n % 250)}`;
}

let phoneSerial = 40;
/** A US number of the fictional 555-01xx range that no other property texts. */
export function nextPhone(): { national: string; e164: string } {
  if (phoneSerial === 77) phoneSerial++;
  if (phoneSerial > 99) throw new Error("no phone number left in the test range");
  const national = `20155501${String(phoneSerial++)}`;
  return { national, e164: `+1${national}` };
}

/** The masked form the API shows of a number (calling code and the last four digits). */
export const masked = (e164: string) => `+1 *** *** ${e164.slice(-4)}`;

export const REAUTH = `mutation Reauth($input: ReauthenticateInput!) { reauthenticate(input: $input) { validUntil } }`;
export const SEND_REAUTH = `mutation SendReauth($id: ID!) { sendReauthenticationPasscode(deviceId: $id) { challengeId sentTo expiresAt } }`;
export const SET_MFA = `mutation SetMfa($enabled: Boolean!) { setMfaEnabled(enabled: $enabled) { security { mfaEnabled } } }`;
export const REMOVE_ALL = `mutation { removeAllDevices { security { mfaEnabled devices { id } } } }`;
export const OVERRIDE = `mutation Override($id: ID!, $level: UserOverride!) { setUserMfaOverride(userId: $id, level: $level) { user { id } } }`;
export const ADMIN_POLICY = `mutation AdminPolicy($policy: PolicyLevel!) { setAccountAdminMfaPolicy(policy: $policy) { account { adminMfaPolicy } } }`;
export const DELETE_MAILBOX = `mutation Delete($id: ID!) { deleteMailbox(userId: $id) { deletedUserId } }`;
export const SET_DEFAULT = `mutation Default($id: ID!) { setDefaultDevice(deviceId: $id) { device { id } } }`;

/** Moves a session's last proof back by `ms` (11 minutes by default): the session is no longer a recent proof. */
export async function ageProof(world: World, token: string, ms = 11 * 60_000): Promise<void> {
  await world.db.rows("UPDATE sessions SET proof_at = proof_at - ? WHERE token_hash = ?", [ms, sha256(token)]);
}

/** The error code and, for the record, the first words of an answer. */
export function outcome(answer: Answer<GqlBody<unknown>>): string {
  const error = answer.body?.errors?.[0];
  if (error) return error.extensions?.code ?? `no code: ${error.message.slice(0, 80)}`;
  return answer.body?.data ? "ok" : `HTTP ${answer.status}`;
}

/** An error answer as a client sees it: status, message and extensions (the username never in it). */
export function refusal(answer: Answer<GqlBody<unknown>>): { status: number; errors: { message: string; extensions: unknown }[]; data: unknown } {
  return {
    status: answer.status,
    errors: (answer.body?.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions ?? null })),
    data: answer.body?.data ?? null,
  };
}

/** A user with a verified authenticator app, an MFA-passed session and a batch of recovery codes. */
export interface AppUser {
  user: TestUser;
  device: TotpDevice;
  token: string;
  recoveryCodes: string[];
}

export async function appUser(world: World, api: ApiClient, user: TestUser): Promise<AppUser> {
  const { device } = await enrolTotp(api, await sessionOf(api, user), world.ledger);
  const token = await mfaLogin(api, api, user, device);
  const codes = unwrap(await api.gql<{ generateRecoveryCodes: { codes: string[] } }>(RECOVERY_CODES, { quantity: 10 }, { token }), "generateRecoveryCodes");
  return { user, device, token, recoveryCodes: [...codes.generateRecoveryCodes.codes] };
}

/** Adds a phone on a session (the fake provider receives its code) and verifies it. */
export async function verifiedPhone(world: World, api: ApiClient, token: string): Promise<{ deviceId: string; e164: string }> {
  const phone = nextPhone();
  const added = unwrap(await api.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "US", number: phone.national, name: "Mobile" } }, { token }), "addPhone");
  const code = lastCodeTo(world.twilio.messages, phone.e164);
  world.ledger.add("sms-code", code);
  unwrap(await api.gql(VERIFY, { input: { deviceId: added.addPhone.device.id, code } }, { token }), "verifyDevice");
  return { deviceId: added.addPhone.device.id, e164: phone.e164 };
}

/** The code the fake provider last received for `e164` (kept in the ledger). */
export function textedCode(world: World, e164: string): string {
  const code = lastCodeTo(world.twilio.messages, e164);
  world.ledger.add("sms-code", code);
  return code;
}

/**
 * A second admin of the demo account, so that no property changes the shared one. The GraphQL API provisions
 * mailboxes only (admins are provisioned with the account), so a fresh mailbox is made an admin in the database.
 */
export async function newAdmin(world: World, figure: Figure, domainId: string, prefix = "admin"): Promise<TestUser> {
  const user = await world.mailbox(figure, domainId, prefix);
  await world.db.rows("UPDATE users SET kind = 'ADMIN', domain_id = NULL WHERE id = ?", [user.id]);
  return user;
}

/** The admin of a second account (tenant) of its own, with no domain and no device. */
export async function otherAccountAdmin(world: World, figure: Figure, domainId: string): Promise<{ admin: TestUser; accountId: string }> {
  const accountId = randomUUID();
  await world.db.rows("INSERT INTO accounts (id, name, admin_mfa_policy, created_at) VALUES (?, ?, 'OPTIONAL', ?)", [accountId, `Other Corp ${accountId.slice(0, 8)}`, Date.now()]);
  const admin = await world.mailbox(figure, domainId, "tenant-b");
  await world.db.rows("UPDATE users SET kind = 'ADMIN', domain_id = NULL, account_id = ? WHERE id = ?", [accountId, admin.id]);
  return { admin, accountId };
}

/** How a start of the built server ended: it came up (and was stopped at once), or it exited with a code. */
export interface StartOutcome {
  started: boolean;
  exitCode: number | null;
  output: string;
  ms: number;
}

/** Starts the built server with `env` and reports whether it refused to start; a server that came up is stopped. */
export async function startOutcome(env: Record<string, string>, keep?: string[]): Promise<StartOutcome> {
  const started = Date.now();
  try {
    const server = await startBuiltServer(env);
    // Let it print what it prints after the banner (a warning, the demo sign-ins), then stop it.
    await new Promise((r) => setTimeout(r, 300));
    await server.stop();
    keep?.push(server.output());
    return { started: true, exitCode: null, output: server.output(), ms: Date.now() - started };
  } catch (error) {
    const message = (error as Error).message;
    const exit = /^server exited with (-?\d+|null):\n([\s\S]*)$/.exec(message);
    if (!exit) throw error;
    keep?.push(exit[2] ?? "");
    return { started: false, exitCode: exit[1] === "null" ? null : Number(exit[1]), output: exit[2] ?? "", ms: Date.now() - started };
  }
}

/** The cookies of Set-Cookie lines by name: value and attributes (lower-cased names). */
export function cookiesOf(lines: readonly string[]): Map<string, { value: string; attributes: Map<string, string> }> {
  const cookies = new Map<string, { value: string; attributes: Map<string, string> }>();
  for (const line of lines) {
    const [pair = "", ...rest] = line.split(";").map((p) => p.trim());
    const eq = pair.indexOf("=");
    const attributes = new Map(rest.map((p) => [p.split("=")[0]?.toLowerCase() ?? "", p.includes("=") ? p.slice(p.indexOf("=") + 1) : ""]));
    cookies.set(pair.slice(0, eq), { value: pair.slice(eq + 1), attributes });
  }
  return cookies;
}

/** The median of some durations. */
export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
