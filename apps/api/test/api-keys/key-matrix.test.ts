import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY_RULES, type KeyRule } from "#src/modules/api-keys/key-rules.js";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { buildAppSchema } from "#src/schema.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { REVOKE_KEY, adminToken, createKey, expireKey } from "./key-fixtures.js";

type Target = "domain" | "freshDomain" | "user" | "freshUser" | "endpoint" | "freshEndpoint" | "delivery";

interface Fixture {
  doc: string;
  /** What the operation acts on, given as `$id`: a domain, a mailbox, or an (empty) domain or a mailbox made for this one call. */
  target?: Target;
  vars?: (n: number) => Record<string, unknown>;
}

/** One call of every root field of the schema; the matrix fails on a field that has none. */
const FIXTURES: Record<string, Fixture> = {
  health: { doc: "{ health { status } }" },
  account: { doc: "{ account { id name adminMfaPolicy } }" },
  auditEvents: { doc: "{ auditEvents(first: 5) { totalCount nodes { action actorId actorApiKeyName } } }" },
  smsSettings: { doc: "{ smsSettings { allowedCountries } }" },
  smsOutbox: { doc: "{ smsOutbox(first: 5) { id body } }" },
  emailOutbox: { doc: "{ emailOutbox(first: 5) { id subject text } }" },
  domains: { doc: "{ domains { id name children { id name } } }" },
  domain: { doc: "query Q($id: ID!) { domain(id: $id) { id name children { id } } }", target: "domain" },
  rolloutDashboard: { doc: "query Q($id: ID!) { rolloutDashboard(domainId: $id) { mailboxes notEnrolled history { day } } }", target: "domain" },
  policyImpact: { doc: "query Q($id: ID!) { policyImpact(domainId: $id, policy: REQUIRED) { affected } }", target: "domain" },
  mailboxes: { doc: "query Q($id: ID!) { mailboxes(domainId: $id, first: 10) { totalCount nodes { id username } } }", target: "domain" },
  user: { doc: "query Q($id: ID!) { user(id: $id) { id username devices { id } bypassCodes { count } } }", target: "user" },
  // A person would need a recent step-up for these weakening changes (and their own MFA to require it): a key is not asked.
  setAccountAdminMfaPolicy: { doc: "mutation { setAccountAdminMfaPolicy(policy: OPTIONAL) { account { adminMfaPolicy } } }" },
  setSmsSettings: { doc: 'mutation { setSmsSettings(input: { allowedCountries: ["US", "CA", "GB", "FR"] }) { settings { allowedCountries } } }' },
  createDomain: { doc: "mutation M($name: String!) { createDomain(input: { name: $name }) { domain { id } } }", vars: (n) => ({ name: `made-${n}-${Date.now().toString(36)}.example` }) },
  deleteDomain: { doc: "mutation M($id: ID!) { deleteDomain(id: $id) { deletedDomainId } }", target: "freshDomain" },
  setDomainMfaPolicy: { doc: "mutation M($id: ID!) { setDomainMfaPolicy(input: { domainId: $id, policy: REQUIRED }) { revokedSessions } }", target: "domain" },
  createMailbox: {
    doc: 'mutation M($id: ID!, $local: String!) { createMailbox(input: { domainId: $id, localPart: $local, displayName: "Made", password: "a long enough password" }) { user { id } } }',
    target: "domain",
    vars: (n) => ({ local: `made${n}` }),
  },
  deleteMailbox: { doc: "mutation M($id: ID!) { deleteMailbox(userId: $id) { deletedUserId } }", target: "freshUser" },
  bulkMailboxAction: { doc: "mutation M($id: ID!) { bulkMailboxAction(input: { domainId: $id, action: UNLOCK, userIds: [] }) { requested succeeded } }", target: "domain" },
  resetUserMfa: { doc: "mutation M($id: ID!) { resetUserMfa(userId: $id) { user { id } } }", target: "user" },
  unlockUser: { doc: "mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }", target: "user" },
  setUserMfaOverride: { doc: "mutation M($id: ID!) { setUserMfaOverride(userId: $id, level: OPTIONAL) { user { id mfaOverride } } }", target: "user" },
  revokeBypassCodes: { doc: "mutation M($id: ID!) { revokeBypassCodes(userId: $id) { user { id } } }", target: "user" },
  revokeUserAppPasswords: { doc: "mutation M($id: ID!) { revokeUserAppPasswords(userId: $id) { revoked } }", target: "user" },
  setAppPasswordsAllowed: { doc: "mutation M($id: ID!) { setAppPasswordsAllowed(domainId: $id, allowed: true) { appPasswordsAllowed } }", target: "domain" },
  setRememberBrowserDays: { doc: "mutation M($id: ID!) { setRememberBrowserDays(domainId: $id, days: 30) { domain { rememberBrowserDays } } }", target: "domain" },
  myRememberedBrowsers: { doc: "{ myRememberedBrowsers { id } }" },
  forgetRememberedBrowser: { doc: 'mutation { forgetRememberedBrowser(id: "00000000-0000-4000-8000-000000000000") { forgotten } }' },
  forgetAllRememberedBrowsers: { doc: "mutation { forgetAllRememberedBrowsers { forgotten } }" },
  myAppPasswords: { doc: "{ myAppPasswords { id } }" },
  createAppPassword: { doc: 'mutation { createAppPassword(name: "client") { password } }' },
  revokeAppPassword: { doc: 'mutation { revokeAppPassword(id: "x") { revoked } }' },
  revokeAllAppPasswords: { doc: "mutation { revokeAllAppPasswords { revoked } }" },
  setAlternateEmail: { doc: 'mutation { setAlternateEmail(input: { address: "a@b.example" }) { alternateEmail { address } } }' },
  verifyAlternateEmail: { doc: 'mutation { verifyAlternateEmail(input: { code: "123456" }) { alternateEmail { address } } }' },
  removeAlternateEmail: { doc: "mutation { removeAlternateEmail { alternateEmail { address } } }" },
  userSessions: { doc: "query Q($id: ID!) { userSessions(userId: $id) { id browser current } }", target: "user" },
  signOutEverywhere: { doc: "mutation M($id: ID!) { signOutEverywhere(userId: $id) { signedOut } }", target: "user" },
  mySessions: { doc: "{ mySessions { id } }" },
  signOutSession: { doc: 'mutation { signOutSession(sessionId: "00000000-0000-4000-8000-000000000000") { signedOut } }' },
  signOutOtherSessions: { doc: "mutation { signOutOtherSessions { signedOut } }" },
  issueBypassCodes: { doc: 'mutation M($id: ID!) { issueBypassCodes(input: { userId: $id, ticket: "T-1", reason: "lost phone" }) { codes } }', target: "user" },
  webhookEndpoints: { doc: "{ webhookEndpoints { id url } }" },
  webhookDeliveries: { doc: "query Q($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }", target: "endpoint" },
  createWebhookEndpoint: {
    doc: "mutation M($url: String!) { createWebhookEndpoint(input: { url: $url, eventTypes: [MFA_RESET] }) { endpoint { id } secret } }",
    vars: (n) => ({ url: `https://hooks.example.com/made-${n}` }),
  },
  updateWebhookEndpoint: { doc: "mutation M($id: ID!) { updateWebhookEndpoint(input: { id: $id, enabled: true }) { endpoint { id } } }", target: "endpoint" },
  rotateWebhookSecret: { doc: "mutation M($id: ID!) { rotateWebhookSecret(id: $id) { secret } }", target: "endpoint" },
  deleteWebhookEndpoint: { doc: "mutation M($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }", target: "freshEndpoint" },
  redeliverWebhook: { doc: "mutation M($id: ID!) { redeliverWebhook(deliveryId: $id) { delivery { id } } }", target: "delivery" },
  sendTestWebhook: { doc: "mutation M($id: ID!) { sendTestWebhook(endpointId: $id) { delivery { id } } }", target: "endpoint" },
  apiKeys: { doc: "{ apiKeys { id } }" },
  createApiKey: { doc: 'mutation { createApiKey(input: { name: "made by a key", scope: ADMIN }) { secret } }' },
  revokeApiKey: { doc: "mutation M($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }", vars: () => ({ id: "00000000-0000-4000-8000-000000000000" }) },
  me: { doc: "{ me { id } }" },
  login: { doc: 'mutation { login(input: { username: "nobody@example.com", password: "not the password" }) { __typename } }' },
  completeLogin: { doc: 'mutation { completeLogin(input: { challengeId: "x", passcode: "123456" }) { token } }' },
  sendLoginPasscode: { doc: 'mutation { sendLoginPasscode(input: { challengeId: "x", deviceId: "x" }) { __typename } }' },
  logout: { doc: "mutation { logout { ok } }" },
  deferMfaSetup: { doc: "mutation { deferMfaSetup { token } }" },
  reauthenticate: { doc: 'mutation { reauthenticate(input: { password: "x" }) { __typename } }' },
  sendReauthenticationPasscode: { doc: 'mutation { sendReauthenticationPasscode(deviceId: "x") { __typename } }' },
  startWebAuthnLogin: { doc: 'mutation { startWebAuthnLogin(challengeId: "x") { optionsJson } }' },
  startWebAuthnReauthentication: { doc: "mutation { startWebAuthnReauthentication { challengeId } }" },
  enrollTotp: { doc: 'mutation { enrollTotp(input: { name: "app" }) { secret } }' },
  startWebAuthnRegistration: { doc: 'mutation { startWebAuthnRegistration(input: { name: "key" }) { optionsJson } }' },
  finishWebAuthnRegistration: { doc: 'mutation { finishWebAuthnRegistration(input: { deviceId: "x", webauthnResponse: "{}" }) { token } }' },
  renameDevice: { doc: 'mutation { renameDevice(input: { deviceId: "x", name: "y" }) { device { id } } }' },
  addPhone: { doc: 'mutation { addPhone(input: { country: "US", number: "2015550123", name: "phone" }) { device { id } } }' },
  resendPhoneVerification: { doc: 'mutation { resendPhoneVerification(deviceId: "x") { device { id } } }' },
  verifyDevice: { doc: 'mutation { verifyDevice(input: { deviceId: "x", code: "123456" }) { token } }' },
  setDefaultDevice: { doc: 'mutation { setDefaultDevice(deviceId: "x") { device { id } } }' },
  setBackupPhone: { doc: 'mutation { setBackupPhone(deviceId: "x") { device { id } } }' },
  removeDevice: { doc: 'mutation { removeDevice(deviceId: "x") { security { mfaEnabled } } }' },
  discardPendingDevice: { doc: 'mutation { discardPendingDevice(deviceId: "x") { deviceId } }' },
  removeAllDevices: { doc: "mutation { removeAllDevices { security { mfaEnabled } } }" },
  setMfaEnabled: { doc: "mutation { setMfaEnabled(enabled: false) { security { mfaEnabled } } }" },
  generateRecoveryCodes: { doc: "mutation { generateRecoveryCodes(quantity: 2) { codes } }" },
};

