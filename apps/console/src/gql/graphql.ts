/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** A customer of the service: its domains, admins and mailboxes. */
export type Account = {
  __typename?: 'Account';
  /** With REQUIRED: when it takes full effect for the admins; null: in force now (or not REQUIRED). */
  adminEnforceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /** MFA requirement for the account's admins. */
  adminMfaPolicy: PolicyLevel;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AccountPayload = {
  __typename?: 'AccountPayload';
  account: Account;
};

export type AddPhoneInput = {
  /** ISO 3166 country code (US, GB) or calling code (+44). */
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The national number. */
  number: Scalars['String']['input'];
};

export type AdminUserPayload = {
  __typename?: 'AdminUserPayload';
  user: AdminUserView;
};

/** A user as their admin sees them: MFA state, devices masked, no secret. */
export type AdminUserView = {
  __typename?: 'AdminUserView';
  /** The account the user belongs to. */
  accountId: Scalars['ID']['output'];
  /** How many app passwords the user has for mail clients. */
  appPasswordCount: Scalars['Int']['output'];
  /** The bypass codes an admin issued that still work. */
  bypassCodes: BypassCodes;
  devices: Array<Device>;
  /** The person's name, as shown on the admin pages. */
  displayName: Scalars['String']['output'];
  /** The mailbox's domain; null for an admin. */
  domainId?: Maybe<Scalars['ID']['output']>;
  effectivePolicy: PolicyLevel;
  id: Scalars['ID']['output'];
  kind: UserKind;
  lockedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  mfaEnabled: Scalars['Boolean']['output'];
  mfaOverride: UserOverride;
  mfaStatus: MfaStatus;
  recoveryCodesLeft: Scalars['Int']['output'];
  /** The user's verified phones that too many mailboxes share (empty: none flagged). */
  sharedPhoneNumbers: Array<SharedPhoneNumber>;
  /** What the user signs in with: admin logins as created, mailboxes as local@domain. */
  username: Scalars['String']['output'];
};

/** Your alternate email address: security alerts go to it (never only to the mailbox they protect). */
export type AlternateEmail = {
  __typename?: 'AlternateEmail';
  /** The verified address; null until one is verified. */
  address?: Maybe<Scalars['String']['output']>;
  /** When the pending code stops working. */
  codeExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** An address a code was sent to, waiting for it (the verified one stays until then). */
  pendingAddress?: Maybe<Scalars['String']['output']>;
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type AlternateEmailPayload = {
  __typename?: 'AlternateEmailPayload';
  alternateEmail: AlternateEmail;
};

/** A key an integrator uses to act as the account's admin within its scope (`Authorization: Bearer` or `X-Auth-Token`). It belongs to the account: it keeps working when the admin who created it is deleted or loses admin rights, and the admin MFA policy does not apply to it (a key is not a person). Revoke it to stop it. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  createdById?: Maybe<Scalars['ID']['output']>;
  /** The admin who created it (their username then). */
  createdByUsername: Scalars['String']['output'];
  /** The domains the key is limited to; null: the whole account. */
  domains?: Maybe<Array<ApiKeyDomain>>;
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The address the key was last used from. */
  lastUsedIp?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The start of the key (`mfak_` and the start of its id), to recognise it; never the secret. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  scope: ApiKeyScope;
  status: ApiKeyStatus;
};

export type ApiKeyDomain = {
  __typename?: 'ApiKeyDomain';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** READ: the admin queries. ADMIN: the admin queries and mutations. Never a person's own operations, secrets or key management. */
export type ApiKeyScope =
  | 'ADMIN'
  | 'READ';

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** A password for one mail client (IMAP, POP3, SMTP); the password itself is shown only when it is made. */
export type AppPassword = {
  __typename?: 'AppPassword';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The last time a mail server accepted it; null when never used. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The mail client's address at the last use, as the mail server saw it. */
  lastUsedIp?: Maybe<Scalars['String']['output']>;
  /** imap, pop3 or smtp: the protocol of the last use. */
  lastUsedProtocol?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/** Why a user cannot make app passwords. */
export type AppPasswordsUnavailableReason =
  /** The administrator does not allow app passwords for the user's domain. */
  | 'DOMAIN_FORBIDS'
  /** Multi-factor authentication is off for the user: their mail clients use their password. */
  | 'MFA_OFF';

/** What an audit event records. */
export type AuditAction =
  | 'ACCESS_DENIED'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_UNLOCKED'
  | 'ADMIN_POLICY_CHANGED'
  | 'ALTERNATE_EMAIL_CODE_SENT'
  | 'ALTERNATE_EMAIL_REMOVED'
  | 'ALTERNATE_EMAIL_VERIFICATION_FAILED'
  | 'ALTERNATE_EMAIL_VERIFIED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REJECTED'
  | 'API_KEY_REVOKED'
  | 'API_KEY_USED'
  | 'APP_PASSWORDS_REVOKED_BY_ADMIN'
  | 'APP_PASSWORD_CREATED'
  | 'APP_PASSWORD_REVOKED'
  | 'AUDIT_LOG_EXPORTED'
  | 'BROWSER_REMEMBERED'
  | 'BYPASS_CODES_ISSUED'
  | 'BYPASS_CODES_REVOKED'
  | 'BYPASS_CODE_USED'
  | 'DEVICES_REMOVED_ALL'
  | 'DEVICE_BACKUP_SET'
  | 'DEVICE_DEFAULT_SET'
  | 'DEVICE_ENROLLMENT_STARTED'
  | 'DEVICE_REMOVED'
  | 'DEVICE_RENAMED'
  | 'DEVICE_SETUP_CANCELLED'
  | 'DEVICE_VERIFICATION_FAILED'
  | 'DEVICE_VERIFICATION_SENT'
  | 'DEVICE_VERIFIED'
  | 'DOMAIN_APP_PASSWORDS_CHANGED'
  | 'DOMAIN_CREATED'
  | 'DOMAIN_DELETED'
  | 'DOMAIN_POLICY_CHANGED'
  | 'DOMAIN_REMEMBER_BROWSER_CHANGED'
  | 'LOGIN_MFA_CHALLENGED'
  | 'LOGIN_MFA_SETUP_REQUIRED'
  | 'LOGIN_PASSCODE_FAILED'
  | 'LOGIN_PASSCODE_SENT'
  | 'LOGIN_PASSWORD_FAILED'
  | 'LOGIN_REFUSED_LOCKED'
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_THROTTLED'
  | 'LOGOUT'
  | 'MAILBOXES_EXPORTED'
  | 'MAILBOX_CREATED'
  | 'MAILBOX_DELETED'
  | 'MAIL_AUTH_FAILED'
  | 'MAIL_AUTH_MAILBOX_PASSWORD_REFUSED'
  | 'MAIL_AUTH_THROTTLED'
  | 'MFA_DISABLED'
  | 'MFA_ENABLED'
  | 'MFA_OVERRIDE_SET'
  | 'MFA_REMINDER_SENT'
  | 'MFA_RESET'
  | 'MFA_SETUP_DEFERRED'
  | 'OTHER_SESSIONS_SIGNED_OUT'
  | 'REAUTHENTICATED'
  | 'REAUTHENTICATION_FAILED'
  | 'RECOVERY_CODES_GENERATED'
  | 'RECOVERY_CODE_USED'
  | 'REMEMBERED_BROWSER_FORGOTTEN'
  | 'SECURITY_ALERT_NOT_SENT'
  | 'SECURITY_ALERT_SENT'
  | 'SESSIONS_REVOKED'
  | 'SESSION_SIGNED_OUT'
  | 'SHARED_PHONE_NUMBER_FLAGGED'
  | 'SIGNED_OUT_EVERYWHERE'
  | 'SMS_REFUSED'
  | 'SMS_SETTINGS_CHANGED'
  | 'WEBAUTHN_CLONE_DETECTED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_DELETED'
  | 'WEBHOOK_ENDPOINT_UPDATED'
  | 'WEBHOOK_REDELIVERY_REQUESTED'
  | 'WEBHOOK_SECRET_ROTATED'
  | 'WEBHOOK_TEST_SENT';

/** Who did what to whom, when, from where. Never a code, secret, password or token. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: AuditAction;
  /** When an API key acted: its name (actorId is then the key's id). */
  actorApiKeyName?: Maybe<Scalars['String']['output']>;
  actorId?: Maybe<Scalars['ID']['output']>;
  actorUsername?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** JSON object with the facts of the event. */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  /** SUCCESS or FAILURE */
  outcome: Scalars['String']['output'];
  targetUserId?: Maybe<Scalars['ID']['output']>;
  targetUsername?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  /** Events matching the filter, counted up to 10,000 (then totalCountIsLowerBound): the log only grows. */
  totalCount: Scalars['Int']['output'];
  /** The count stopped at its cap: at least totalCount events match. */
  totalCountIsLowerBound: Scalars['Boolean']['output'];
};

export type AuditEventFilter = {
  action?: InputMaybe<AuditAction>;
  /** Events about a mailbox of this domain, by one, or naming the domain (its policy, an export). */
  domainId?: InputMaybe<Scalars['ID']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** From this instant on (included). */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Before this instant (excluded). */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Events by or about this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** How an audited event ended. */
export type AuditOutcome =
  | 'FAILURE'
  | 'SUCCESS';

/** What the audit log is sorted by; events with the same value follow by time (then id), so paging is stable. */
export type AuditSortField =
  | 'ACTION'
  | 'OUTCOME'
  | 'TIME';

/** The order of the audit log. */
export type AuditSortInput = {
  direction?: SortDirection;
  field: AuditSortField;
};

/** What a bulk action does to each mailbox: the same as resetUserMfa, unlockUser or setUserMfaOverride, or SEND_REMINDER (emails a mailbox without a device about the domain's Force-On deadline), audited per user. */
export type BulkMailboxAction =
  | 'RESET_MFA'
  | 'SEND_REMINDER'
  | 'SET_OVERRIDE'
  | 'UNLOCK';

export type BulkMailboxActionInput = {
  action: BulkMailboxAction;
  /** The domain whose mailboxes are acted on. */
  domainId: Scalars['ID']['input'];
  /** Without userIds: act on all mailboxes of the domain matching it (all of them when left out), up to 10,000 a request. */
  filter?: InputMaybe<MailboxFilter>;
  /** With SET_OVERRIDE: the level to set. */
  level?: InputMaybe<UserOverride>;
  /** The selected mailboxes (at most 1,000). Leave out to act on every mailbox matching `filter`. */
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What a bulk action did: how many it was done for, and which were refused and why. */
export type BulkMailboxActionPayload = {
  __typename?: 'BulkMailboxActionPayload';
  /** More mailboxes match than one request acts on (10,000): send it again for the rest. */
  moreMatching: Scalars['Boolean']['output'];
  refused: Array<BulkRefusal>;
  /** Mailboxes it was asked for (selected, or matching the filter, up to the cap). */
  requested: Scalars['Int']['output'];
  succeeded: Scalars['Int']['output'];
};

/** A mailbox the bulk action was refused for, with the code a single action would have answered. */
export type BulkRefusal = {
  __typename?: 'BulkRefusal';
  /** The error code (NOT_FOUND, ...), with its reason after a colon when it has one (CONFLICT:ENROLLED). */
  code: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
  /** Null when the id names no mailbox of the domain. */
  username?: Maybe<Scalars['String']['output']>;
};

/** A user's bypass codes that still work: N codes, expiring at ... */
export type BypassCodes = {
  __typename?: 'BypassCodes';
  count: Scalars['Int']['output'];
  /** When the last of them expires; null when there are none. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A second factor offered at the passcode step. */
export type ChallengeFactor = {
  __typename?: 'ChallengeFactor';
  id: Scalars['ID']['output'];
  isBackup: Scalars['Boolean']['output'];
  isDefault: Scalars['Boolean']['output'];
  kind: DeviceKind;
  maskedPhone?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type CompleteLoginInput = {
  /** The challengeId of the password step. */
  challengeId: Scalars['String']['input'];
  /** Set the session as an HttpOnly cookie (the console) instead of returning the token. */
  cookie?: Scalars['Boolean']['input'];
  /** The factor the code is from; left out, the code is tried against each of the user's factors. */
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** A code from the authenticator app, the code texted to the phone, or a recovery code (or give webauthnResponse). */
  passcode?: InputMaybe<Scalars['String']['input']>;
  /** Don't ask again on this browser: with cookie, remembers the browser for the challenge's rememberBrowserDays (a `__Host-` cookie; its next sign-ins need only the password). Ignored without cookie. */
  rememberBrowser?: Scalars['Boolean']['input'];
  /** A passkey's or security key's answer to startWebAuthnLogin's options: the JSON of the browser's credential (e.g. SimpleWebAuthn's startAuthentication). */
  webauthnResponse?: InputMaybe<Scalars['String']['input']>;
};

export type CreateApiKeyInput = {
  /** Limit the key to these domains of the account (and their mailboxes); null or absent: the whole account. */
  domainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Days until the key stops working: 1 to 365. */
  expiresInDays?: Scalars['Int']['input'];
  /** What the key is for, e.g. the integration's name (1-100 characters); the username of `POST /v2.0/tokens`. */
  name: Scalars['String']['input'];
  scope: ApiKeyScope;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The key, shown this once: only its SHA-256 is kept. Starts with `mfak_`. */
  secret: Scalars['String']['output'];
};

export type CreateAppPasswordPayload = {
  __typename?: 'CreateAppPasswordPayload';
  appPassword: AppPassword;
  /** The password, shown this once (16 letters in four groups; the spaces are optional when typed): only its hash is kept. */
  password: Scalars['String']['output'];
};

export type CreateDomainInput = {
  name: Scalars['String']['input'];
  /** Create it as a child of this domain. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateMailboxInput = {
  displayName: Scalars['String']['input'];
  domainId: Scalars['ID']['input'];
  /** The part before @. */
  localPart: Scalars['String']['input'];
  /** The initial password: 12 to 128 characters. */
  password: Scalars['String']['input'];
};

export type CreateWebhookEndpointInput = {
  description?: Scalars['String']['input'];
  enabled?: Scalars['Boolean']['input'];
  eventTypes: Array<WebhookEventType>;
  /** Where deliveries go: https (in production, to a public address). */
  url: Scalars['String']['input'];
};

export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  endpoint: WebhookEndpoint;
  /** The signing secret (`whsec_...`), shown this once. */
  secret: Scalars['String']['output'];
};

/** The setup was put off: a session without MFA, until the wizard is offered again. */
export type DeferMfaSetupPayload = {
  __typename?: 'DeferMfaSetupPayload';
  /** The Force-On's deadline: from then on, setup cannot be put off. */
  enforceFrom: Scalars['DateTimeISO']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** From when a sign-in offers the setup wizard again (a day later). */
  remindAfter: Scalars['DateTimeISO']['output'];
  /** The new session's token; null when set as a cookie (the setup session came as one). */
  token?: Maybe<Scalars['String']['output']>;
  user: User;
};

export type DeleteDomainPayload = {
  __typename?: 'DeleteDomainPayload';
  deletedDomainId: Scalars['ID']['output'];
};

export type DeleteMailboxPayload = {
  __typename?: 'DeleteMailboxPayload';
  deletedUserId: Scalars['ID']['output'];
};

export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  id: Scalars['ID']['output'];
};

/** A second factor. Secrets and full phone numbers are never shown. */
export type Device = {
  __typename?: 'Device';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** A phone marked as the backup number. */
  isBackup: Scalars['Boolean']['output'];
  /** The device the sign-in asks for first. */
  isDefault: Scalars['Boolean']['output'];
  kind: DeviceKind;
  /** When a code (or a passkey's answer) from it last passed. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** e.g. +1 *** *** 1000 */
  maskedPhone?: Maybe<Scalars['String']['output']>;
  /** The nickname the user gave it. */
  name: Scalars['String']['output'];
  /** A passkey's or security key's transports (usb, nfc, ble, internal, hybrid); empty for other kinds. */
  transports: Array<Scalars['String']['output']>;
  /** Whether the user proved possession of it (only verified devices sign in). */
  verified: Scalars['Boolean']['output'];
};

/** TOTP: an authenticator app. SMS: a phone. WEBAUTHN: a passkey or security key. */
export type DeviceKind =
  | 'SMS'
  | 'TOTP'
  | 'WEBAUTHN';

export type DevicePayload = {
  __typename?: 'DevicePayload';
  device: Device;
};

export type DiscardPendingDevicePayload = {
  __typename?: 'DiscardPendingDevicePayload';
  /** The pending device that was discarded. */
  deviceId: Scalars['ID']['output'];
};

/** A mail domain of the account, with its MFA policy and coverage. */
export type Domain = {
  __typename?: 'Domain';
  /** Whether the domain's mailboxes may use app passwords with mail clients (on by default). */
  appPasswordsAllowed: Scalars['Boolean']['output'];
  /** The domains directly below this one (filled in by the domains tree). */
  children: Array<Domain>;
  coverage: DomainCoverage;
  createdAt: Scalars['DateTimeISO']['output'];
  /** With REQUIRED: when Force-On takes full effect ("Force-On from <date>"); before it, users without a device may put the setup off once a day. Null: in force now (or not REQUIRED). */
  enforceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The domain name, e.g. example.com. */
  name: Scalars['String']['output'];
  /** The parent domain; null for a root domain. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Never inherited from the parent domain. */
  policy: PolicyLevel;
  /** Days a browser may skip the second factor after "don't ask again on this browser" (0: off; at most 90; 30 unless changed). */
  rememberBrowserDays: Scalars['Int']['output'];
};

export type DomainAppPasswordsPayload = {
  __typename?: 'DomainAppPasswordsPayload';
  appPasswordsAllowed: Scalars['Boolean']['output'];
  domainId: Scalars['ID']['output'];
};

/** How many mailboxes of the domain have MFA set up. */
export type DomainCoverage = {
  __typename?: 'DomainCoverage';
  /** Mailboxes with a verified authenticator app. */
  authenticatorApps: Scalars['Int']['output'];
  /** Of those, how many have a verified device. */
  enrolled: Scalars['Int']['output'];
  /** Of those, how many are locked after too many wrong codes. */
  locked: Scalars['Int']['output'];
  /** Mailboxes of the domain (not of its children). */
  mailboxes: Scalars['Int']['output'];
  /** Mailboxes with a verified passkey or security key: a phishing-resistant factor. */
  passkeys: Scalars['Int']['output'];
  /** Mailboxes with a verified phone. */
  phones: Scalars['Int']['output'];
};

export type DomainPayload = {
  __typename?: 'DomainPayload';
  domain: Domain;
};

/** What an email is about. */
export type EmailKind =
  /** The 6-digit code that confirms a user's alternate email address, sent to that address. */
  | 'ALTERNATE_EMAIL_CODE'
  /** A mailbox without MFA is told that its domain requires it from a date on. */
  | 'MFA_REMINDER'
  /** A user is told of a change to their sign-in security: what, when, from where. */
  | 'SECURITY_ALERT';

/** An email kept by the outbox transport (development): the message as its recipient would get it. */
export type EmailMessage = {
  __typename?: 'EmailMessage';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The HTML part (its data escaped; show it in a sandboxed frame). */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EmailKind;
  status: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** The plain-text part. */
  text: Scalars['String']['output'];
  /** The recipient, masked (e.g. a***@example.com). */
  to: Scalars['String']['output'];
};

export type EnrollTotpInput = {
  /** A nickname, e.g. 'Work phone'. */
  name: Scalars['String']['input'];
};

export type EnrollTotpPayload = {
  __typename?: 'EnrollTotpPayload';
  device: Device;
  /** otpauth:// URI (the content of the QR code). */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as a PNG data URL. */
  qrCodeDataUrl: Scalars['String']['output'];
  /** Base32 secret for manual entry. Shown this once. */
  secret: Scalars['String']['output'];
};

export type FinishWebAuthnRegistrationInput = {
  /** The pending device startWebAuthnRegistration returned. */
  deviceId: Scalars['ID']['input'];
  /** Make it the default factor (default: yes). */
  makeDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** The browser's answer to the options: the JSON of navigator.credentials.create's credential (e.g. SimpleWebAuthn's startRegistration). */
  webauthnResponse: Scalars['String']['input'];
};

export type ForgetRememberedBrowsersPayload = {
  __typename?: 'ForgetRememberedBrowsersPayload';
  /** The browsers still remembered. */
  browsers: Array<RememberedBrowser>;
  /** How many browsers were forgotten. */
  forgotten: Scalars['Int']['output'];
};

/** Whether the service and its database answer. */
export type Health = {
  __typename?: 'Health';
  /** sqlite, mariadb or mysql for an account admin; undisclosed otherwise */
  database: Scalars['String']['output'];
  /** ok, or unavailable when the database does not answer */
  status: Scalars['String']['output'];
  /** The service's version for an account admin; undisclosed otherwise */
  version: Scalars['String']['output'];
};

/** Users a policy change would touch in one way. */
export type ImpactGroup = {
  __typename?: 'ImpactGroup';
  /** How many. Mailboxes signed in without MFA are read from their sessions, which grow with the domain: exact up to 1,000 mailboxes following the policy with a device and 1,000 without, beyond that estimated from the first 1,000 of each (then countIsEstimate). */
  count: Scalars['Int']['output'];
  /** The count is an estimate (see count). */
  countIsEstimate: Scalars['Boolean']['output'];
  /** Up to 10 usernames, sorted (for mustEnrol the first alphabetically; for loggedOut the first found). */
  sample: Array<Scalars['String']['output']>;
};

export type IssueBypassCodesInput = {
  /** How many codes: 1 to 10. */
  count?: Scalars['Int']['input'];
  /** Why the user needs them; kept in the audit log. */
  reason: Scalars['String']['input'];
  /** The helpdesk ticket this is for; kept in the audit log. */
  ticket: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
  /** How long the codes work, in minutes: at most 3 days. */
  validityMinutes?: Scalars['Int']['input'];
};

export type IssueBypassCodesPayload = {
  __typename?: 'IssueBypassCodesPayload';
  /** The codes, shown this once: only their hashes are kept. */
  codes: Array<Scalars['String']['output']>;
  expiresAt: Scalars['DateTimeISO']['output'];
  user: AdminUserView;
};

export type LoginInput = {
  /** Set the session as an HttpOnly cookie (the console) instead of returning the token. */
  cookie?: Scalars['Boolean']['input'];
  password: Scalars['String']['input'];
  /** An admin's login, or a mailbox address (local@domain). */
  username: Scalars['String']['input'];
};

export type LoginResult = LoginSuccess | MfaChallenge | MfaSetupRequired;

/** Signed in. `token` is null when the session was set as a cookie. */
export type LoginSuccess = {
  __typename?: 'LoginSuccess';
  /** How the user authenticated: PASSWORD, OTPPASSCODE, PASSCODE, WEBAUTHN (a passkey or security key), RECOVERY_CODE, BYPASS_CODE, REMEMBERED_BROWSER (the console's browser was remembered at an earlier passcode step). */
  authenticatedBy: Array<Scalars['String']['output']>;
  /** When the session ends at the latest (it also ends after 30 idle minutes). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The session token: send it as `Authorization: Bearer <token>`. Null when it was set as a cookie. */
  token?: Maybe<Scalars['String']['output']>;
  user: User;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
};

/** A row of the mailboxes table. */
export type Mailbox = {
  __typename?: 'Mailbox';
  /** Verified devices. */
  devices: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  /** The mailbox's domain. */
  domainId: Scalars['ID']['output'];
  /** The name of the mailbox's domain. */
  domainName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When too many wrong codes locked the user; null when not locked. */
  lockedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the user turned MFA on (decides the sign-in under OPTIONAL). */
  mfaEnabled: Scalars['Boolean']['output'];
  /** The admin's override of the policy for this user. */
  mfaOverride: UserOverride;
  mfaStatus: MfaStatus;
  /** The address: local@domain. */
  username: Scalars['String']['output'];
};

/** A page of mailboxes. */
export type MailboxConnection = {
  __typename?: 'MailboxConnection';
  /** The page, in the order asked (by address unless sorted otherwise). */
  nodes: Array<Mailbox>;
  pageInfo: PageInfo;
  /** Mailboxes matching the filter: exact without a search (from the domain's counters); with a search, counted up to 1,000 (then totalCountIsLowerBound). */
  totalCount: Scalars['Int']['output'];
  /** The count stopped at its cap: at least totalCount mailboxes match. */
  totalCountIsLowerBound: Scalars['Boolean']['output'];
};

export type MailboxFilter = {
  mfaStatus?: InputMaybe<MfaStatus>;
  /** The start of the address, of the name, or of a word in them: 'smi' finds john.smith@... and 'John Smith'. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What the mailboxes table is sorted by; rows with the same value follow by address, so paging is stable. */
export type MailboxSortField =
  /** The address (local@domain). */
  | 'ADDRESS'
  /** The number of verified devices. */
  | 'DEVICES'
  /** The display name. */
  | 'NAME';

/** The order of the mailboxes table. */
export type MailboxSortInput = {
  direction?: SortDirection;
  field: MailboxSortField;
};

/** The password was right; a passcode is needed (completeLogin). */
export type MfaChallenge = {
  __typename?: 'MfaChallenge';
  /** Pass it to completeLogin (or sendLoginPasscode); it works once. */
  challengeId: Scalars['String']['output'];
  /** When the challenge expires (10 minutes after the password step). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Verified factors, the default first. */
  factors: Array<ChallengeFactor>;
  /** Days completeLogin's rememberBrowser would remember this browser ("don't ask again on this browser for N days"); 0: not offered (the domain turned it off, or the policy asks for a phishing-resistant factor). Only the console's cookie sign-in remembers browsers. */
  rememberBrowserDays: Scalars['Int']['output'];
  /** Masked number a sign-in code was just texted to (default factor is a phone). */
  smsSentTo?: Maybe<Scalars['String']['output']>;
};

/** MFA is required and nothing is set up: the session may only enrol a device. */
export type MfaSetupRequired = {
  __typename?: 'MfaSetupRequired';
  /** The kinds of factor that finish the setup (only WEBAUTHN when the policy is PHISHING_RESISTANT). */
  acceptedKinds: Array<DeviceKind>;
  /** The Force-On's deadline, when it is still ahead: until then the user may put the setup off once a day (`deferMfaSetup`). Null: set up now. */
  enforceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The setup-only session token; null when set as a cookie. */
  token?: Maybe<Scalars['String']['output']>;
  user: User;
};

/** A mailbox's MFA status on the admin's pages. */
export type MfaStatus =
  /** Has a verified device. */
  | 'ENROLLED'
  /** Locked after too many wrong codes, until an admin unlocks or resets them. */
  | 'LOCKED'
  /** Has no verified device. */
  | 'NOT_ENROLLED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a phone (country + national number) and texts it a verification code. */
  addPhone: DevicePayload;
  /** Resets MFA, unlocks or sets the override of the selected mailboxes of a domain, or of every one matching a filter: each as the single action does it (audited per user), in batches; the answer says how many succeeded and which were refused, with codes. Needs a recent proof (reset, unlock and lowering an override weaken protection). */
  bulkMailboxAction: BulkMailboxActionPayload;
  /** Step two: a TOTP code, the texted code, a recovery code, or a passkey's answer (webauthnResponse). */
  completeLogin: LoginSuccess;
  /** Creates an API key (needs a recent step-up). The key acts as the account's admin within its scope and domains until it expires (default 90 days, at most 365) or is revoked; the secret is in this answer only. */
  createApiKey: CreateApiKeyPayload;
  /** Makes an app password for a mail client (at most 10; only with MFA on or required). The password is shown this once. */
  createAppPassword: CreateAppPasswordPayload;
  /** Adds a domain to the admin's account, at the root or below another; it starts with policy OFF. */
  createDomain: DomainPayload;
  /** Creates a mailbox (local@domain) with an initial password. */
  createMailbox: AdminUserPayload;
  /** Registers an endpoint for some events; its signing secret is returned this once. */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** "Remind me later", from the setup wizard's session: before a Force-On deadline, a user without a device may put the setup off, at most once a day. Hands over a session without MFA (as a cookie when the setup session was one), which ends at the deadline at the latest. */
  deferMfaSetup: DeferMfaSetupPayload;
  /** Deletes an empty domain (no mailboxes, no sub-domains); otherwise DOMAIN_NOT_EMPTY with the counts. */
  deleteDomain: DeleteDomainPayload;
  /** Deletes a mailbox with its devices, codes and sessions. */
  deleteMailbox: DeleteMailboxPayload;
  /** Deletes an endpoint and its delivery log; pending deliveries are not sent. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Discards a device you started to set up and never verified (a setup given up); works in a setup-only session and asks for no proof. A verified device answers CONFLICT: use removeDevice. */
  discardPendingDevice: DiscardPendingDevicePayload;
  /** Starts an authenticator app: returns the secret, the otpauth URI and a QR code, once. Verify it with verifyDevice. */
  enrollTotp: EnrollTotpPayload;
  /** Verifies a pending passkey or security key with the browser's answer; it becomes the default unless makeDefault is false. */
  finishWebAuthnRegistration: VerifyDevicePayload;
  /** Forgets all your remembered browsers. */
  forgetAllRememberedBrowsers: ForgetRememberedBrowsersPayload;
  /** Forgets one of your remembered browsers: its next sign-in asks for the second factor again. */
  forgetRememberedBrowser: ForgetRememberedBrowsersPayload;
  /** A new batch of 1-10 recovery codes; the previous batch stops working. */
  generateRecoveryCodes: RecoveryCodesPayload;
  /** Issues 1-10 time-limited bypass codes for a user against a ticket; they are shown once and replace any earlier ones. */
  issueBypassCodes: IssueBypassCodesPayload;
  /** Step one of the two-step login: username and password. */
  login: LoginResult;
  /** Ends the current session. */
  logout: LogoutPayload;
  /** Step-up before a sensitive change (valid 10 minutes): a code from your device or a recovery code; the password if you have no device. */
  reauthenticate: ReauthenticatePayload;
  /** Sends a delivery's event again (same message id and body), as a new delivery due now. */
  redeliverWebhook: WebhookDeliveryPayload;
  /** Removes every device and recovery code of the signed-in user. */
  removeAllDevices: SecurityPayload;
  /** Removes your alternate email address (a verified one needs a recent proof, and is told). */
  removeAlternateEmail: AlternateEmailPayload;
  /** Removes one of your devices; another verified one becomes the default. */
  removeDevice: SecurityPayload;
  /** Gives one of your devices a new nickname. */
  renameDevice: DevicePayload;
  /** Texts a new verification code to a pending phone. */
  resendPhoneVerification: DevicePayload;
  /** Removes the user's devices and recovery codes, unlocks and signs them out: they set up MFA again. */
  resetUserMfa: AdminUserPayload;
  /** Revokes every one of your app passwords. */
  revokeAllAppPasswords: RevokeAppPasswordsPayload;
  /** Revokes an API key at once, with every token issued for it; audited. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Revokes one of your app passwords: the mail client using it is refused from now on. */
  revokeAppPassword: RevokeAppPasswordsPayload;
  /** Revokes every bypass code of a user. */
  revokeBypassCodes: AdminUserPayload;
  /** Revokes every app password of a user of your account (audited). */
  revokeUserAppPasswords: RevokeAppPasswordsPayload;
  /** Makes a new signing secret, returned this once; the previous one also signs for a day. */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Texts a sign-in code to one of the user's phones (e.g. the backup number). The previous code stops working. */
  sendLoginPasscode: SendLoginPasscodePayload;
  /** Texts a step-up code to one of your phones; then call reauthenticate with it and the challengeId. */
  sendReauthenticationPasscode: ReauthenticationPasscodePayload;
  /** Queues a `webhook.test` delivery to the endpoint. */
  sendTestWebhook: WebhookDeliveryPayload;
  /** The account-wide MFA requirement for its admins. */
  setAccountAdminMfaPolicy: AccountPayload;
  /** Emails a 6-digit code to an address other than this mailbox; verifyAlternateEmail makes it your alternate address. Replacing a verified address needs a recent proof. */
  setAlternateEmail: AlternateEmailPayload;
  /** Allows or forbids app passwords for a domain's mailboxes (audited). Forbidden, existing ones stop working at once; allowed again, they work again. */
  setAppPasswordsAllowed: DomainAppPasswordsPayload;
  /** Makes a verified phone the backup number. */
  setBackupPhone: DevicePayload;
  /** Makes a verified device the one the sign-in asks for first. */
  setDefaultDevice: DevicePayload;
  /** Force-On (REQUIRED), Optional or Off for a domain, optionally its whole subtree. */
  setDomainMfaPolicy: SetDomainMfaPolicyPayload;
  /** Turns MFA on or off for yourself, where the policy allows it. */
  setMfaEnabled: SecurityPayload;
  /** How many days a domain's users may skip the second factor on a browser they chose to remember (0 turns it off and ends the remembering at once; at most 90). Audited; more days than before needs a recent step-up. */
  setRememberBrowserDays: DomainPayload;
  /** Sets the account's allowed countries and SMS budgets (within the service's maxima), audited. Adding a country or raising a budget (a weakening change) needs a recent step-up. */
  setSmsSettings: SmsSettingsPayload;
  /** DEFAULT follows the domain (or account) policy; OPTIONAL or REQUIRED override it for this user. REQUIRED is refused to an admin without a verified device of their own (FORBIDDEN, `extensions.reason` ADMIN_MFA_NOT_SET_UP), as a domain's REQUIRED is. */
  setUserMfaOverride: AdminUserPayload;
  /** Ends every session of a user of your account (their devices, recovery codes and lock stay as they are). Their next request is told SIGNED_OUT_BY_ADMIN. */
  signOutEverywhere: SignOutSessionsPayload;
  /** Ends every session of yours except this one. */
  signOutOtherSessions: SignOutSessionsPayload;
  /** Ends one of your other sessions (for the one you use, call logout). Its next request is told SIGNED_OUT_ELSEWHERE. */
  signOutSession: SignOutSessionsPayload;
  /** Offers the user's passkeys and security keys at the passcode step; answer with completeLogin's webauthnResponse. Asking again replaces the previous offer. */
  startWebAuthnLogin: WebAuthnLoginPayload;
  /** Opens a step-up answered by one of your passkeys; then call reauthenticate with the challengeId and the browser's answer. */
  startWebAuthnReauthentication: WebAuthnReauthenticationPayload;
  /** Starts a passkey or security key: returns the options for the browser (navigator.credentials.create). Finish with finishWebAuthnRegistration. */
  startWebAuthnRegistration: StartWebAuthnRegistrationPayload;
  /** Unlocks a user locked after too many wrong codes; their devices stay. */
  unlockUser: AdminUserPayload;
  /** Enables or disables an endpoint, or changes its events or description. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /** Confirms the pending alternate address with the code emailed to it (five tries per code). A replaced address is told. */
  verifyAlternateEmail: AlternateEmailPayload;
  /** Proves possession of a pending device with a code from it. */
  verifyDevice: VerifyDevicePayload;
};


export type MutationAddPhoneArgs = {
  input: AddPhoneInput;
};


export type MutationBulkMailboxActionArgs = {
  input: BulkMailboxActionInput;
};


export type MutationCompleteLoginArgs = {
  input: CompleteLoginInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateAppPasswordArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateDomainArgs = {
  input: CreateDomainInput;
};


export type MutationCreateMailboxArgs = {
  input: CreateMailboxInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMailboxArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDiscardPendingDeviceArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationEnrollTotpArgs = {
  input: EnrollTotpInput;
};


export type MutationFinishWebAuthnRegistrationArgs = {
  input: FinishWebAuthnRegistrationInput;
};


export type MutationForgetRememberedBrowserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateRecoveryCodesArgs = {
  quantity?: Scalars['Int']['input'];
};


export type MutationIssueBypassCodesArgs = {
  input: IssueBypassCodesInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationReauthenticateArgs = {
  input: ReauthenticateInput;
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRemoveDeviceArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationRenameDeviceArgs = {
  input: RenameDeviceInput;
};


export type MutationResendPhoneVerificationArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationResetUserMfaArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeAppPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeBypassCodesArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeUserAppPasswordsArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendLoginPasscodeArgs = {
  input: SendLoginPasscodeInput;
};


export type MutationSendReauthenticationPasscodeArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSetAccountAdminMfaPolicyArgs = {
  enforceFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  policy: PolicyLevel;
};


export type MutationSetAlternateEmailArgs = {
  input: SetAlternateEmailInput;
};


export type MutationSetAppPasswordsAllowedArgs = {
  allowed: Scalars['Boolean']['input'];
  domainId: Scalars['ID']['input'];
};


export type MutationSetBackupPhoneArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationSetDefaultDeviceArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationSetDomainMfaPolicyArgs = {
  input: SetDomainMfaPolicyInput;
};


export type MutationSetMfaEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
};


export type MutationSetRememberBrowserDaysArgs = {
  days: Scalars['Int']['input'];
  domainId: Scalars['ID']['input'];
};


export type MutationSetSmsSettingsArgs = {
  input: SetSmsSettingsInput;
};


export type MutationSetUserMfaOverrideArgs = {
  level: UserOverride;
  userId: Scalars['ID']['input'];
};


export type MutationSignOutEverywhereArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSignOutSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationStartWebAuthnLoginArgs = {
  challengeId: Scalars['String']['input'];
};


export type MutationStartWebAuthnRegistrationArgs = {
  input: StartWebAuthnRegistrationInput;
};


export type MutationUnlockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


export type MutationVerifyAlternateEmailArgs = {
  input: VerifyAlternateEmailInput;
};


export type MutationVerifyDeviceArgs = {
  input: VerifyDeviceInput;
};

/** Where a page ends: pass endCursor as `after` for the next one. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** What saving a policy would do, before it is saved. */
export type PolicyImpact = {
  __typename?: 'PolicyImpact';
  /** Mailboxes whose requirement would change. */
  affected: Scalars['Int']['output'];
  /** By when they must enrol: the deadline previewed; null: at their next sign-in. */
  enforceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Signed in without MFA: their sessions end at once. */
  loggedOut: ImpactGroup;
  /** No verified device: they must enrol at their next sign-in (by `enforceFrom` when it is set). */
  mustEnrol: ImpactGroup;
  /** Why saving this policy would be refused to the admin asking: `ADMIN_MFA_NOT_SET_UP` (requiring MFA of others needs a verified device of one's own), the `extensions.reason` setDomainMfaPolicy would answer with FORBIDDEN. Null: nothing stands in the way. */
  saveRefusal?: Maybe<Scalars['String']['output']>;
};

/** MFA requirement: OFF (shown as Off/Disabled), OPTIONAL, REQUIRED (shown as Force-On), PHISHING_RESISTANT (Force-On with a passkey or security key). */
export type PolicyLevel =
  /** The password alone signs in; users cannot set up MFA. */
  | 'OFF'
  /** A code is asked of users who turned MFA on and have a verified device. */
  | 'OPTIONAL'
  /** As REQUIRED, but only a passkey or security key (WebAuthn) signs in: users without one set one up at their next sign-in (an app or a phone no longer counts; an admin's bypass code still does). */
  | 'PHISHING_RESISTANT'
  /** A code is asked of everyone; users with no device must set one up at their next sign-in. */
  | 'REQUIRED';

export type Query = {
  __typename?: 'Query';
  /** The admin's account. */
  account: Account;
  /** The account's API keys, newest first, revoked and expired ones included. */
  apiKeys: Array<ApiKey>;
  /** The account's audit log, newest first unless sorted otherwise. */
  auditEvents: AuditEventConnection;
  /** One domain of the admin's account, with its children. */
  domain: Domain;
  /** The account's domains as a tree (roots; each with its children), with policy and coverage. */
  domains: Array<Domain>;
  /** Emails kept by the outbox transport (development only, MAIL_TRANSPORT=outbox): an account admin reads the account's emails, newest first. */
  emailOutbox: Array<EmailMessage>;
  /** Liveness of the API and its database; needs no session. */
  health: Health;
  /** The mailboxes of a domain, or of every domain of the account (no domainId), with their MFA status; filter, search, sort and page (at most 100). */
  mailboxes: MailboxConnection;
  /** The signed-in user and their MFA state. */
  me: Viewer;
  /** Your app passwords for mail clients, oldest first, with their last use. */
  myAppPasswords: Array<AppPassword>;
  /** Your browsers that skip the second factor at sign-in ("don't ask again on this browser"), most recently used first. */
  myRememberedBrowsers: Array<RememberedBrowser>;
  /** Where you are signed in: this session first (`current`), then the others, most recently active first (at most 100 in all). */
  mySessions: Array<SignedInSession>;
  /** Who would be signed out or forced to enrol if the policy were saved. */
  policyImpact: PolicyImpact;
  /** The MFA rollout of one domain (domainId) or of the whole account: enrolled, not enrolled and locked mailboxes now (from the per-domain counters), the Force-On deadline, the reminders sent, and the daily snapshots. Who has not enrolled yet: mailboxes(domainId, filter: { mfaStatus: NOT_ENROLLED }). */
  rolloutDashboard: RolloutDashboard;
  /** Texts kept by the outbox sender (development only): an account admin reads the account's texts, as a phone would. Never readable during sign-in. */
  smsOutbox: Array<SmsMessage>;
  /** The admin's account: allowed countries, SMS budgets, and each domain's texts this hour and today. */
  smsSettings: SmsSettings;
  /** A user of the admin's account (a mailbox or an admin), as their admin sees them. */
  user: AdminUserView;
  /** A user's live sessions, as their admin sees them (most recently active first, at most 100). */
  userSessions: Array<SignedInSession>;
  /** An endpoint's deliveries, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The account's webhook endpoints, oldest first. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<AuditSortInput>;
};


export type QueryDomainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmailOutboxArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryMailboxesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  domainId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<MailboxFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<MailboxSortInput>;
};


export type QueryPolicyImpactArgs = {
  domainId: Scalars['ID']['input'];
  enforceFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  includeChildren?: Scalars['Boolean']['input'];
  policy: PolicyLevel;
};


export type QueryRolloutDashboardArgs = {
  domainId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySmsOutboxArgs = {
  challengeId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserSessionsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A step-up: a code from a verified device or a recovery code when the user has a device; the password otherwise. */
export type ReauthenticateInput = {
  /** The step-up that sendReauthenticationPasscode (a texted code) or startWebAuthnReauthentication (a passkey) opened. */
  challengeId?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** A code from the authenticator app, the code texted for challengeId, or a recovery code. */
  passcode?: InputMaybe<Scalars['String']['input']>;
  /** The password (users without a second factor). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** A passkey's answer to startWebAuthnReauthentication's options (with its challengeId). */
  webauthnResponse?: InputMaybe<Scalars['String']['input']>;
};

export type ReauthenticatePayload = {
  __typename?: 'ReauthenticatePayload';
  /** Until when sensitive changes are allowed without asking again. */
  validUntil: Scalars['DateTimeISO']['output'];
};

export type ReauthenticationPasscodePayload = {
  __typename?: 'ReauthenticationPasscodePayload';
  /** Pass it to reauthenticate with the texted code. */
  challengeId: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The phone the code went to, masked. */
  sentTo: Scalars['String']['output'];
};

export type RecoveryCodesPayload = {
  __typename?: 'RecoveryCodesPayload';
  /** Shown this once; each works once. */
  codes: Array<Scalars['String']['output']>;
  /** The codes as a text file, for download. */
  text: Scalars['String']['output'];
};

/** A browser that skips the second factor at sign-in until it expires or is forgotten. No token. */
export type RememberedBrowser = {
  __typename?: 'RememberedBrowser';
  /** Whether it is the browser asking. */
  current: Scalars['Boolean']['output'];
  /** When it stops skipping the second factor (sooner if the domain lowers its days). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** When it was remembered. */
  firstUsedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Its last sign-in (or when it was remembered). */
  lastUsedAt: Scalars['DateTimeISO']['output'];
  /** Browser, major version and operating system, read from the User-Agent it was remembered with (e.g. `Chrome 156 on Linux`). */
  name: Scalars['String']['output'];
};

export type RenameDeviceInput = {
  deviceId: Scalars['ID']['input'];
  /** The new nickname. */
  name: Scalars['String']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: ApiKey;
};

export type RevokeAppPasswordsPayload = {
  __typename?: 'RevokeAppPasswordsPayload';
  /** How many app passwords were revoked. */
  revoked: Scalars['Int']['output'];
};

/** MFA rollout of one domain, or of the whole account: coverage now, the deadline, reminders, and coverage over time. */
export type RolloutDashboard = {
  __typename?: 'RolloutDashboard';
  /** The domain; null for the whole account. */
  domainId?: Maybe<Scalars['ID']['output']>;
  domainName?: Maybe<Scalars['String']['output']>;
  /** The domains counted, by name order of the tree (one for a domain's dashboard). */
  domains: Array<RolloutDomain>;
  /** The domain's Force-On deadline; for the whole account, the nearest one not yet passed. */
  enforceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Mailboxes with a verified device. */
  enrolled: Scalars['Int']['output'];
  /** The daily coverage snapshots of the last `days` days (today included), oldest first; a day without one is left out. */
  history: Array<RolloutDay>;
  lastReminderAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Mailboxes locked after too many wrong codes. */
  locked: Scalars['Int']['output'];
  /** Mailboxes counted (of a domain: its own, not its sub-domains'). */
  mailboxes: Scalars['Int']['output'];
  /** Mailboxes without a verified device. */
  notEnrolled: Scalars['Int']['output'];
  /** Reminders of the current deadlines that went out. */
  remindersSent: Scalars['Int']['output'];
};


/** MFA rollout of one domain, or of the whole account: coverage now, the deadline, reminders, and coverage over time. */
export type RolloutDashboardHistoryArgs = {
  days?: Scalars['Int']['input'];
};

/** A day's coverage snapshot (taken once a UTC day by the rollout job). */
export type RolloutDay = {
  __typename?: 'RolloutDay';
  /** The UTC day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  /** Mailboxes with a verified device. */
  enrolled: Scalars['Int']['output'];
  /** Mailboxes locked after too many wrong codes. */
  locked: Scalars['Int']['output'];
  /** Mailboxes counted (of a domain: its own, not its sub-domains'). */
  mailboxes: Scalars['Int']['output'];
  /** Mailboxes without a verified device. */
  notEnrolled: Scalars['Int']['output'];
};

/** One domain's rollout: its setting, its mailboxes now, and the reminders of its current deadline. */
export type RolloutDomain = {
  __typename?: 'RolloutDomain';
  /** The Force-On deadline; null: in force now, or no Force-On. */
  enforceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Mailboxes with a verified device. */
  enrolled: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastReminderAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Mailboxes locked after too many wrong codes. */
  locked: Scalars['Int']['output'];
  /** Mailboxes counted (of a domain: its own, not its sub-domains'). */
  mailboxes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Mailboxes without a verified device. */
  notEnrolled: Scalars['Int']['output'];
  policy: PolicyLevel;
  /** Reminders of the current deadline that went out (scheduled and sent by an admin). */
  remindersSent: Scalars['Int']['output'];
};

export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  endpoint: WebhookEndpoint;
  /** The new signing secret, shown this once. The previous one also signs for a day. */
  secret: Scalars['String']['output'];
};

/** A user's MFA state. */
export type Security = {
  __typename?: 'Security';
  /** The kinds of factor the policy accepts and offers to set up (only WEBAUTHN under PHISHING_RESISTANT; none under OFF). */
  acceptedKinds: Array<DeviceKind>;
  /** Why not, when canCreateAppPasswords is false. */
  appPasswordsUnavailableReason?: Maybe<AppPasswordsUnavailableReason>;
  /** Whether the user may switch MFA on or off. */
  canChangeMfaEnabled: Scalars['Boolean']['output'];
  /** Whether the user may make app passwords for mail clients now (createAppPassword). */
  canCreateAppPasswords: Scalars['Boolean']['output'];
  /** Whether the user may set up devices at all (false under OFF). */
  canEnroll: Scalars['Boolean']['output'];
  /** The user's devices, verified or pending. */
  devices: Array<Device>;
  /** Locked after too many wrong codes, until an admin unlocks or resets the user. */
  locked: Scalars['Boolean']['output'];
  /** Whether the user turned MFA on (decides the login under OPTIONAL). */
  mfaEnabled: Scalars['Boolean']['output'];
  /** The effective requirement. */
  policy: PolicyLevel;
  /** The policy explained in one sentence. */
  policyExplanation: Scalars['String']['output'];
  /** Recovery codes not used yet. */
  recoveryCodesLeft: Scalars['Int']['output'];
};

export type SecurityPayload = {
  __typename?: 'SecurityPayload';
  security: Security;
};

export type SendLoginPasscodeInput = {
  /** The challengeId of the password step. */
  challengeId: Scalars['String']['input'];
  /** A phone among the challenge's factors. */
  deviceId: Scalars['ID']['input'];
};

export type SendLoginPasscodePayload = {
  __typename?: 'SendLoginPasscodePayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  sentTo: Scalars['String']['output'];
};

/** The kind of device a session's browser runs on, read from its User-Agent. */
export type SessionDeviceType =
  | 'DESKTOP'
  | 'MOBILE'
  | 'OTHER'
  | 'TABLET';

export type SetAlternateEmailInput = {
  /** An address other than this mailbox; a 6-digit code is emailed to it. */
  address: Scalars['String']['input'];
};

export type SetDomainMfaPolicyInput = {
  domainId: Scalars['ID']['input'];
  /** With REQUIRED only: when Force-On takes full effect. Until then, users without a device meet the setup wizard at sign-in and may put it off once a day. Leave it out to require MFA now. */
  enforceFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Also set it on every domain below this one. */
  includeChildren?: Scalars['Boolean']['input'];
  policy: PolicyLevel;
};

export type SetDomainMfaPolicyPayload = {
  __typename?: 'SetDomainMfaPolicyPayload';
  /** The domains whose policy was set. */
  domains: Array<Domain>;
  /** Sessions without MFA that were ended. */
  revokedSessions: Scalars['Int']['output'];
};

export type SetSmsSettingsInput = {
  /** ISO 3166 codes of the countries texts may go to (an empty list stops every text); null: the service's default list; left out: unchanged. */
  allowedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Each within the service's maxima (maxBudgets). */
  budgets?: InputMaybe<SmsBudgetsInput>;
};

/** A verified phone of the user that other mailboxes share: whoever holds it can pass their second step too. */
export type SharedPhoneNumber = {
  __typename?: 'SharedPhoneNumber';
  /** The user's phone device. */
  deviceId: Scalars['ID']['output'];
  /** Whether mailboxes of other accounts have it verified too (how many is theirs to know). */
  inOtherAccounts: Scalars['Boolean']['output'];
  /** Mailboxes of this account with the number verified (this one included). */
  mailboxesInAccount: Scalars['Int']['output'];
  /** The number, masked. */
  maskedPhone: Scalars['String']['output'];
  reasons: Array<SharedPhoneReason>;
};

/** Why a recovery number is flagged. */
export type SharedPhoneReason =
  /** Verified on mailboxes of other accounts too. */
  | 'OTHER_ACCOUNTS'
  /** Verified on more mailboxes of this account than allowed (SHARED_PHONE_THRESHOLD, 3 by default). */
  | 'THRESHOLD';

/** How a session was proven when it signed in. */
export type SignInMethod =
  /** A code from an authenticator app. */
  | 'AUTHENTICATOR_CODE'
  /** A bypass code an admin issued. */
  | 'BYPASS_CODE'
  /** A passkey or security key. */
  | 'PASSKEY'
  /** The password. */
  | 'PASSWORD'
  /** One of the user's recovery codes. */
  | 'RECOVERY_CODE'
  /** A browser remembered from an earlier sign-in with a second factor. */
  | 'REMEMBERED_BROWSER'
  /** A code sent by text message. */
  | 'TEXTED_CODE';

export type SignOutSessionsPayload = {
  __typename?: 'SignOutSessionsPayload';
  /** The sessions still live afterwards. */
  sessions: Array<SignedInSession>;
  /** How many sessions this ended. */
  signedOut: Scalars['Int']['output'];
};

/** A live session: where and how its user signed in. No token, no secret. */
export type SignedInSession = {
  __typename?: 'SignedInSession';
  /** Browser and major version from the User-Agent (e.g. `Chrome 156`); null when unknown. */
  browser?: Maybe<Scalars['String']['output']>;
  /** The session this request came with. */
  current: Scalars['Boolean']['output'];
  deviceType: SessionDeviceType;
  id: Scalars['ID']['output'];
  /** The client address at sign-in. */
  ipAddress?: Maybe<Scalars['String']['output']>;
  /** The last request (written at most once a minute). */
  lastActiveAt: Scalars['DateTimeISO']['output'];
  /** Whether this session passed a second factor. */
  mfaPassed: Scalars['Boolean']['output'];
  /** Operating system from the User-Agent; null when unknown. */
  os?: Maybe<Scalars['String']['output']>;
  /** A setup-only session (MFA required, nothing set up yet). */
  setupOnly: Scalars['Boolean']['output'];
  /** How the sign-in was proven, in order (the password, then a second factor). */
  signInMethods: Array<SignInMethod>;
  signedInAt: Scalars['DateTimeISO']['output'];
  /** The User-Agent as the browser sent it (at most 255 characters). */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** How many texts may go out: per user, per domain and per account (an hour, a UTC day), per number (a day). */
export type SmsBudgets = {
  __typename?: 'SmsBudgets';
  /** Texts the whole account may send in a day. */
  accountDaily: Scalars['Int']['output'];
  /** Texts the whole account may send in an hour. */
  accountHourly: Scalars['Int']['output'];
  /** Texts one phone number may get from the account in a day. */
  destinationDaily: Scalars['Int']['output'];
  /** Texts the users of one domain may get in a day, together. */
  domainDaily: Scalars['Int']['output'];
  /** Texts the users of one domain may get in an hour, together. */
  domainHourly: Scalars['Int']['output'];
  /** Texts one user may get in a day. */
  userDaily: Scalars['Int']['output'];
  /** Texts one user may get in an hour. */
  userHourly: Scalars['Int']['output'];
};

/** Budgets to set; a field left out stays as it is, null goes back to the service's default. */
export type SmsBudgetsInput = {
  accountDaily?: InputMaybe<Scalars['Int']['input']>;
  accountHourly?: InputMaybe<Scalars['Int']['input']>;
  destinationDaily?: InputMaybe<Scalars['Int']['input']>;
  domainDaily?: InputMaybe<Scalars['Int']['input']>;
  domainHourly?: InputMaybe<Scalars['Int']['input']>;
  userDaily?: InputMaybe<Scalars['Int']['input']>;
  userHourly?: InputMaybe<Scalars['Int']['input']>;
};

/** One domain's texts against the per-domain budget. */
export type SmsDomainUse = {
  __typename?: 'SmsDomainUse';
  domainId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  use: SmsUse;
};

/** A text kept by the outbox sender (demo and development). */
export type SmsMessage = {
  __typename?: 'SmsMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  /** The number, masked (e.g. +1 *** *** 1000). */
  to: Scalars['String']['output'];
};

/** Where the account's texts may go, how many may go out, and how many did. */
export type SmsSettings = {
  __typename?: 'SmsSettings';
  /** The account's texts this hour and today. */
  account: SmsUse;
  /** ISO 3166 codes of the countries texts may go to, sorted. A number's country comes from its digits. */
  allowedCountries: Array<Scalars['String']['output']>;
  /** The budgets in force for this account. */
  budgets: SmsBudgets;
  /** When the daily budgets start again (midnight UTC). */
  dayEndsAt: Scalars['DateTimeISO']['output'];
  /** The service's defaults, which new accounts start with. */
  defaultBudgets: SmsBudgets;
  /** The service's default list, which new accounts start with. */
  defaultCountries: Array<Scalars['String']['output']>;
  /** Each domain's texts this hour and today, by name. */
  domains: Array<SmsDomainUse>;
  /** When the hourly budgets start again. */
  hourEndsAt: Scalars['DateTimeISO']['output'];
  /** The most each budget may be raised to. */
  maxBudgets: SmsBudgets;
  /** Whether the list is still the service's default (the admin never chose one). */
  usesDefaultCountries: Scalars['Boolean']['output'];
};

export type SmsSettingsPayload = {
  __typename?: 'SmsSettingsPayload';
  settings: SmsSettings;
};

/** Texts sent in the current clock hour and UTC day, against the budgets of those windows. */
export type SmsUse = {
  __typename?: 'SmsUse';
  dailyBudget: Scalars['Int']['output'];
  hourlyBudget: Scalars['Int']['output'];
  thisHour: Scalars['Int']['output'];
  today: Scalars['Int']['output'];
};

/** The order of a sorted list. */
export type SortDirection =
  /** Smallest first (A to Z, oldest first). */
  | 'ASC'
  /** Largest first (Z to A, newest first). */
  | 'DESC';

export type StartWebAuthnRegistrationInput = {
  /** A nickname, e.g. 'Laptop passkey' or 'Blue security key'. */
  name: Scalars['String']['input'];
};

export type StartWebAuthnRegistrationPayload = {
  __typename?: 'StartWebAuthnRegistrationPayload';
  /** The pending passkey; finishWebAuthnRegistration verifies it. */
  device: Device;
  /** PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create (works 5 minutes). */
  optionsJson: Scalars['String']['output'];
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the endpoint's events. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  id: Scalars['ID']['input'];
};

/** A login: an account admin or a mailbox. */
export type User = {
  __typename?: 'User';
  /** The account the user belongs to. */
  accountId: Scalars['ID']['output'];
  /** The person's name, as shown on the admin pages. */
  displayName: Scalars['String']['output'];
  /** The mailbox's domain; null for an admin. */
  domainId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: UserKind;
  /** What the user signs in with: admin logins as created, mailboxes as local@domain. */
  username: Scalars['String']['output'];
};

/** Who a login belongs to. */
export type UserKind =
  /** An administrator of the account (the control panel). */
  | 'ADMIN'
  /** A mailbox of one of the account's domains (local@domain). */
  | 'MAILBOX';

/** An admin's per-user override of the policy. */
export type UserOverride =
  /** No override: the domain's policy (the account's admin policy for an admin) applies. */
  | 'DEFAULT'
  /** MFA is optional for this user, whatever the policy. */
  | 'OPTIONAL'
  /** MFA is required for this user, whatever the policy. */
  | 'REQUIRED';

export type VerifyAlternateEmailInput = {
  /** The 6-digit code emailed to the pending address. */
  code: Scalars['String']['input'];
};

export type VerifyDeviceInput = {
  code: Scalars['String']['input'];
  deviceId: Scalars['ID']['input'];
  /** Make this device the default method. Left out: yes for an authenticator app, no for a phone (a first device is the default either way). */
  makeDefault?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VerifyDevicePayload = {
  __typename?: 'VerifyDevicePayload';
  device: Device;
  /** A new full session token when this finished a forced setup (null with a cookie session). */
  token?: Maybe<Scalars['String']['output']>;
};

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The account the user belongs to. */
  accountId: Scalars['ID']['output'];
  /** Your alternate email address (where security alerts go) and any address waiting for its code. */
  alternateEmail: AlternateEmail;
  /** The person's name, as shown on the admin pages. */
  displayName: Scalars['String']['output'];
  /** The mailbox's domain; null for an admin. */
  domainId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: UserKind;
  /** Whether this session passed a second factor. */
  mfaPassed: Scalars['Boolean']['output'];
  security: Security;
  /** What the user signs in with: admin logins as created, mailboxes as local@domain. */
  username: Scalars['String']['output'];
};

/** What the browser passes to navigator.credentials.get (e.g. SimpleWebAuthn's startAuthentication). */
export type WebAuthnLoginPayload = {
  __typename?: 'WebAuthnLoginPayload';
  /** PublicKeyCredentialRequestOptionsJSON: the challenge, the RP ID and the user's credentials. */
  optionsJson: Scalars['String']['output'];
};

/** A step-up answered by a passkey: pass challengeId and the browser's answer to reauthenticate. */
export type WebAuthnReauthenticationPayload = {
  __typename?: 'WebAuthnReauthenticationPayload';
  challengeId: Scalars['String']['output'];
  /** PublicKeyCredentialRequestOptionsJSON for navigator.credentials.get. */
  optionsJson: Scalars['String']['output'];
};

/** One event (or test) queued for an endpoint, and how sending it went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The payload's `type`, e.g. `factor.enrolled` or `webhook.test`. */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The start of the last answer's body, or why there was none (at most 200 characters). */
  lastResponse?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when there was no answer. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** The `webhook-id` header: the same for every attempt and every time the event is sent again. */
  messageId: Scalars['String']['output'];
  /** When the next attempt is due; null once delivered or given up. */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  delivery: WebhookDelivery;
};

/** PENDING: not delivered yet (retried with backoff); SUCCEEDED: the receiver answered 2xx; FAILED: given up after 24 hours. */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** A URL that gets the account's events it subscribed to, as signed JSON (Standard Webhooks). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** A disabled endpoint gets no new events, and its pending deliveries wait. */
  enabled: Scalars['Boolean']['output'];
  eventTypes: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  /** Until when the previous secret also signs deliveries, after a rotation. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the current signing secret was made. */
  secretCreatedAt: Scalars['DateTimeISO']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  url: Scalars['String']['output'];
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  endpoint: WebhookEndpoint;
};

/** An event a webhook endpoint can subscribe to. */
export type WebhookEventType =
  | 'ADMIN_POLICY_CHANGED'
  | 'BYPASS_CODES_ISSUED'
  | 'BYPASS_CODE_USED'
  | 'DOMAIN_POLICY_CHANGED'
  | 'FACTOR_ENROLLED'
  | 'FACTOR_REMOVED'
  | 'MAILBOX_CREATED'
  | 'MAILBOX_DELETED'
  | 'MFA_RESET'
  | 'USER_LOCKED'
  | 'USER_OVERRIDE_CHANGED'
  | 'USER_UNLOCKED';

export type OutboxAvailableQueryVariables = Exact<{ [key: string]: never; }>;


export type OutboxAvailableQuery = { __typename?: 'Query', smsOutbox: Array<{ __typename?: 'SmsMessage', id: string }> };

export type EmailOutboxAvailableQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailOutboxAvailableQuery = { __typename?: 'Query', emailOutbox: Array<{ __typename?: 'EmailMessage', id: string }> };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, name: string, adminMfaPolicy: PolicyLevel, adminEnforceFrom?: string | null }, me: { __typename?: 'Viewer', id: string, mfaPassed: boolean, security: { __typename?: 'Security', devices: Array<{ __typename?: 'Device', id: string, verified: boolean }> } } };

export type SetAccountAdminMfaPolicyMutationVariables = Exact<{
  policy: PolicyLevel;
  enforceFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type SetAccountAdminMfaPolicyMutation = { __typename?: 'Mutation', setAccountAdminMfaPolicy: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, name: string, adminMfaPolicy: PolicyLevel, adminEnforceFrom?: string | null } } };

export type ApiKeyRow_ApiKeyFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, scope: ApiKeyScope, status: ApiKeyStatus, createdAt: string, createdByUsername: string, lastUsedAt?: string | null, lastUsedIp?: string | null, expiresAt: string, revokedAt?: string | null, domains?: Array<{ __typename?: 'ApiKeyDomain', id: string, name: string }> | null } & { ' $fragmentName'?: 'ApiKeyRow_ApiKeyFragment' };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<(
    { __typename?: 'ApiKey', id: string }
    & { ' $fragmentRefs'?: { 'ApiKeyRow_ApiKeyFragment': ApiKeyRow_ApiKeyFragment } }
  )> };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'RevokeApiKeyPayload', apiKey: (
      { __typename?: 'ApiKey', id: string }
      & { ' $fragmentRefs'?: { 'ApiKeyRow_ApiKeyFragment': ApiKeyRow_ApiKeyFragment } }
    ) } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: (
      { __typename?: 'ApiKey', id: string }
      & { ' $fragmentRefs'?: { 'ApiKeyRow_ApiKeyFragment': ApiKeyRow_ApiKeyFragment } }
    ) } };

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditEventFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<AuditSortInput>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, totalCountIsLowerBound: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, outcome: string, createdAt: string, actorId?: string | null, actorUsername?: string | null, actorApiKeyName?: string | null, targetUserId?: string | null, targetUsername?: string | null, detail?: string | null, ip?: string | null }> } };

