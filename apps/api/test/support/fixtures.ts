import { execFileSync } from "node:child_process";
import type { PolicyLevel } from "@mfa/core";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import type { TestServer } from "./server.js";

export const PASSWORD = "correct horse battery staple";

/** A TOTP code computed by oathtool, an authenticator independent of ours. */
export function oathtool(secret: string, atMs = Date.now()): string {
  const bin = process.env.OATHTOOL_PATH ?? "oathtool";
  return execFileSync(bin, ["--totp", "-b", "-N", `@${Math.floor(atMs / 1000)}`, secret], { encoding: "utf8" }).trim();
}

export interface Tenant {
  accountId: string;
  domainId: string;
  domainName: string;
  adminUsername: string;
}

let counter = 0;

/** An account with an admin and one domain under the given policy. */
export async function createTenant(t: TestServer, policy: PolicyLevel): Promise<Tenant> {
  const { dataSource } = t.server.services;
  const provisioning = new ProvisioningService(dataSource);
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const account = await provisioning.createAccount(`Tenant ${tag}`);
  await dataSource.manager.update(AccountEntity, { id: account.id }, { adminMfaPolicy: "OPTIONAL" });
  const domain = await provisioning.createDomain({ accountId: account.id, name: `t${tag}.example`, mfaPolicy: policy });
  const admin = await provisioning.createAdmin({ accountId: account.id, username: `admin-${tag}`, displayName: "Admin", password: PASSWORD });
  return { accountId: account.id, domainId: domain.id, domainName: domain.name, adminUsername: admin.username };
}

export async function createMailbox(t: TestServer, tenant: Tenant, localPart: string): Promise<string> {
  const provisioning = new ProvisioningService(t.server.services.dataSource);
  const user = await provisioning.createMailbox({ accountId: tenant.accountId, domainId: tenant.domainId, localPart, displayName: localPart, password: PASSWORD });
  return user.username;
}

type Errors = { message: string; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
export const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess { token authenticatedBy user { id username } }
    ... on MfaChallenge { challengeId smsSentTo factors { id kind name maskedPhone isDefault isBackup } }
    ... on MfaSetupRequired { token user { id } }
  }
}`;

export const COMPLETE = `mutation Complete($input: CompleteLoginInput!) {
  completeLogin(input: $input) { token authenticatedBy user { id } }
}`;

export const ENROLL_TOTP = `mutation { enrollTotp(input: { name: "Phone app" }) { secret otpauthUri qrCodeDataUrl device { id kind verified } } }`;
export const VERIFY = `mutation Verify($input: VerifyDeviceInput!) { verifyDevice(input: $input) { token device { id verified isDefault kind } } }`;
export const ME = `{ me { id username security { policy mfaEnabled recoveryCodesLeft locked devices { id kind verified isDefault isBackup maskedPhone } } } }`;

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Password step; returns the whole login payload. */
export async function login(t: TestServer, username: string, password = PASSWORD) {
  const res = await t.gql<{ login: Record<string, unknown> & { __typename: string } }>(LOGIN, { input: { username, password } });
  if (!res.body.data) throw new Error(`login failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.login;
}

/** Logs in (no MFA yet), enrols an authenticator and verifies it with an oathtool code. */
export async function enrolTotp(t: TestServer, username: string): Promise<{ secret: string; deviceId: string; token: string; verifiedAtMs: number }> {
  const first = await login(t, username);
  const token = first.token as string;
  const enrolled = await t.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, {}, bearer(token));
  const payload = enrolled.body.data?.enrollTotp;
  if (!payload) throw new Error(`enrollTotp failed: ${JSON.stringify(enrolled.body.errors)}`);
  const now = Date.now();
  const verified = await t.gql(VERIFY, { input: { deviceId: payload.device.id, code: oathtool(payload.secret, now) } }, bearer(token));
  if (verified.body.errors) throw new Error(`verifyDevice failed: ${JSON.stringify(verified.body.errors)}`);
  return { secret: payload.secret, deviceId: payload.device.id, token, verifiedAtMs: now };
}

/** The account's newest texts, read as its admin reads them on the outbox page (a stand-in for the phone). */
export async function accountTexts(t: TestServer, tenant: Tenant, first = 5): Promise<{ to: string; body: string }[]> {
  const admin = await login(t, tenant.adminUsername);
  const res = await t.gql<{ smsOutbox: { to: string; body: string }[] }>(`query O($first: Int!) { smsOutbox(first: $first) { to body } }`, { first }, bearer(admin.token as string));
  if (!res.body.data) throw new Error(`smsOutbox failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.smsOutbox;
}

/** The code in the account's newest text. */
export async function lastTextedCode(t: TestServer, tenant: Tenant): Promise<string> {
  const [newest] = await accountTexts(t, tenant, 1);
  return /(\d{6,8})/.exec(newest?.body ?? "")?.[1] as string;
}
