import type { ReceivedMail, SmtpReceiver } from "@mfa/testing";
import { bearer, codeOf } from "../support/fixtures.js";
import type { GraphQLResponse, TestServer } from "../support/server.js";

const SET_ALT = `mutation S($address: String!) { setAlternateEmail(input: { address: $address }) { alternateEmail { address pendingAddress codeExpiresAt verifiedAt } } }`;
const VERIFY_ALT = `mutation V($code: String!) { verifyAlternateEmail(input: { code: $code }) { alternateEmail { address pendingAddress verifiedAt } } }`;
export const REMOVE_ALT = `mutation { removeAlternateEmail { alternateEmail { address pendingAddress } } }`;
export const ALT = `{ me { alternateEmail { address pendingAddress codeExpiresAt verifiedAt } } }`;

export type AltView = { address: string | null; pendingAddress: string | null; codeExpiresAt?: string | null; verifiedAt: string | null };

/** The SMTP settings that send the server's emails to the local receiver. */
export const smtpEnv = (receiver: SmtpReceiver) => ({
  MAIL_TRANSPORT: "smtp",
  SMTP_URL: receiver.url(),
  MAIL_FROM: "no-reply@acme.example",
  CONSOLE_URL: "https://mfa.acme.example",
});

/** The emails the receiver got for an address. */
export const mailsTo = (receiver: SmtpReceiver, address: string): ReceivedMail[] => receiver.received.filter((m) => m.envelope.to.includes(address));

/** The code of the newest email the receiver got for an address. */
export function codeMailedTo(receiver: SmtpReceiver, address: string): string {
  const newest = mailsTo(receiver, address).at(-1);
  const code = newest ? /Code: (\d{6})/.exec(newest.text)?.[1] : undefined;
  if (!code) throw new Error(`no code was mailed to ${address}`);
  return code;
}

export async function setAlternate(t: TestServer, token: string, address: string): Promise<GraphQLResponse<{ setAlternateEmail: { alternateEmail: AltView } }>> {
  return t.gql<{ setAlternateEmail: { alternateEmail: AltView } }>(SET_ALT, { address }, bearer(token));
}

export async function verifyAlternate(t: TestServer, token: string, code: string) {
  return t.gql<{ verifyAlternateEmail: { alternateEmail: AltView } }>(VERIFY_ALT, { code }, bearer(token));
}

/** Sets and verifies an alternate address with the code the receiver got. */
export async function verifiedAlternate(t: TestServer, receiver: SmtpReceiver, token: string, address: string): Promise<void> {
  const set = await setAlternate(t, token, address);
  if (set.body.errors) throw new Error(`setAlternateEmail failed: ${JSON.stringify(set.body.errors)}`);
  const verified = await verifyAlternate(t, token, codeMailedTo(receiver, address));
  if (verified.body.errors) throw new Error(`verifyAlternateEmail failed: ${codeOf(verified.body.errors)}`);
}

/** The details of a user's audit events of one action, oldest first. */
export async function auditsOf(t: TestServer, userId: string, action: string): Promise<Record<string, unknown>[]> {
  const rows: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE action = ? AND target_user_id = ? ORDER BY created_at, id", [action, userId]);
  return rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}));
}