export type AuditUserNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditUserNameQuery = { __typename?: 'Query', user: { __typename?: 'AdminUserView', id: string, username: string } };

export type AuditUserSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type AuditUserSearchQuery = { __typename?: 'Query', mailboxes: { __typename?: 'MailboxConnection', nodes: Array<{ __typename?: 'Mailbox', id: string, username: string, displayName: string }> } };

export type CreateDomainMutationVariables = Exact<{
  input: CreateDomainInput;
}>;


export type CreateDomainMutation = { __typename?: 'Mutation', createDomain: { __typename?: 'DomainPayload', domain: { __typename?: 'Domain', id: string, name: string, policy: PolicyLevel } } };

export type DeleteDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDomainMutation = { __typename?: 'Mutation', deleteDomain: { __typename?: 'DeleteDomainPayload', deletedDomainId: string } };

export type DomainItem_DomainFragment = { __typename?: 'Domain', id: string, name: string, parentId?: string | null, policy: PolicyLevel, enforceFrom?: string | null, rememberBrowserDays: number, coverage: { __typename?: 'DomainCoverage', mailboxes: number, enrolled: number, locked: number, passkeys: number } } & { ' $fragmentName'?: 'DomainItem_DomainFragment' };

export type DomainsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DomainsPageQuery = { __typename?: 'Query', domains: Array<(
    { __typename?: 'Domain', id: string, children: Array<(
      { __typename?: 'Domain', id: string, children: Array<(
        { __typename?: 'Domain', id: string, children: Array<(
          { __typename?: 'Domain', id: string, children: Array<(
            { __typename?: 'Domain', id: string, children: Array<{ __typename?: 'Domain', id: string }> }
            & { ' $fragmentRefs'?: { 'DomainItem_DomainFragment': DomainItem_DomainFragment } }
          )> }
          & { ' $fragmentRefs'?: { 'DomainItem_DomainFragment': DomainItem_DomainFragment } }
        )> }
        & { ' $fragmentRefs'?: { 'DomainItem_DomainFragment': DomainItem_DomainFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'DomainItem_DomainFragment': DomainItem_DomainFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'DomainItem_DomainFragment': DomainItem_DomainFragment } }
  )> };

export type PolicyImpactQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
  policy: PolicyLevel;
  includeChildren: Scalars['Boolean']['input'];
  enforceFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type PolicyImpactQuery = { __typename?: 'Query', policyImpact: { __typename?: 'PolicyImpact', affected: number, enforceFrom?: string | null, saveRefusal?: string | null, loggedOut: { __typename?: 'ImpactGroup', count: number, sample: Array<string> }, mustEnrol: { __typename?: 'ImpactGroup', count: number, sample: Array<string> } } };

export type SetDomainMfaPolicyMutationVariables = Exact<{
  input: SetDomainMfaPolicyInput;
}>;


export type SetDomainMfaPolicyMutation = { __typename?: 'Mutation', setDomainMfaPolicy: { __typename?: 'SetDomainMfaPolicyPayload', revokedSessions: number, domains: Array<{ __typename?: 'Domain', id: string, policy: PolicyLevel, enforceFrom?: string | null }> } };

export type SetRememberBrowserDaysMutationVariables = Exact<{
  domainId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;


export type SetRememberBrowserDaysMutation = { __typename?: 'Mutation', setRememberBrowserDays: { __typename?: 'DomainPayload', domain: { __typename?: 'Domain', id: string, rememberBrowserDays: number } } };

export type CreateMailboxMutationVariables = Exact<{
  input: CreateMailboxInput;
}>;


export type CreateMailboxMutation = { __typename?: 'Mutation', createMailbox: { __typename?: 'AdminUserPayload', user: { __typename?: 'AdminUserView', id: string, username: string } } };

export type BulkMailboxActionMutationVariables = Exact<{
  input: BulkMailboxActionInput;
}>;


export type BulkMailboxActionMutation = { __typename?: 'Mutation', bulkMailboxAction: { __typename?: 'BulkMailboxActionPayload', requested: number, succeeded: number, moreMatching: boolean, refused: Array<{ __typename?: 'BulkRefusal', userId: string, username?: string | null, code: string }> } };

export type IssueBypassCodesMutationVariables = Exact<{
  input: IssueBypassCodesInput;
}>;


export type IssueBypassCodesMutation = { __typename?: 'Mutation', issueBypassCodes: { __typename?: 'IssueBypassCodesPayload', codes: Array<string>, expiresAt: string, user: (
      { __typename?: 'AdminUserView', id: string }
      & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
    ) } };

export type RevokeBypassCodesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RevokeBypassCodesMutation = { __typename?: 'Mutation', revokeBypassCodes: { __typename?: 'AdminUserPayload', user: (
      { __typename?: 'AdminUserView', id: string }
      & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
    ) } };

export type UnlockUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UnlockUserMutation = { __typename?: 'Mutation', unlockUser: { __typename?: 'AdminUserPayload', user: (
      { __typename?: 'AdminUserView', id: string }
      & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
    ) } };

export type ResetUserMfaMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResetUserMfaMutation = { __typename?: 'Mutation', resetUserMfa: { __typename?: 'AdminUserPayload', user: (
      { __typename?: 'AdminUserView', id: string }
      & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
    ) } };

export type DeleteMailboxMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DeleteMailboxMutation = { __typename?: 'Mutation', deleteMailbox: { __typename?: 'DeleteMailboxPayload', deletedUserId: string } };

export type MailboxesQueryVariables = Exact<{
  domainId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<MailboxFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<MailboxSortInput>;
}>;


export type MailboxesQuery = { __typename?: 'Query', mailboxes: { __typename?: 'MailboxConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mailbox', id: string, username: string, displayName: string, mfaStatus: MfaStatus, devices: number, mfaOverride: UserOverride, lockedAt?: string | null, domainId: string, domainName: string }> } };

export type MailboxDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type MailboxDomainsQuery = { __typename?: 'Query', domains: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, enforceFrom?: string | null, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, enforceFrom?: string | null, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, enforceFrom?: string | null, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, enforceFrom?: string | null, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, enforceFrom?: string | null }> }> }> }> }> };