/** A person's own operations and sign-in: written out here, apart from the rules, so the rules cannot open one to keys. */
const PERSON_ONLY = [
  "me", "login", "deferMfaSetup", "completeLogin", "sendLoginPasscode", "logout", "mySessions", "signOutSession", "signOutOtherSessions", "reauthenticate", "sendReauthenticationPasscode", "enrollTotp", "addPhone",
  "resendPhoneVerification", "verifyDevice", "setDefaultDevice", "setBackupPhone", "removeDevice", "discardPendingDevice", "removeAllDevices", "setMfaEnabled",
  "generateRecoveryCodes", "myRememberedBrowsers", "forgetRememberedBrowser", "forgetAllRememberedBrowsers", "myAppPasswords", "createAppPassword", "revokeAppPassword", "revokeAllAppPasswords", "apiKeys", "createApiKey", "revokeApiKey", "issueBypassCodes", "smsOutbox", "startWebAuthnLogin",
  "startWebAuthnReauthentication", "startWebAuthnRegistration", "finishWebAuthnRegistration", "renameDevice",
  "emailOutbox", "setAlternateEmail", "verifyAlternateEmail", "removeAlternateEmail",
];

type KeyKind = "READ" | "ADMIN" | "LIMITED" | "REVOKED" | "EXPIRED" | "OTHER_ACCOUNT";
type Outcome = "OK" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED";

