import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { PASSWORD, bearer, createMailbox, login, type Tenant } from "../support/fixtures.js";
import type { GraphQLResponse, TestServer } from "../support/server.js";

const ADD_PHONE = `mutation Add($input: AddPhoneInput!) { addPhone(input: $input) { device { id verified } } }`;
export const RESEND = `mutation Resend($id: ID!) { resendPhoneVerification(deviceId: $id) { device { id } } }`;
export const REMOVE = `mutation Remove($id: ID!) { removeDevice(deviceId: $id) { security { devices { id } } } }`;
export const SEND_PASSCODE = `mutation Send($input: SendLoginPasscodeInput!) { sendLoginPasscode(input: $input) { sentTo } }`;
export const DEVICES = `{ me { security { devices { id kind verified } } } }`;
const SETTINGS_FIELDS = `allowedCountries usesDefaultCountries defaultCountries
  budgets { userHourly userDaily domainHourly domainDaily accountHourly accountDaily destinationDaily }
  defaultBudgets { userHourly accountHourly } maxBudgets { userHourly accountHourly destinationDaily }
  account { thisHour today hourlyBudget dailyBudget } domains { domainId name use { thisHour today hourlyBudget dailyBudget } } hourEndsAt dayEndsAt`;
export const SMS_SETTINGS = `{ smsSettings { ${SETTINGS_FIELDS} } }`;
export const SET_SMS_SETTINGS = `mutation Set($input: SetSmsSettingsInput!) { setSmsSettings(input: $input) { settings { ${SETTINGS_FIELDS} } } }`;

export type Errors = GraphQLResponse["body"]["errors"];
export const extensionsOf = (errors: Errors) => errors?.[0]?.extensions ?? {};

/** A mailbox signed in with its password (no second factor yet): its id, name and a session with a recent proof. */
export async function signedIn(t: TestServer, tenant: Tenant, localPart: string): Promise<{ id: string; username: string; token: string }> {
  const username = await createMailbox(t, tenant, localPart);
  const first = (await login(t, username)) as { token?: string; user?: { id: string } };
  if (!first.token || !first.user) throw new Error(`expected a password-only login for ${username}`);
  return { id: first.user.id, username, token: first.token };
}

/** A second domain of the tenant's account (same account, another domain budget). */
export async function otherDomain(t: TestServer, tenant: Tenant): Promise<Tenant> {
  const domain = await new ProvisioningService(t.server.services.dataSource).createDomain({
    accountId: tenant.accountId,
    name: `other-${Math.random().toString(36).slice(2, 8)}.${tenant.domainName}`,
    mfaPolicy: "OPTIONAL",
  });
  return { ...tenant, domainId: domain.id, domainName: domain.name };
}

/** The tenant's admin signed in with a password (no second factor): a session with a recent proof. */
export async function adminToken(t: TestServer, tenant: Tenant): Promise<string> {
  const first = (await login(t, tenant.adminUsername, PASSWORD)) as { token?: string };
  if (!first.token) throw new Error("expected a password-only login for the admin");
  return first.token;
}

/** Adds a US phone (`national` is 10 digits); the answer as the API gave it. */
export function addPhone(t: TestServer, token: string, national: string, country = "US") {
  return t.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country, number: national, name: "Mobile" } }, bearer(token));
}

/** The code of the last text kept for a user (the outbox sender). */
async function lastCode(t: TestServer, userId: string): Promise<string> {
  const [last] = await t.server.services.sms.listOutbox({ userId, first: 1 });
  const code = last ? /(\d{6,8})/.exec(last.body)?.[1] : undefined;
  if (!code) throw new Error(`no code was texted to ${userId}`);
  return code;
}

/** Adds a phone and verifies it with the texted code: it becomes the default factor, so every sign-in texts it. */
export async function verifiedPhone(t: TestServer, user: { id: string; token: string }, national: string): Promise<string> {
  const added = await addPhone(t, user.token, national);
  const deviceId = added.body.data?.addPhone.device.id;
  if (!deviceId) throw new Error(`addPhone failed: ${JSON.stringify(added.body.errors)}`);
  const verified = await t.gql(`mutation V($input: VerifyDeviceInput!) { verifyDevice(input: $input) { device { id } } }`, { input: { deviceId, code: await lastCode(t, user.id) } }, bearer(user.token));
  if (verified.body.errors) throw new Error(`verifyDevice failed: ${JSON.stringify(verified.body.errors)}`);
  return deviceId;
}

async function count(t: TestServer, sql: string, params: unknown[]): Promise<number> {
  const rows: { n: number | string }[] = await t.server.dataSource.query(sql, params);
  return Number(rows[0]?.n ?? 0);
}

/** Texts recorded (and so handed to the sender) for these users. */
export const textsOf = (t: TestServer, userIds: string[]) =>
  count(t, `SELECT COUNT(*) AS n FROM sms_messages WHERE user_id IN (${userIds.map(() => "?").join(", ")})`, userIds);

/** Texts recorded to one number. */
export const textsTo = (t: TestServer, e164: string) => count(t, "SELECT COUNT(*) AS n FROM sms_messages WHERE to_e164 = ?", [e164]);

/** Audit events of one action about a user. */
export const audited = (t: TestServer, userId: string, action: string) =>
  count(t, "SELECT COUNT(*) AS n FROM audit_events WHERE target_user_id = ? AND action = ?", [userId, action]);