export type SetUserMfaOverrideMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  level: UserOverride;
}>;


export type SetUserMfaOverrideMutation = { __typename?: 'Mutation', setUserMfaOverride: { __typename?: 'AdminUserPayload', user: (
      { __typename?: 'AdminUserView', id: string }
      & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
    ) } };

export type SharedPhones_FlagFragment = { __typename?: 'SharedPhoneNumber', deviceId: string, maskedPhone: string, mailboxesInAccount: number, inOtherAccounts: boolean, reasons: Array<SharedPhoneReason> } & { ' $fragmentName'?: 'SharedPhones_FlagFragment' };

export type RevokeUserAppPasswordsMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RevokeUserAppPasswordsMutation = { __typename?: 'Mutation', revokeUserAppPasswords: { __typename?: 'RevokeAppPasswordsPayload', revoked: number } };

export type UserPage_UserFragment = { __typename?: 'AdminUserView', id: string, username: string, displayName: string, kind: UserKind, domainId?: string | null, effectivePolicy: PolicyLevel, lockedAt?: string | null, mfaEnabled: boolean, mfaOverride: UserOverride, mfaStatus: MfaStatus, recoveryCodesLeft: number, appPasswordCount: number, sharedPhoneNumbers: Array<(
    { __typename?: 'SharedPhoneNumber' }
    & { ' $fragmentRefs'?: { 'SharedPhones_FlagFragment': SharedPhones_FlagFragment } }
  )>, bypassCodes: { __typename?: 'BypassCodes', count: number, expiresAt?: string | null }, devices: Array<{ __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean, isDefault: boolean, isBackup: boolean, lastUsedAt?: string | null, createdAt: string, transports: Array<string> }> } & { ' $fragmentName'?: 'UserPage_UserFragment' };

