/** What an API key may do with each GraphQL operation (and the REST door's, which share the names). */

export type ApiKeyScope = "READ" | "ADMIN";

export type KeyRule =
  /** Never with a key: signing in, a person's own factors and session, step-up, secrets, key management. */
  | { readonly kind: "NEVER" }
  /** Open to anyone; a key changes nothing. */
  | { readonly kind: "PUBLIC" }
  /**
   * An admin operation. `needs`: READ (admin queries: READ and ADMIN keys) or ADMIN (admin mutations: ADMIN keys).
   * `reach`: ACCOUNT (account-level: refused to a domain-limited key) or DOMAINS (a domain-limited key sees and
   * changes only its domains and their mailboxes; anything else is not found, lists are filtered).
   */
  | { readonly kind: "ADMIN"; readonly needs: ApiKeyScope; readonly reach: "ACCOUNT" | "DOMAINS" };

const NEVER: KeyRule = { kind: "NEVER" };
const read = (reach: "ACCOUNT" | "DOMAINS"): KeyRule => ({ kind: "ADMIN", needs: "READ", reach });
const write = (reach: "ACCOUNT" | "DOMAINS"): KeyRule => ({ kind: "ADMIN", needs: "ADMIN", reach });

/**
 * Every root field of the schema has a rule (a test enumerates the schema, so a new operation without one fails);
 * a field missing here is refused to keys. The table is documented in apps/api/README.md.
 */
export const KEY_RULES: Readonly<Record<string, KeyRule>> = {
  health: { kind: "PUBLIC" },
  // Admin queries.
  account: read("ACCOUNT"),
  auditEvents: read("ACCOUNT"),
  smsSettings: read("ACCOUNT"),
  domains: read("DOMAINS"),
  domain: read("DOMAINS"),
  policyImpact: read("DOMAINS"),
  mailboxes: read("DOMAINS"),
  user: read("DOMAINS"),
  // Without a domain: the domains the key reaches, added up.
  rolloutDashboard: read("DOMAINS"),
  // Admin mutations.
  setAccountAdminMfaPolicy: write("ACCOUNT"),
  setSmsSettings: write("ACCOUNT"),
  // Adding or removing domains changes the account's set of domains: account-level, as its policy is.
  createDomain: write("ACCOUNT"),
  deleteDomain: write("ACCOUNT"),
  setDomainMfaPolicy: write("DOMAINS"),
  createMailbox: write("DOMAINS"),
  deleteMailbox: write("DOMAINS"),
  resetUserMfa: write("DOMAINS"),
  bulkMailboxAction: write("DOMAINS"),
  unlockUser: write("DOMAINS"),
  setUserMfaOverride: write("DOMAINS"),
  revokeBypassCodes: write("DOMAINS"),
  revokeUserAppPasswords: write("DOMAINS"),
  setAppPasswordsAllowed: write("DOMAINS"),
  setRememberBrowserDays: write("DOMAINS"),
  // A user's sessions, and signing them out everywhere (nothing of their MFA changes).
  userSessions: read("DOMAINS"),
  signOutEverywhere: write("DOMAINS"),
  // Webhooks are the account's integration (their signing secret is the integrator's own, not a person's secret).
  webhookEndpoints: read("ACCOUNT"),
  webhookDeliveries: read("ACCOUNT"),
  createWebhookEndpoint: write("ACCOUNT"),
  updateWebhookEndpoint: write("ACCOUNT"),
  rotateWebhookSecret: write("ACCOUNT"),
  deleteWebhookEndpoint: write("ACCOUNT"),
  redeliverWebhook: write("ACCOUNT"),
  sendTestWebhook: write("ACCOUNT"),
  // Bypass codes are a sign-in credential for a person, and texts in the outbox hold codes: a key reads no secret.
  issueBypassCodes: NEVER,
  smsOutbox: NEVER,
  // The email outbox is a development page for people, like the SMS outbox: a key reads no one's messages.
  emailOutbox: NEVER,
  // Keys are managed by people, with a recent step-up.
  apiKeys: NEVER,
  createApiKey: NEVER,
  revokeApiKey: NEVER,
  // A person's own sign-in, session, step-up and factors.
  me: NEVER,
  login: NEVER,
  deferMfaSetup: NEVER,
  completeLogin: NEVER,
  sendLoginPasscode: NEVER,
  logout: NEVER,
  mySessions: NEVER,
  signOutSession: NEVER,
  myRememberedBrowsers: NEVER,
  forgetRememberedBrowser: NEVER,
  forgetAllRememberedBrowsers: NEVER,
  signOutOtherSessions: NEVER,
  reauthenticate: NEVER,
  sendReauthenticationPasscode: NEVER,
  startWebAuthnLogin: NEVER,
  startWebAuthnReauthentication: NEVER,
  enrollTotp: NEVER,
  startWebAuthnRegistration: NEVER,
  finishWebAuthnRegistration: NEVER,
  renameDevice: NEVER,
  addPhone: NEVER,
  resendPhoneVerification: NEVER,
  verifyDevice: NEVER,
  setDefaultDevice: NEVER,
  setBackupPhone: NEVER,
  removeDevice: NEVER,
  discardPendingDevice: NEVER,
  removeAllDevices: NEVER,
  setMfaEnabled: NEVER,
  generateRecoveryCodes: NEVER,
  myAppPasswords: NEVER,
  createAppPassword: NEVER,
  revokeAppPassword: NEVER,
  revokeAllAppPasswords: NEVER,
  setAlternateEmail: NEVER,
  verifyAlternateEmail: NEVER,
  removeAlternateEmail: NEVER,
};

/** Why a key may not run an operation (null: it may, within its domains for a DOMAINS operation). */
export type KeyRefusal = "NOT_FOR_KEYS" | "READ_ONLY_KEY" | "DOMAIN_LIMITED_KEY";

export function keyRefusal(operation: string, key: { scope: ApiKeyScope; domainIds: ReadonlySet<string> | null }): KeyRefusal | null {
  const rule = Object.hasOwn(KEY_RULES, operation) ? KEY_RULES[operation] : undefined;
  if (!rule || rule.kind === "NEVER") return "NOT_FOR_KEYS";
  if (rule.kind === "PUBLIC") return null;
  if (rule.needs === "ADMIN" && key.scope !== "ADMIN") return "READ_ONLY_KEY";
  if (rule.reach === "ACCOUNT" && key.domainIds !== null) return "DOMAIN_LIMITED_KEY";
  return null;
}
