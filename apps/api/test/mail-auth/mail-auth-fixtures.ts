import { bearer, createMailbox, enrolTotp, login, ME, type Tenant } from "../support/fixtures.js";
import type { TestServer } from "../support/server.js";

export const MAIL_KEY = "test-mail-servers-key-0123456789abcdef";

export const CREATE = `mutation C($name: String!) { createAppPassword(name: $name) { password appPassword { id name createdAt lastUsedAt lastUsedProtocol lastUsedIp } } }`;
export const LIST = `{ myAppPasswords { id name createdAt lastUsedAt lastUsedProtocol lastUsedIp } }`;
export const REVOKE = `mutation R($id: ID!) { revokeAppPassword(id: $id) { revoked } }`;
export const REVOKE_ALL = `mutation { revokeAllAppPasswords { revoked } }`;
export const ADMIN_REVOKE = `mutation A($id: ID!) { revokeUserAppPasswords(userId: $id) { revoked } }`;
export const ADMIN_VIEW = `query U($id: ID!) { user(id: $id) { appPasswordCount } }`;
export const DOMAIN_SWITCH = `mutation D($id: ID!, $allowed: Boolean!) { setAppPasswordsAllowed(domainId: $id, allowed: $allowed) { domainId appPasswordsAllowed } }`;

export type Created = { password: string; appPassword: { id: string; name: string; lastUsedAt: string | null; lastUsedProtocol: string | null; lastUsedIp: string | null } };

export interface MailAnswer {
  status: number;
  headers: Headers;
  body: { result?: string; error?: { code: string } };
}

/** Asks the mail-server check as a mail server does. */
export async function mailCheck(t: TestServer, body: Record<string, unknown>, key: string | null = MAIL_KEY): Promise<MailAnswer> {
  const res = await fetch(`${t.url}/mail-auth/v1/check`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key === null ? {} : { "x-mail-auth-key": key }) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as MailAnswer["body"] };
}

/** A mailbox with an authenticator (MFA on), its id and a session token with a recent proof. */
export async function mfaMailbox(t: TestServer, tenant: Tenant, localPart: string): Promise<{ username: string; userId: string; token: string }> {
  const username = await createMailbox(t, tenant, localPart);
  const { token } = await enrolTotp(t, username);
  await t.gql(`mutation { setMfaEnabled(enabled: true) { security { mfaEnabled } } }`, {}, bearer(token));
  const me = await t.gql<{ me: { id: string } }>(ME, {}, bearer(token));
  return { username, userId: me.body.data?.me.id as string, token };
}

export async function adminToken(t: TestServer, tenant: Tenant): Promise<string> {
  return (await login(t, tenant.adminUsername)).token as string;
}