export type UserPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserPageQuery = { __typename?: 'Query', user: (
    { __typename?: 'AdminUserView', id: string }
    & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
  ) };

export type NotEnrolledQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotEnrolledQuery = { __typename?: 'Query', mailboxes: { __typename?: 'MailboxConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mailbox', id: string, username: string, displayName: string }> } };

export type SendReminderMutationVariables = Exact<{
  input: BulkMailboxActionInput;
}>;


export type SendReminderMutation = { __typename?: 'Mutation', bulkMailboxAction: { __typename?: 'BulkMailboxActionPayload', requested: number, succeeded: number, refused: Array<{ __typename?: 'BulkRefusal', userId: string, username?: string | null, code: string }> } };

export type RolloutDashboardQueryVariables = Exact<{
  domainId?: InputMaybe<Scalars['ID']['input']>;
  days: Scalars['Int']['input'];
}>;


export type RolloutDashboardQuery = { __typename?: 'Query', rolloutDashboard: { __typename?: 'RolloutDashboard', domainId?: string | null, domainName?: string | null, mailboxes: number, enrolled: number, notEnrolled: number, locked: number, enforceFrom?: string | null, remindersSent: number, lastReminderAt?: string | null, domains: Array<{ __typename?: 'RolloutDomain', id: string, name: string, policy: PolicyLevel, enforceFrom?: string | null, mailboxes: number, enrolled: number, notEnrolled: number, locked: number, remindersSent: number }>, history: Array<{ __typename?: 'RolloutDay', day: string, mailboxes: number, enrolled: number, locked: number }> } };