/** What a key of this kind gets, by the operation's rule; `inReach`: the target is in a domain-limited key's domains. */
function expected(rule: KeyRule, kind: KeyKind, fixture: Fixture, inReach: boolean): Outcome {
  if (kind === "REVOKED" || kind === "EXPIRED") return "UNAUTHENTICATED";
  if (rule.kind === "NEVER") return "FORBIDDEN";
  if (rule.kind === "PUBLIC") return "OK";
  if (rule.needs === "ADMIN" && kind === "READ") return "FORBIDDEN";
  if (kind === "LIMITED") return rule.reach === "ACCOUNT" ? "FORBIDDEN" : fixture.target && !inReach ? "NOT_FOUND" : "OK";
  if (kind === "OTHER_ACCOUNT") return fixture.target ? "NOT_FOUND" : "OK";
  return "OK";
}

describe.each(ENGINES)("what each API key may do, operation by operation, on %s", (engine) => {
  let t: TestServer;
  let a: Tenant;
  let b: Tenant;
  let outsideDomainId = "";
  const mailbox = { in: "", out: "" };
  const keys = {} as Record<KeyKind, { id: string; secret: string }>;
  let made = 0;
  let provisioning: ProvisioningService;

  const freshMailbox = async (domainId: string) =>
    (await provisioning.createMailbox({ accountId: a.accountId, domainId, localPart: `fresh${made++}`, displayName: "Fresh", password: PASSWORD })).id;

  let adminBearer = "";
  let endpointId = "";
  let deliveryId = "";
  const freshEndpoint = async () => {
    const made_ = await t.gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      "mutation M($url: String!) { createWebhookEndpoint(input: { url: $url, eventTypes: [MFA_RESET] }) { endpoint { id } } }",
      { url: `https://hooks.example.com/fresh-${made++}` },
      bearer(adminBearer),
    );
    expect(made_.body.errors).toBeUndefined();
    return made_.body.data?.createWebhookEndpoint.endpoint.id as string;
  };

  const freshDomain = async () => (await provisioning.createDomain({ accountId: a.accountId, name: `empty${made++}-${a.domainName}`, mfaPolicy: "OFF" })).id;

  beforeAll(async () => {
    t = await startTestServer(engine, { API_KEY_RATE_PER_MINUTE: "10000" });
    provisioning = new ProvisioningService(t.server.dataSource);
    a = await createTenant(t, "OPTIONAL");
    b = await createTenant(t, "OPTIONAL");
    outsideDomainId = (await provisioning.createDomain({ accountId: a.accountId, name: `outside-${a.domainName}`, mfaPolicy: "OPTIONAL" })).id;
    mailbox.in = await freshMailbox(a.domainId);
    mailbox.out = await freshMailbox(outsideDomainId);
    const admin = await adminToken(t, a);
    adminBearer = admin;
    endpointId = await freshEndpoint();
    const test = await t.gql<{ sendTestWebhook: { delivery: { id: string } } }>("mutation M($id: ID!) { sendTestWebhook(endpointId: $id) { delivery { id } } }", { id: endpointId }, bearer(admin));
    expect(test.body.errors).toBeUndefined();
    deliveryId = test.body.data?.sendTestWebhook.delivery.id as string;
    keys.READ = await createKey(t, admin, { name: "reader", scope: "READ" });
    keys.ADMIN = await createKey(t, admin, { name: "admin", scope: "ADMIN" });
    keys.LIMITED = await createKey(t, admin, { name: "one domain", scope: "ADMIN", domainIds: [a.domainId] });
    keys.REVOKED = await createKey(t, admin, { name: "revoked", scope: "ADMIN" });
    keys.EXPIRED = await createKey(t, admin, { name: "expired", scope: "ADMIN" });
    keys.OTHER_ACCOUNT = await createKey(t, await adminToken(t, b), { name: "elsewhere", scope: "ADMIN" });
    expect((await t.gql(REVOKE_KEY, { id: keys.REVOKED.id }, bearer(admin))).body.errors).toBeUndefined();
    await expireKey(t, keys.EXPIRED.id);
    // The account now requires MFA of its admins (and the key's creator has none): keys are not people, they keep working.
    await t.server.dataSource.query("UPDATE accounts SET admin_mfa_policy = 'REQUIRED' WHERE id = ?", [a.accountId]);
  });
  afterAll(async () => t?.close());

  it("has a rule and a call for every root field of the schema, and keeps every person's operation closed to keys", async () => {
    const schema = await buildAppSchema();
    const fields = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})].sort();
    expect(Object.keys(KEY_RULES).sort()).toEqual(fields);
    expect(Object.keys(FIXTURES).sort()).toEqual(fields);
    for (const name of PERSON_ONLY) expect(KEY_RULES[name], name).toEqual({ kind: "NEVER" });
  });

  it("answers every operation for READ, ADMIN, domain-limited, revoked, expired keys and a key of another account as the rules say", async () => {
    const table: string[] = [];
    const leaks: string[] = [];
    for (const kind of Object.keys(keys) as KeyKind[]) {
      for (const [op, fixture] of Object.entries(FIXTURES)) {
        const rule = KEY_RULES[op] as KeyRule;
        for (const inReach of kind === "LIMITED" && fixture.target ? [true, false] : [true]) {
          const target =
            fixture.target === "domain"
              ? inReach ? a.domainId : outsideDomainId
              : fixture.target === "user"
                ? inReach ? mailbox.in : mailbox.out
                : fixture.target === "freshUser"
                  ? await freshMailbox(inReach ? a.domainId : outsideDomainId)
                  : fixture.target === "freshDomain"
                    ? await freshDomain()
                    : fixture.target === "endpoint"
                      ? endpointId
                      : fixture.target === "freshEndpoint"
                        ? await freshEndpoint()
                        : fixture.target === "delivery"
                          ? deliveryId
                          : undefined;
          const res = await t.gql(fixture.doc, { ...(target ? { id: target } : {}), ...fixture.vars?.(made++) }, bearer(keys[kind].secret));
          const code = codeOf(res.body.errors);
          const outcome = code ?? "OK";
          const want = expected(rule, kind, fixture, inReach);
          table.push(`${kind.padEnd(13)} ${op.padEnd(28)} ${inReach ? "in " : "out"} ${outcome}`);
          expect(outcome, `${kind} ${op} (${inReach ? "in reach" : "out of reach"}): ${JSON.stringify(res.body.errors)}`).toBe(want);
          if (want === "OK") expect(res.body.data, `${kind} ${op}`).toBeTruthy();
          const text = JSON.stringify(res.body.data ?? {});
          if (kind === "OTHER_ACCOUNT" && [a.accountId, a.domainId, a.domainName, mailbox.in, a.adminUsername].some((v) => text.includes(v))) leaks.push(op);
          if (kind === "LIMITED" && [outsideDomainId, mailbox.out].some((v) => text.includes(v))) leaks.push(`LIMITED ${op}`);
        }
      }
    }
    console.log(`API key matrix on ${engine}: ${table.length} calls\n${table.join("\n")}`);
    expect(leaks).toEqual([]);
  }, 180_000); // one request per operation and key kind: it grows with the schema, and runs beside the other suites

  it("shows a domain-limited key its domains only, and refuses it a subtree reaching beyond them", async () => {
    const child = await provisioning.createDomain({ accountId: a.accountId, name: `child-${a.domainName}`, parentId: a.domainId, mfaPolicy: "OFF" });
    const seen = await t.gql<{ domains: { id: string; children: { id: string }[] }[] }>("{ domains { id children { id } } }", {}, bearer(keys.LIMITED.secret));
    expect(seen.body.data?.domains).toEqual([{ id: a.domainId, children: [] }]);
    const subtree = await t.gql("mutation M($id: ID!) { setDomainMfaPolicy(input: { domainId: $id, policy: OPTIONAL, includeChildren: true }) { revokedSessions } }", { id: a.domainId }, bearer(keys.LIMITED.secret));
    expect(codeOf(subtree.body.errors)).toBe("FORBIDDEN");
    expect(subtree.body.errors?.[0]?.extensions?.reason).toBe("DOMAIN_LIMITED_KEY");
    const [row] = (await t.server.dataSource.query("SELECT mfa_policy FROM domains WHERE id = ?", [child.id])) as { mfa_policy: string }[];
    expect(row?.mfa_policy).toBe("OFF");
    const whole = await t.gql<{ domains: { id: string; children: { id: string }[] }[] }>("{ domains { id children { id } } }", {}, bearer(keys.ADMIN.secret));
    expect(whole.body.data?.domains.find((d) => d.id === a.domainId)?.children).toEqual([{ id: child.id }]);
  });
});