export type DomainNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DomainNamesQuery = { __typename?: 'Query', domains: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string }> }> }> }> }> };

export type SetSmsBudgetsMutationVariables = Exact<{
  budgets: SmsBudgetsInput;
}>;


export type SetSmsBudgetsMutation = { __typename?: 'Mutation', setSmsSettings: { __typename?: 'SmsSettingsPayload', settings: { __typename?: 'SmsSettings', budgets: { __typename?: 'SmsBudgets', userHourly: number, userDaily: number, domainHourly: number, domainDaily: number, accountHourly: number, accountDaily: number, destinationDaily: number } } } };

export type SetSmsCountriesMutationVariables = Exact<{
  countries?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type SetSmsCountriesMutation = { __typename?: 'Mutation', setSmsSettings: { __typename?: 'SmsSettingsPayload', settings: { __typename?: 'SmsSettings', allowedCountries: Array<string>, usesDefaultCountries: boolean } } };

export type SmsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SmsPageQuery = { __typename?: 'Query', smsSettings: { __typename?: 'SmsSettings', allowedCountries: Array<string>, usesDefaultCountries: boolean, defaultCountries: Array<string>, hourEndsAt: string, dayEndsAt: string, budgets: { __typename?: 'SmsBudgets', userHourly: number, userDaily: number, domainHourly: number, domainDaily: number, accountHourly: number, accountDaily: number, destinationDaily: number }, defaultBudgets: { __typename?: 'SmsBudgets', userHourly: number, userDaily: number, domainHourly: number, domainDaily: number, accountHourly: number, accountDaily: number, destinationDaily: number }, maxBudgets: { __typename?: 'SmsBudgets', userHourly: number, userDaily: number, domainHourly: number, domainDaily: number, accountHourly: number, accountDaily: number, destinationDaily: number }, account: { __typename?: 'SmsUse', thisHour: number, today: number, hourlyBudget: number, dailyBudget: number }, domains: Array<{ __typename?: 'SmsDomainUse', domainId: string, name: string, use: { __typename?: 'SmsUse', thisHour: number, today: number, hourlyBudget: number, dailyBudget: number } }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'CreateWebhookEndpointPayload', secret: string, endpoint: (
      { __typename?: 'WebhookEndpoint', id: string }
      & { ' $fragmentRefs'?: { 'WebhookEndpoint_EndpointFragment': WebhookEndpoint_EndpointFragment } }
    ) } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastResponse?: string | null, lastAttemptAt?: string | null, nextAttemptAt?: string | null, createdAt: string }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDeliveryPayload', delivery: { __typename?: 'WebhookDelivery', id: string } } };

export type WebhookEndpoint_EndpointFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, enabled: boolean, eventTypes: Array<WebhookEventType>, createdAt: string, previousSecretExpiresAt?: string | null } & { ' $fragmentName'?: 'WebhookEndpoint_EndpointFragment' };

export type SetWebhookEnabledMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type SetWebhookEnabledMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpointPayload', endpoint: (
      { __typename?: 'WebhookEndpoint', id: string }
      & { ' $fragmentRefs'?: { 'WebhookEndpoint_EndpointFragment': WebhookEndpoint_EndpointFragment } }
    ) } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'RotateWebhookSecretPayload', secret: string, endpoint: (
      { __typename?: 'WebhookEndpoint', id: string }
      & { ' $fragmentRefs'?: { 'WebhookEndpoint_EndpointFragment': WebhookEndpoint_EndpointFragment } }
    ) } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: { __typename?: 'DeleteWebhookEndpointPayload', id: string } };

export type SendTestWebhookMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'WebhookDeliveryPayload', delivery: { __typename?: 'WebhookDelivery', id: string } } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<(
    { __typename?: 'WebhookEndpoint', id: string }
    & { ' $fragmentRefs'?: { 'WebhookEndpoint_EndpointFragment': WebhookEndpoint_EndpointFragment } }
  )> };

export type AlternateEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type AlternateEmailQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, alternateEmail: { __typename?: 'AlternateEmail', address?: string | null, verifiedAt?: string | null, pendingAddress?: string | null, codeExpiresAt?: string | null } } };

export type SetAlternateEmailMutationVariables = Exact<{
  address: Scalars['String']['input'];
}>;


export type SetAlternateEmailMutation = { __typename?: 'Mutation', setAlternateEmail: { __typename?: 'AlternateEmailPayload', alternateEmail: { __typename?: 'AlternateEmail', address?: string | null, pendingAddress?: string | null, codeExpiresAt?: string | null } } };

export type VerifyAlternateEmailMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyAlternateEmailMutation = { __typename?: 'Mutation', verifyAlternateEmail: { __typename?: 'AlternateEmailPayload', alternateEmail: { __typename?: 'AlternateEmail', address?: string | null, pendingAddress?: string | null } } };

export type RemoveAlternateEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveAlternateEmailMutation = { __typename?: 'Mutation', removeAlternateEmail: { __typename?: 'AlternateEmailPayload', alternateEmail: { __typename?: 'AlternateEmail', address?: string | null } } };

export type MyAppPasswordsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppPasswordsQuery = { __typename?: 'Query', myAppPasswords: Array<{ __typename?: 'AppPassword', id: string, name: string, createdAt: string, lastUsedAt?: string | null, lastUsedProtocol?: string | null, lastUsedIp?: string | null }> };

export type CreateAppPasswordMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateAppPasswordMutation = { __typename?: 'Mutation', createAppPassword: { __typename?: 'CreateAppPasswordPayload', password: string, appPassword: { __typename?: 'AppPassword', id: string } } };

export type RevokeAppPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeAppPasswordMutation = { __typename?: 'Mutation', revokeAppPassword: { __typename?: 'RevokeAppPasswordsPayload', revoked: number } };

export type EmailItem_EmailFragment = { __typename?: 'EmailMessage', id: string, kind: EmailKind, to: string, subject: string, text: string, html: string, createdAt: string } & { ' $fragmentName'?: 'EmailItem_EmailFragment' };

export type EmailOutboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type EmailOutboxQuery = { __typename?: 'Query', emailOutbox: Array<(
    { __typename?: 'EmailMessage', id: string }
    & { ' $fragmentRefs'?: { 'EmailItem_EmailFragment': EmailItem_EmailFragment } }
  )> };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { __typename?: 'Query', health: { __typename?: 'Health', status: string, database: string } };

export type StartPasskeyMutationVariables = Exact<{
  input: StartWebAuthnRegistrationInput;
}>;


export type StartPasskeyMutation = { __typename?: 'Mutation', startWebAuthnRegistration: { __typename?: 'StartWebAuthnRegistrationPayload', optionsJson: string, device: { __typename?: 'Device', id: string, name: string } } };

export type FinishPasskeyMutationVariables = Exact<{
  input: FinishWebAuthnRegistrationInput;
}>;


export type FinishPasskeyMutation = { __typename?: 'Mutation', finishWebAuthnRegistration: { __typename?: 'VerifyDevicePayload', device: { __typename?: 'Device', id: string, kind: DeviceKind, name: string, verified: boolean, isDefault: boolean, transports: Array<string> } } };

export type ForgetPendingPasskeyMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type ForgetPendingPasskeyMutation = { __typename?: 'Mutation', removeDevice: { __typename?: 'SecurityPayload', security: { __typename?: 'Security', devices: Array<{ __typename?: 'Device', id: string }> } } };

export type StartPasskeyStepUpMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyStepUpMutation = { __typename?: 'Mutation', startWebAuthnReauthentication: { __typename?: 'WebAuthnReauthenticationPayload', challengeId: string, optionsJson: string } };

export type ReauthFactorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReauthFactorsQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, security: { __typename?: 'Security', devices: Array<{ __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean, isDefault: boolean }> } } };

export type ReauthenticateMutationVariables = Exact<{
  input: ReauthenticateInput;
}>;


export type ReauthenticateMutation = { __typename?: 'Mutation', reauthenticate: { __typename?: 'ReauthenticatePayload', validUntil: string } };

export type SendReauthenticationPasscodeMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type SendReauthenticationPasscodeMutation = { __typename?: 'Mutation', sendReauthenticationPasscode: { __typename?: 'ReauthenticationPasscodePayload', challengeId: string, sentTo: string, expiresAt: string } };

export type GenerateRecoveryCodesMutationVariables = Exact<{
  quantity: Scalars['Int']['input'];
}>;


export type GenerateRecoveryCodesMutation = { __typename?: 'Mutation', generateRecoveryCodes: { __typename?: 'RecoveryCodesPayload', codes: Array<string>, text: string } };

export type MyRememberedBrowsersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRememberedBrowsersQuery = { __typename?: 'Query', myRememberedBrowsers: Array<{ __typename?: 'RememberedBrowser', id: string, name: string, firstUsedAt: string, lastUsedAt: string, expiresAt: string, current: boolean }> };

export type ForgetRememberedBrowserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ForgetRememberedBrowserMutation = { __typename?: 'Mutation', forgetRememberedBrowser: { __typename?: 'ForgetRememberedBrowsersPayload', forgotten: number, browsers: Array<{ __typename?: 'RememberedBrowser', id: string, name: string, firstUsedAt: string, lastUsedAt: string, expiresAt: string, current: boolean }> } };

export type ForgetAllRememberedBrowsersMutationVariables = Exact<{ [key: string]: never; }>;


export type ForgetAllRememberedBrowsersMutation = { __typename?: 'Mutation', forgetAllRememberedBrowsers: { __typename?: 'ForgetRememberedBrowsersPayload', forgotten: number } };

export type DeviceList_DeviceFragment = { __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean, isDefault: boolean, isBackup: boolean, lastUsedAt?: string | null, createdAt: string, transports: Array<string> } & { ' $fragmentName'?: 'DeviceList_DeviceFragment' };

export type RemoveDeviceMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type RemoveDeviceMutation = { __typename?: 'Mutation', removeDevice: { __typename?: 'SecurityPayload', security: (
      { __typename?: 'Security' }
      & { ' $fragmentRefs'?: { 'SecurityPage_SecurityFragment': SecurityPage_SecurityFragment } }
    ) } };

export type SetDefaultDeviceMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type SetDefaultDeviceMutation = { __typename?: 'Mutation', setDefaultDevice: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string, isDefault: boolean, isBackup: boolean } } };

export type SetBackupPhoneMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type SetBackupPhoneMutation = { __typename?: 'Mutation', setBackupPhone: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string, isBackup: boolean } } };

export type SetMfaEnabledMutationVariables = Exact<{
  enabled: Scalars['Boolean']['input'];
}>;


export type SetMfaEnabledMutation = { __typename?: 'Mutation', setMfaEnabled: { __typename?: 'SecurityPayload', security: (
      { __typename?: 'Security' }
      & { ' $fragmentRefs'?: { 'SecurityPage_SecurityFragment': SecurityPage_SecurityFragment } }
    ) } };

export type RemoveAllDevicesMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveAllDevicesMutation = { __typename?: 'Mutation', removeAllDevices: { __typename?: 'SecurityPayload', security: (
      { __typename?: 'Security' }
      & { ' $fragmentRefs'?: { 'SecurityPage_SecurityFragment': SecurityPage_SecurityFragment } }
    ) } };

export type RenameDeviceMutationVariables = Exact<{
  input: RenameDeviceInput;
}>;


export type RenameDeviceMutation = { __typename?: 'Mutation', renameDevice: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string, name: string } } };

export type SecurityPage_SecurityFragment = { __typename?: 'Security', policy: PolicyLevel, policyExplanation: string, mfaEnabled: boolean, canChangeMfaEnabled: boolean, canEnroll: boolean, acceptedKinds: Array<DeviceKind>, recoveryCodesLeft: number, locked: boolean, canCreateAppPasswords: boolean, appPasswordsUnavailableReason?: AppPasswordsUnavailableReason | null, devices: Array<(
    { __typename?: 'Device', id: string, verified: boolean }
    & { ' $fragmentRefs'?: { 'DeviceList_DeviceFragment': DeviceList_DeviceFragment } }
  )> } & { ' $fragmentName'?: 'SecurityPage_SecurityFragment' };

export type SecurityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityPageQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, security: (
      { __typename?: 'Security' }
      & { ' $fragmentRefs'?: { 'SecurityPage_SecurityFragment': SecurityPage_SecurityFragment } }
    ) } };

export type SessionList_SessionFragment = { __typename?: 'SignedInSession', id: string, browser?: string | null, os?: string | null, deviceType: SessionDeviceType, ipAddress?: string | null, signedInAt: string, lastActiveAt: string, signInMethods: Array<SignInMethod>, setupOnly: boolean, current: boolean } & { ' $fragmentName'?: 'SessionList_SessionFragment' };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<(
    { __typename?: 'SignedInSession', id: string }
    & { ' $fragmentRefs'?: { 'SessionList_SessionFragment': SessionList_SessionFragment } }
  )> };

export type SignOutSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SignOutSessionMutation = { __typename?: 'Mutation', signOutSession: { __typename?: 'SignOutSessionsPayload', signedOut: number, sessions: Array<(
      { __typename?: 'SignedInSession', id: string }
      & { ' $fragmentRefs'?: { 'SessionList_SessionFragment': SessionList_SessionFragment } }
    )> } };

export type SignOutOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutOtherSessionsMutation = { __typename?: 'Mutation', signOutOtherSessions: { __typename?: 'SignOutSessionsPayload', signedOut: number, sessions: Array<(
      { __typename?: 'SignedInSession', id: string }
      & { ' $fragmentRefs'?: { 'SessionList_SessionFragment': SessionList_SessionFragment } }
    )> } };

export type UserSessionsQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UserSessionsQuery = { __typename?: 'Query', userSessions: Array<(
    { __typename?: 'SignedInSession', id: string }
    & { ' $fragmentRefs'?: { 'SessionList_SessionFragment': SessionList_SessionFragment } }
  )> };

export type SignOutEverywhereMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: { __typename?: 'SignOutSessionsPayload', signedOut: number, sessions: Array<(
      { __typename?: 'SignedInSession', id: string }
      & { ' $fragmentRefs'?: { 'SessionList_SessionFragment': SessionList_SessionFragment } }
    )> } };

export type AddPhoneMutationVariables = Exact<{
  input: AddPhoneInput;
}>;


export type AddPhoneMutation = { __typename?: 'Mutation', addPhone: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean } } };

export type DeferMfaSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type DeferMfaSetupMutation = { __typename?: 'Mutation', deferMfaSetup: { __typename?: 'DeferMfaSetupPayload', enforceFrom: string, remindAfter: string } };

export type SetupKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupKindsQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, security: { __typename?: 'Security', acceptedKinds: Array<DeviceKind> } } };

export type DiscardPendingDeviceMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type DiscardPendingDeviceMutation = { __typename?: 'Mutation', discardPendingDevice: { __typename?: 'DiscardPendingDevicePayload', deviceId: string } };

export type EnrollTotpMutationVariables = Exact<{
  input: EnrollTotpInput;
}>;


export type EnrollTotpMutation = { __typename?: 'Mutation', enrollTotp: { __typename?: 'EnrollTotpPayload', secret: string, qrCodeDataUrl: string, device: { __typename?: 'Device', id: string, kind: DeviceKind, name: string, verified: boolean } } };

export type CompleteLoginMutationVariables = Exact<{
  input: CompleteLoginInput;
}>;


export type CompleteLoginMutation = { __typename?: 'Mutation', completeLogin: { __typename?: 'LoginSuccess', user: { __typename?: 'User', id: string, username: string, displayName: string, kind: UserKind } } };

export type StartPasskeyLoginMutationVariables = Exact<{
  challengeId: Scalars['String']['input'];
}>;


export type StartPasskeyLoginMutation = { __typename?: 'Mutation', startWebAuthnLogin: { __typename?: 'WebAuthnLoginPayload', optionsJson: string } };

export type CompletePasskeyLoginMutationVariables = Exact<{
  input: CompleteLoginInput;
}>;


export type CompletePasskeyLoginMutation = { __typename?: 'Mutation', completeLogin: { __typename?: 'LoginSuccess', user: { __typename?: 'User', id: string, username: string, displayName: string, kind: UserKind } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login:
    | { __typename: 'LoginSuccess', user: { __typename?: 'User', id: string, username: string, displayName: string, kind: UserKind } }
    | { __typename: 'MfaChallenge', challengeId: string, smsSentTo?: string | null, rememberBrowserDays: number, factors: Array<{ __typename?: 'ChallengeFactor', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, isDefault: boolean, isBackup: boolean }> }
    | { __typename: 'MfaSetupRequired', enforceFrom?: string | null, acceptedKinds: Array<DeviceKind>, user: { __typename?: 'User', id: string, username: string, displayName: string } }
   };

export type SendLoginPasscodeMutationVariables = Exact<{
  input: SendLoginPasscodeInput;
}>;


export type SendLoginPasscodeMutation = { __typename?: 'Mutation', sendLoginPasscode: { __typename?: 'SendLoginPasscodePayload', sentTo: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type SmsOutboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type SmsOutboxQuery = { __typename?: 'Query', smsOutbox: Array<{ __typename?: 'SmsMessage', id: string, to: string, body: string, createdAt: string }> };

export type ResendPhoneVerificationMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type ResendPhoneVerificationMutation = { __typename?: 'Mutation', resendPhoneVerification: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string } } };

export type VerifyDeviceMutationVariables = Exact<{
  input: VerifyDeviceInput;
}>;


export type VerifyDeviceMutation = { __typename?: 'Mutation', verifyDevice: { __typename?: 'VerifyDevicePayload', device: { __typename?: 'Device', id: string, verified: boolean, isDefault: boolean, lastUsedAt?: string | null } } };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, username: string, displayName: string, kind: UserKind } };

export const ApiKeyRow_ApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyRow_ApiKeyFragment, unknown>;
export const DomainItem_DomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainItem_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rememberBrowserDays"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"}}]}}]}}]} as unknown as DocumentNode<DomainItem_DomainFragment, unknown>;
export const SharedPhones_FlagFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<SharedPhones_FlagFragment, unknown>;
export const UserPage_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<UserPage_UserFragment, unknown>;
export const WebhookEndpoint_EndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<WebhookEndpoint_EndpointFragment, unknown>;
export const EmailItem_EmailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailItem_email"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EmailItem_EmailFragment, unknown>;
export const DeviceList_DeviceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]} as unknown as DocumentNode<DeviceList_DeviceFragment, unknown>;
export const SecurityPage_SecurityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateAppPasswords"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordsUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]} as unknown as DocumentNode<SecurityPage_SecurityFragment, unknown>;
export const SessionList_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedInSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethods"}},{"kind":"Field","name":{"kind":"Name","value":"setupOnly"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SessionList_SessionFragment, unknown>;
export const OutboxAvailableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutboxAvailableQuery, OutboxAvailableQueryVariables>;
export const EmailOutboxAvailableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutboxAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EmailOutboxAvailableQuery, EmailOutboxAvailableQueryVariables>;
export const AccountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminMfaPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"adminEnforceFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfaPassed"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const SetAccountAdminMfaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountAdminMfaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforceFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountAdminMfaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policy"}}},{"kind":"Argument","name":{"kind":"Name","value":"enforceFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforceFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminMfaPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"adminEnforceFrom"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountAdminMfaPolicyMutation, SetAccountAdminMfaPolicyMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditSortInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorApiKeyName"}},{"kind":"Field","name":{"kind":"Name","value":"targetUserId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUsername"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditUserNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditUserName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuditUserNameQuery, AuditUserNameQueryVariables>;
export const AuditUserSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditUserSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AuditUserSearchQuery, AuditUserSearchQueryVariables>;
export const CreateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDomainMutation, CreateDomainMutationVariables>;
export const DeleteDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedDomainId"}}]}}]}}]} as unknown as DocumentNode<DeleteDomainMutation, DeleteDomainMutationVariables>;
export const DomainsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainItem_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rememberBrowserDays"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"}}]}}]}}]} as unknown as DocumentNode<DomainsPageQuery, DomainsPageQueryVariables>;
export const PolicyImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeChildren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforceFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"policy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policy"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeChildren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeChildren"}}},{"kind":"Argument","name":{"kind":"Name","value":"enforceFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforceFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saveRefusal"}}]}}]}}]} as unknown as DocumentNode<PolicyImpactQuery, PolicyImpactQueryVariables>;
export const SetDomainMfaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDomainMfaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDomainMfaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDomainMfaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}}]}}]}}]} as unknown as DocumentNode<SetDomainMfaPolicyMutation, SetDomainMfaPolicyMutationVariables>;
export const SetRememberBrowserDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRememberBrowserDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRememberBrowserDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rememberBrowserDays"}}]}}]}}]}}]} as unknown as DocumentNode<SetRememberBrowserDaysMutation, SetRememberBrowserDaysMutationVariables>;
export const CreateMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMailboxMutation, CreateMailboxMutationVariables>;
export const BulkMailboxActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkMailboxAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkMailboxActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkMailboxAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"moreMatching"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BulkMailboxActionMutation, BulkMailboxActionMutationVariables>;
export const IssueBypassCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBypassCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueBypassCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBypassCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<IssueBypassCodesMutation, IssueBypassCodesMutationVariables>;
export const RevokeBypassCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeBypassCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeBypassCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<RevokeBypassCodesMutation, RevokeBypassCodesMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const ResetUserMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<ResetUserMfaMutation, ResetUserMfaMutationVariables>;
export const DeleteMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}}]}}]}}]} as unknown as DocumentNode<DeleteMailboxMutation, DeleteMailboxMutationVariables>;
export const MailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailboxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxSortInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"domainName"}}]}}]}}]}}]} as unknown as DocumentNode<MailboxesQuery, MailboxesQueryVariables>;
export const MailboxDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailboxDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailboxDomainsQuery, MailboxDomainsQueryVariables>;
export const SetUserMfaOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserMfaOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOverride"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserMfaOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<SetUserMfaOverrideMutation, SetUserMfaOverrideMutationVariables>;
export const RevokeUserAppPasswordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeUserAppPasswords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserAppPasswords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RevokeUserAppPasswordsMutation, RevokeUserAppPasswordsMutationVariables>;
export const UserPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedPhones_flag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxesInAccount"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedPhones_flag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<UserPageQuery, UserPageQueryVariables>;
export const NotEnrolledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotEnrolled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mfaStatus"},"value":{"kind":"EnumValue","value":"NOT_ENROLLED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NotEnrolledQuery, NotEnrolledQueryVariables>;
export const SendReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkMailboxActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkMailboxAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SendReminderMutation, SendReminderMutationVariables>;
export const RolloutDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolloutDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolloutDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"domainName"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"notEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"remindersSent"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"notEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"remindersSent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]}}]} as unknown as DocumentNode<RolloutDashboardQuery, RolloutDashboardQueryVariables>;
export const DomainNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainNamesQuery, DomainNamesQueryVariables>;
export const SetSmsBudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSmsBudgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SmsBudgetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSmsSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"budgets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgets"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userHourly"}},{"kind":"Field","name":{"kind":"Name","value":"userDaily"}},{"kind":"Field","name":{"kind":"Name","value":"domainHourly"}},{"kind":"Field","name":{"kind":"Name","value":"domainDaily"}},{"kind":"Field","name":{"kind":"Name","value":"accountHourly"}},{"kind":"Field","name":{"kind":"Name","value":"accountDaily"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDaily"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetSmsBudgetsMutation, SetSmsBudgetsMutationVariables>;
export const SetSmsCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSmsCountries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSmsSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"allowedCountries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCountries"}},{"kind":"Field","name":{"kind":"Name","value":"usesDefaultCountries"}}]}}]}}]}}]} as unknown as DocumentNode<SetSmsCountriesMutation, SetSmsCountriesMutationVariables>;
export const SmsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCountries"}},{"kind":"Field","name":{"kind":"Name","value":"usesDefaultCountries"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCountries"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userHourly"}},{"kind":"Field","name":{"kind":"Name","value":"userDaily"}},{"kind":"Field","name":{"kind":"Name","value":"domainHourly"}},{"kind":"Field","name":{"kind":"Name","value":"domainDaily"}},{"kind":"Field","name":{"kind":"Name","value":"accountHourly"}},{"kind":"Field","name":{"kind":"Name","value":"accountDaily"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDaily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userHourly"}},{"kind":"Field","name":{"kind":"Name","value":"userDaily"}},{"kind":"Field","name":{"kind":"Name","value":"domainHourly"}},{"kind":"Field","name":{"kind":"Name","value":"domainDaily"}},{"kind":"Field","name":{"kind":"Name","value":"accountHourly"}},{"kind":"Field","name":{"kind":"Name","value":"accountDaily"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDaily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userHourly"}},{"kind":"Field","name":{"kind":"Name","value":"userDaily"}},{"kind":"Field","name":{"kind":"Name","value":"domainHourly"}},{"kind":"Field","name":{"kind":"Name","value":"domainDaily"}},{"kind":"Field","name":{"kind":"Name","value":"accountHourly"}},{"kind":"Field","name":{"kind":"Name","value":"accountDaily"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDaily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thisHour"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"use"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thisHour"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudget"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"dayEndsAt"}}]}}]}}]} as unknown as DocumentNode<SmsPageQuery, SmsPageQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponse"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const SetWebhookEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWebhookEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<SetWebhookEnabledMutation, SetWebhookEnabledMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const AlternateEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<AlternateEmailQuery, AlternateEmailQueryVariables>;
export const SetAlternateEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlternateEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"address"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlternateEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"address"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"pendingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetAlternateEmailMutation, SetAlternateEmailMutationVariables>;
export const VerifyAlternateEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyAlternateEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAlternateEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"pendingAddress"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAlternateEmailMutation, VerifyAlternateEmailMutationVariables>;
export const RemoveAlternateEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAlternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAlternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternateEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAlternateEmailMutation, RemoveAlternateEmailMutationVariables>;
export const MyAppPasswordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppPasswords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAppPasswords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}}]}}]}}]} as unknown as DocumentNode<MyAppPasswordsQuery, MyAppPasswordsQueryVariables>;
export const CreateAppPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"appPassword"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAppPasswordMutation, CreateAppPasswordMutationVariables>;
export const RevokeAppPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAppPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAppPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RevokeAppPasswordMutation, RevokeAppPasswordMutationVariables>;
export const EmailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailItem_email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailItem_email"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EmailOutboxQuery, EmailOutboxQueryVariables>;
export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const StartPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWebAuthnRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWebAuthnRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionsJson"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StartPasskeyMutation, StartPasskeyMutationVariables>;
export const FinishPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishWebAuthnRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishWebAuthnRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]}}]} as unknown as DocumentNode<FinishPasskeyMutation, FinishPasskeyMutationVariables>;
export const ForgetPendingPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgetPendingPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForgetPendingPasskeyMutation, ForgetPendingPasskeyMutationVariables>;
export const StartPasskeyStepUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeyStepUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWebAuthnReauthentication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"optionsJson"}}]}}]}}]} as unknown as DocumentNode<StartPasskeyStepUpMutation, StartPasskeyStepUpMutationVariables>;
export const ReauthFactorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReauthFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReauthFactorsQuery, ReauthFactorsQueryVariables>;
export const ReauthenticateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reauthenticate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReauthenticateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const SendReauthenticationPasscodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReauthenticationPasscode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReauthenticationPasscode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SendReauthenticationPasscodeMutation, SendReauthenticationPasscodeMutationVariables>;
export const GenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GenerateRecoveryCodesMutation, GenerateRecoveryCodesMutationVariables>;
export const MyRememberedBrowsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRememberedBrowsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRememberedBrowsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MyRememberedBrowsersQuery, MyRememberedBrowsersQueryVariables>;
export const ForgetRememberedBrowserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgetRememberedBrowser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forgetRememberedBrowser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forgotten"}},{"kind":"Field","name":{"kind":"Name","value":"browsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<ForgetRememberedBrowserMutation, ForgetRememberedBrowserMutationVariables>;
export const ForgetAllRememberedBrowsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgetAllRememberedBrowsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forgetAllRememberedBrowsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forgotten"}}]}}]}}]} as unknown as DocumentNode<ForgetAllRememberedBrowsersMutation, ForgetAllRememberedBrowsersMutationVariables>;
export const RemoveDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateAppPasswords"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordsUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<RemoveDeviceMutation, RemoveDeviceMutationVariables>;
export const SetDefaultDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}}]}}]}}]}}]} as unknown as DocumentNode<SetDefaultDeviceMutation, SetDefaultDeviceMutationVariables>;
export const SetBackupPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBackupPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBackupPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}}]}}]}}]}}]} as unknown as DocumentNode<SetBackupPhoneMutation, SetBackupPhoneMutationVariables>;
export const SetMfaEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMfaEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMfaEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateAppPasswords"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordsUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<SetMfaEnabledMutation, SetMfaEnabledMutationVariables>;
export const RemoveAllDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAllDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAllDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateAppPasswords"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordsUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<RemoveAllDevicesMutation, RemoveAllDevicesMutationVariables>;
export const RenameDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RenameDeviceMutation, RenameDeviceMutationVariables>;
export const SecurityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateAppPasswords"}},{"kind":"Field","name":{"kind":"Name","value":"appPasswordsUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<SecurityPageQuery, SecurityPageQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionList_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedInSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethods"}},{"kind":"Field","name":{"kind":"Name","value":"setupOnly"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const SignOutSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionList_session"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedInSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethods"}},{"kind":"Field","name":{"kind":"Name","value":"setupOnly"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SignOutSessionMutation, SignOutSessionMutationVariables>;
export const SignOutOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionList_session"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedInSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethods"}},{"kind":"Field","name":{"kind":"Name","value":"setupOnly"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SignOutOtherSessionsMutation, SignOutOtherSessionsMutationVariables>;
export const UserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionList_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedInSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethods"}},{"kind":"Field","name":{"kind":"Name","value":"setupOnly"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<UserSessionsQuery, UserSessionsQueryVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionList_session"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedInSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethods"}},{"kind":"Field","name":{"kind":"Name","value":"setupOnly"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const AddPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]} as unknown as DocumentNode<AddPhoneMutation, AddPhoneMutationVariables>;
export const DeferMfaSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeferMfaSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deferMfaSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"remindAfter"}}]}}]}}]} as unknown as DocumentNode<DeferMfaSetupMutation, DeferMfaSetupMutationVariables>;
export const SetupKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}}]}}]}}]}}]} as unknown as DocumentNode<SetupKindsQuery, SetupKindsQueryVariables>;
export const DiscardPendingDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardPendingDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardPendingDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<DiscardPendingDeviceMutation, DiscardPendingDeviceMutationVariables>;
export const EnrollTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollTotpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<EnrollTotpMutation, EnrollTotpMutationVariables>;
export const CompleteLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteLoginMutation, CompleteLoginMutationVariables>;
export const StartPasskeyLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeyLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWebAuthnLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionsJson"}}]}}]}}]} as unknown as DocumentNode<StartPasskeyLoginMutation, StartPasskeyLoginMutationVariables>;
export const CompletePasskeyLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePasskeyLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CompletePasskeyLoginMutation, CompletePasskeyLoginMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"smsSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"rememberBrowserDays"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaSetupRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SendLoginPasscodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendLoginPasscode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLoginPasscodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLoginPasscode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SendLoginPasscodeMutation, SendLoginPasscodeMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SmsOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmsOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SmsOutboxQuery, SmsOutboxQueryVariables>;
export const ResendPhoneVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPhoneVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPhoneVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResendPhoneVerificationMutation, ResendPhoneVerificationMutationVariables>;
export const VerifyDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyDeviceMutation, VerifyDeviceMutationVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;