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
  /** What the user signs in with: admin logins as created, mailboxes as local@domain. */
  username: Scalars['String']['output'];
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

/** What an audit event records. */
export type AuditAction =
  | 'ACCESS_DENIED'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_UNLOCKED'
  | 'ADMIN_POLICY_CHANGED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REJECTED'
  | 'API_KEY_REVOKED'
  | 'API_KEY_USED'
  | 'BYPASS_CODES_ISSUED'
  | 'BYPASS_CODES_REVOKED'
  | 'BYPASS_CODE_USED'
  | 'DEVICES_REMOVED_ALL'
  | 'DEVICE_BACKUP_SET'
  | 'DEVICE_DEFAULT_SET'
  | 'DEVICE_ENROLLMENT_STARTED'
  | 'DEVICE_REMOVED'
  | 'DEVICE_VERIFICATION_FAILED'
  | 'DEVICE_VERIFICATION_SENT'
  | 'DEVICE_VERIFIED'
  | 'DOMAIN_CREATED'
  | 'DOMAIN_DELETED'
  | 'DOMAIN_POLICY_CHANGED'
  | 'LOGIN_MFA_CHALLENGED'
  | 'LOGIN_MFA_SETUP_REQUIRED'
  | 'LOGIN_PASSCODE_FAILED'
  | 'LOGIN_PASSCODE_SENT'
  | 'LOGIN_PASSWORD_FAILED'
  | 'LOGIN_REFUSED_LOCKED'
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_THROTTLED'
  | 'LOGOUT'
  | 'MAILBOX_CREATED'
  | 'MAILBOX_DELETED'
  | 'MFA_DISABLED'
  | 'MFA_ENABLED'
  | 'MFA_OVERRIDE_SET'
  | 'MFA_RESET'
  | 'REAUTHENTICATED'
  | 'REAUTHENTICATION_FAILED'
  | 'RECOVERY_CODES_GENERATED'
  | 'RECOVERY_CODE_USED'
  | 'SESSIONS_REVOKED'
  | 'SMS_REFUSED'
  | 'SMS_SETTINGS_CHANGED'
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
  totalCount: Scalars['Int']['output'];
};

export type AuditEventFilter = {
  action?: InputMaybe<AuditAction>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Events by or about this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
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
  /** A code from the authenticator app, the code texted to the phone, or a recovery code. */
  passcode: Scalars['String']['input'];
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
  /** When a code from it last passed. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** e.g. +1 *** *** 1000 */
  maskedPhone?: Maybe<Scalars['String']['output']>;
  /** The nickname the user gave it. */
  name: Scalars['String']['output'];
  /** Whether the user proved possession of it (only verified devices sign in). */
  verified: Scalars['Boolean']['output'];
};

/** TOTP: an authenticator app. SMS: a phone. */
export type DeviceKind =
  | 'SMS'
  | 'TOTP';

export type DevicePayload = {
  __typename?: 'DevicePayload';
  device: Device;
};

/** A mail domain of the account, with its MFA policy and coverage. */
export type Domain = {
  __typename?: 'Domain';
  /** The domains directly below this one (filled in by the domains tree). */
  children: Array<Domain>;
  coverage: DomainCoverage;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The domain name, e.g. example.com. */
  name: Scalars['String']['output'];
  /** The parent domain; null for a root domain. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Never inherited from the parent domain. */
  policy: PolicyLevel;
};

/** How many mailboxes of the domain have MFA set up. */
export type DomainCoverage = {
  __typename?: 'DomainCoverage';
  /** Of those, how many have a verified device. */
  enrolled: Scalars['Int']['output'];
  /** Of those, how many are locked after too many wrong codes. */
  locked: Scalars['Int']['output'];
  /** Mailboxes of the domain (not of its children). */
  mailboxes: Scalars['Int']['output'];
};

export type DomainPayload = {
  __typename?: 'DomainPayload';
  domain: Domain;
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
  /** How many users. */
  count: Scalars['Int']['output'];
  /** The first usernames, alphabetically. */
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
  /** How the user authenticated: PASSWORD, OTPPASSCODE, PASSCODE, RECOVERY_CODE, BYPASS_CODE. */
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
  /** The page, by address. */
  nodes: Array<Mailbox>;
  pageInfo: PageInfo;
  /** Mailboxes matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type MailboxFilter = {
  mfaStatus?: InputMaybe<MfaStatus>;
  /** Part of the address or the name. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  /** Masked number a sign-in code was just texted to (default factor is a phone). */
  smsSentTo?: Maybe<Scalars['String']['output']>;
};

/** MFA is required and nothing is set up: the session may only enrol a device. */
export type MfaSetupRequired = {
  __typename?: 'MfaSetupRequired';
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
  /** Step two: a TOTP code, the texted code, or a recovery code. */
  completeLogin: LoginSuccess;
  /** Creates an API key (needs a recent step-up). The key acts as the account's admin within its scope and domains until it expires (default 90 days, at most 365) or is revoked; the secret is in this answer only. */
  createApiKey: CreateApiKeyPayload;
  /** Adds a domain to the admin's account, at the root or below another; it starts with policy OFF. */
  createDomain: DomainPayload;
  /** Creates a mailbox (local@domain) with an initial password. */
  createMailbox: AdminUserPayload;
  /** Registers an endpoint for some events; its signing secret is returned this once. */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Deletes an empty domain (no mailboxes, no sub-domains); otherwise DOMAIN_NOT_EMPTY with the counts. */
  deleteDomain: DeleteDomainPayload;
  /** Deletes a mailbox with its devices, codes and sessions. */
  deleteMailbox: DeleteMailboxPayload;
  /** Deletes an endpoint and its delivery log; pending deliveries are not sent. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Starts an authenticator app: returns the secret, the otpauth URI and a QR code, once. Verify it with verifyDevice. */
  enrollTotp: EnrollTotpPayload;
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
  /** Removes one of your devices; another verified one becomes the default. */
  removeDevice: SecurityPayload;
  /** Texts a new verification code to a pending phone. */
  resendPhoneVerification: DevicePayload;
  /** Removes the user's devices and recovery codes, unlocks and signs them out: they set up MFA again. */
  resetUserMfa: AdminUserPayload;
  /** Revokes an API key at once, with every token issued for it; audited. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Revokes every bypass code of a user. */
  revokeBypassCodes: AdminUserPayload;
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
  /** Makes a verified phone the backup number. */
  setBackupPhone: DevicePayload;
  /** Makes a verified device the one the sign-in asks for first. */
  setDefaultDevice: DevicePayload;
  /** Force-On (REQUIRED), Optional or Off for a domain, optionally its whole subtree. */
  setDomainMfaPolicy: SetDomainMfaPolicyPayload;
  /** Turns MFA on or off for yourself, where the policy allows it. */
  setMfaEnabled: SecurityPayload;
  /** Sets the account's allowed countries and SMS budgets (within the service's maxima), audited. Adding a country or raising a budget (a weakening change) needs a recent step-up. */
  setSmsSettings: SmsSettingsPayload;
  /** DEFAULT follows the domain (or account) policy; OPTIONAL or REQUIRED override it for this user. */
  setUserMfaOverride: AdminUserPayload;
  /** Unlocks a user locked after too many wrong codes; their devices stay. */
  unlockUser: AdminUserPayload;
  /** Enables or disables an endpoint, or changes its events or description. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /** Proves possession of a pending device with a code from it. */
  verifyDevice: VerifyDevicePayload;
};


export type MutationAddPhoneArgs = {
  input: AddPhoneInput;
};


export type MutationCompleteLoginArgs = {
  input: CompleteLoginInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
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


export type MutationEnrollTotpArgs = {
  input: EnrollTotpInput;
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


export type MutationResendPhoneVerificationArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationResetUserMfaArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeBypassCodesArgs = {
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
  policy: PolicyLevel;
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


export type MutationSetSmsSettingsArgs = {
  input: SetSmsSettingsInput;
};


export type MutationSetUserMfaOverrideArgs = {
  level: UserOverride;
  userId: Scalars['ID']['input'];
};


export type MutationUnlockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
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
  /** Signed in without MFA: their sessions end at once. */
  loggedOut: ImpactGroup;
  /** No verified device: they must enrol at their next sign-in. */
  mustEnrol: ImpactGroup;
};

/** MFA requirement: OFF (shown as Off/Disabled), OPTIONAL, REQUIRED (shown as Force-On). */
export type PolicyLevel =
  /** The password alone signs in; users cannot set up MFA. */
  | 'OFF'
  /** A code is asked of users who turned MFA on and have a verified device. */
  | 'OPTIONAL'
  /** A code is asked of everyone; users with no device must set one up at their next sign-in. */
  | 'REQUIRED';

export type Query = {
  __typename?: 'Query';
  /** The admin's account. */
  account: Account;
  /** The account's API keys, newest first, revoked and expired ones included. */
  apiKeys: Array<ApiKey>;
  /** The account's audit log, newest first. */
  auditEvents: AuditEventConnection;
  /** One domain of the admin's account, with its children. */
  domain: Domain;
  /** The account's domains as a tree (roots; each with its children), with policy and coverage. */
  domains: Array<Domain>;
  /** Liveness of the API and its database; needs no session. */
  health: Health;
  /** A domain's mailboxes with their MFA status; filter, search and page (at most 100). */
  mailboxes: MailboxConnection;
  /** The signed-in user and their MFA state. */
  me: Viewer;
  /** Who would be signed out or forced to enrol if the policy were saved. */
  policyImpact: PolicyImpact;
  /** Texts kept by the outbox sender (development only): an account admin reads the account's texts, as a phone would. Never readable during sign-in. */
  smsOutbox: Array<SmsMessage>;
  /** The admin's account: allowed countries, SMS budgets, and each domain's texts this hour and today. */
  smsSettings: SmsSettings;
  /** A user of the admin's account (a mailbox or an admin), as their admin sees them. */
  user: AdminUserView;
  /** An endpoint's deliveries, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The account's webhook endpoints, oldest first. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryDomainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMailboxesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  domainId: Scalars['ID']['input'];
  filter?: InputMaybe<MailboxFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPolicyImpactArgs = {
  domainId: Scalars['ID']['input'];
  includeChildren?: Scalars['Boolean']['input'];
  policy: PolicyLevel;
};


export type QuerySmsOutboxArgs = {
  challengeId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A step-up: a code from a verified device or a recovery code when the user has a device; the password otherwise. */
export type ReauthenticateInput = {
  /** The step-up that sendReauthenticationPasscode opened (for a texted code). */
  challengeId?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** A code from the authenticator app, the code texted for challengeId, or a recovery code. */
  passcode?: InputMaybe<Scalars['String']['input']>;
  /** The password (users without a second factor). */
  password?: InputMaybe<Scalars['String']['input']>;
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

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: ApiKey;
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
  /** Whether the user may switch MFA on or off. */
  canChangeMfaEnabled: Scalars['Boolean']['output'];
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

export type SetDomainMfaPolicyInput = {
  domainId: Scalars['ID']['input'];
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

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, name: string, adminMfaPolicy: PolicyLevel }, me: { __typename?: 'Viewer', id: string, mfaPassed: boolean, security: { __typename?: 'Security', devices: Array<{ __typename?: 'Device', id: string, verified: boolean }> } } };

export type SetAccountAdminMfaPolicyMutationVariables = Exact<{
  policy: PolicyLevel;
}>;


export type SetAccountAdminMfaPolicyMutation = { __typename?: 'Mutation', setAccountAdminMfaPolicy: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, name: string, adminMfaPolicy: PolicyLevel } } };

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

export type ApiKeyDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyDomainsQuery = { __typename?: 'Query', domains: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string, children: Array<{ __typename?: 'Domain', id: string, name: string }> }> }> }> }> };

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
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, outcome: string, createdAt: string, actorId?: string | null, actorUsername?: string | null, actorApiKeyName?: string | null, targetUserId?: string | null, targetUsername?: string | null, detail?: string | null, ip?: string | null }> } };

export type CreateDomainMutationVariables = Exact<{
  input: CreateDomainInput;
}>;


export type CreateDomainMutation = { __typename?: 'Mutation', createDomain: { __typename?: 'DomainPayload', domain: { __typename?: 'Domain', id: string, name: string, policy: PolicyLevel } } };

export type DeleteDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDomainMutation = { __typename?: 'Mutation', deleteDomain: { __typename?: 'DeleteDomainPayload', deletedDomainId: string } };

export type DomainItem_DomainFragment = { __typename?: 'Domain', id: string, name: string, parentId?: string | null, policy: PolicyLevel, coverage: { __typename?: 'DomainCoverage', mailboxes: number, enrolled: number, locked: number } } & { ' $fragmentName'?: 'DomainItem_DomainFragment' };

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
}>;


export type PolicyImpactQuery = { __typename?: 'Query', policyImpact: { __typename?: 'PolicyImpact', affected: number, loggedOut: { __typename?: 'ImpactGroup', count: number, sample: Array<string> }, mustEnrol: { __typename?: 'ImpactGroup', count: number, sample: Array<string> } } };

export type SetDomainMfaPolicyMutationVariables = Exact<{
  input: SetDomainMfaPolicyInput;
}>;


export type SetDomainMfaPolicyMutation = { __typename?: 'Mutation', setDomainMfaPolicy: { __typename?: 'SetDomainMfaPolicyPayload', revokedSessions: number, domains: Array<{ __typename?: 'Domain', id: string, policy: PolicyLevel }> } };

export type CreateMailboxMutationVariables = Exact<{
  input: CreateMailboxInput;
}>;


export type CreateMailboxMutation = { __typename?: 'Mutation', createMailbox: { __typename?: 'AdminUserPayload', user: { __typename?: 'AdminUserView', id: string, username: string } } };

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
  domainId: Scalars['ID']['input'];
  filter?: InputMaybe<MailboxFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MailboxesQuery = { __typename?: 'Query', mailboxes: { __typename?: 'MailboxConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mailbox', id: string, username: string, displayName: string, mfaStatus: MfaStatus, devices: number, mfaOverride: UserOverride, lockedAt?: string | null }> } };

export type MailboxDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type MailboxDomainsQuery = { __typename?: 'Query', domains: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel, children: Array<{ __typename?: 'Domain', id: string, name: string, policy: PolicyLevel }> }> }> }> }> };

export type SetUserMfaOverrideMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  level: UserOverride;
}>;


export type SetUserMfaOverrideMutation = { __typename?: 'Mutation', setUserMfaOverride: { __typename?: 'AdminUserPayload', user: (
      { __typename?: 'AdminUserView', id: string }
      & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
    ) } };

export type UserPage_UserFragment = { __typename?: 'AdminUserView', id: string, username: string, displayName: string, kind: UserKind, domainId?: string | null, effectivePolicy: PolicyLevel, lockedAt?: string | null, mfaEnabled: boolean, mfaOverride: UserOverride, mfaStatus: MfaStatus, recoveryCodesLeft: number, bypassCodes: { __typename?: 'BypassCodes', count: number, expiresAt?: string | null }, devices: Array<{ __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean, isDefault: boolean, isBackup: boolean, lastUsedAt?: string | null, createdAt: string }> } & { ' $fragmentName'?: 'UserPage_UserFragment' };

export type UserPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserPageQuery = { __typename?: 'Query', user: (
    { __typename?: 'AdminUserView', id: string }
    & { ' $fragmentRefs'?: { 'UserPage_UserFragment': UserPage_UserFragment } }
  ) };

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

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { __typename?: 'Query', health: { __typename?: 'Health', status: string, database: string } };

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

export type DeviceList_DeviceFragment = { __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean, isDefault: boolean, isBackup: boolean, lastUsedAt?: string | null, createdAt: string } & { ' $fragmentName'?: 'DeviceList_DeviceFragment' };

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


export type SetDefaultDeviceMutation = { __typename?: 'Mutation', setDefaultDevice: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string, isDefault: boolean } } };

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

export type SecurityPage_SecurityFragment = { __typename?: 'Security', policy: PolicyLevel, policyExplanation: string, mfaEnabled: boolean, canChangeMfaEnabled: boolean, canEnroll: boolean, recoveryCodesLeft: number, locked: boolean, devices: Array<(
    { __typename?: 'Device', id: string, verified: boolean }
    & { ' $fragmentRefs'?: { 'DeviceList_DeviceFragment': DeviceList_DeviceFragment } }
  )> } & { ' $fragmentName'?: 'SecurityPage_SecurityFragment' };

export type SecurityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityPageQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, security: (
      { __typename?: 'Security' }
      & { ' $fragmentRefs'?: { 'SecurityPage_SecurityFragment': SecurityPage_SecurityFragment } }
    ) } };

export type AddPhoneMutationVariables = Exact<{
  input: AddPhoneInput;
}>;


export type AddPhoneMutation = { __typename?: 'Mutation', addPhone: { __typename?: 'DevicePayload', device: { __typename?: 'Device', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, verified: boolean } } };

export type EnrollTotpMutationVariables = Exact<{
  input: EnrollTotpInput;
}>;


export type EnrollTotpMutation = { __typename?: 'Mutation', enrollTotp: { __typename?: 'EnrollTotpPayload', secret: string, qrCodeDataUrl: string, device: { __typename?: 'Device', id: string, kind: DeviceKind, name: string, verified: boolean } } };

export type CompleteLoginMutationVariables = Exact<{
  input: CompleteLoginInput;
}>;


export type CompleteLoginMutation = { __typename?: 'Mutation', completeLogin: { __typename?: 'LoginSuccess', user: { __typename?: 'User', id: string, username: string, displayName: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login:
    | { __typename: 'LoginSuccess', user: { __typename?: 'User', id: string, username: string, displayName: string } }
    | { __typename: 'MfaChallenge', challengeId: string, smsSentTo?: string | null, factors: Array<{ __typename?: 'ChallengeFactor', id: string, kind: DeviceKind, name: string, maskedPhone?: string | null, isDefault: boolean, isBackup: boolean }> }
    | { __typename: 'MfaSetupRequired', user: { __typename?: 'User', id: string, username: string, displayName: string } }
   };

export type SendLoginPasscodeMutationVariables = Exact<{
  input: SendLoginPasscodeInput;
}>;


export type SendLoginPasscodeMutation = { __typename?: 'Mutation', sendLoginPasscode: { __typename?: 'SendLoginPasscodePayload', sentTo: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type OutboxPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type OutboxPageQuery = { __typename?: 'Query', smsOutbox: Array<{ __typename?: 'SmsMessage', id: string, to: string, body: string, createdAt: string }> };

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
export const DomainItem_DomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainItem_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]} as unknown as DocumentNode<DomainItem_DomainFragment, unknown>;
export const UserPage_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UserPage_UserFragment, unknown>;
export const WebhookEndpoint_EndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpoint_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<WebhookEndpoint_EndpointFragment, unknown>;
export const DeviceList_DeviceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DeviceList_DeviceFragment, unknown>;
export const SecurityPage_SecurityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SecurityPage_SecurityFragment, unknown>;
export const OutboxAvailableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutboxAvailableQuery, OutboxAvailableQueryVariables>;
export const AccountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminMfaPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfaPassed"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const SetAccountAdminMfaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountAdminMfaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountAdminMfaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminMfaPolicy"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountAdminMfaPolicyMutation, SetAccountAdminMfaPolicyMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeyDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyDomainsQuery, ApiKeyDomainsQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorApiKeyName"}},{"kind":"Field","name":{"kind":"Name","value":"targetUserId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUsername"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const CreateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDomainMutation, CreateDomainMutationVariables>;
export const DeleteDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedDomainId"}}]}}]}}]} as unknown as DocumentNode<DeleteDomainMutation, DeleteDomainMutationVariables>;
export const DomainsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainItem_domain"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainItem_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]} as unknown as DocumentNode<DomainsPageQuery, DomainsPageQueryVariables>;
export const PolicyImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeChildren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"policy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policy"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeChildren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeChildren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyImpactQuery, PolicyImpactQueryVariables>;
export const SetDomainMfaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDomainMfaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDomainMfaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDomainMfaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}}]}}]}}]} as unknown as DocumentNode<SetDomainMfaPolicyMutation, SetDomainMfaPolicyMutationVariables>;
export const CreateMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMailboxMutation, CreateMailboxMutationVariables>;
export const IssueBypassCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBypassCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueBypassCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBypassCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<IssueBypassCodesMutation, IssueBypassCodesMutationVariables>;
export const RevokeBypassCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeBypassCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeBypassCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RevokeBypassCodesMutation, RevokeBypassCodesMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const ResetUserMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ResetUserMfaMutation, ResetUserMfaMutationVariables>;
export const DeleteMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}}]}}]}}]} as unknown as DocumentNode<DeleteMailboxMutation, DeleteMailboxMutationVariables>;
export const MailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailboxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MailboxesQuery, MailboxesQueryVariables>;
export const MailboxDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailboxDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailboxDomainsQuery, MailboxDomainsQueryVariables>;
export const SetUserMfaOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserMfaOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOverride"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserMfaOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SetUserMfaOverrideMutation, SetUserMfaOverrideMutationVariables>;
export const UserPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserPage_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUserView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaOverride"}},{"kind":"Field","name":{"kind":"Name","value":"mfaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"bypassCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UserPageQuery, UserPageQueryVariables>;
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
export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const ReauthFactorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReauthFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReauthFactorsQuery, ReauthFactorsQueryVariables>;
export const ReauthenticateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reauthenticate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReauthenticateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const SendReauthenticationPasscodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReauthenticationPasscode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReauthenticationPasscode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SendReauthenticationPasscodeMutation, SendReauthenticationPasscodeMutationVariables>;
export const GenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GenerateRecoveryCodesMutation, GenerateRecoveryCodesMutationVariables>;
export const RemoveDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<RemoveDeviceMutation, RemoveDeviceMutationVariables>;
export const SetDefaultDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<SetDefaultDeviceMutation, SetDefaultDeviceMutationVariables>;
export const SetBackupPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBackupPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBackupPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}}]}}]}}]}}]} as unknown as DocumentNode<SetBackupPhoneMutation, SetBackupPhoneMutationVariables>;
export const SetMfaEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMfaEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMfaEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<SetMfaEnabledMutation, SetMfaEnabledMutationVariables>;
export const RemoveAllDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAllDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAllDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<RemoveAllDevicesMutation, RemoveAllDevicesMutationVariables>;
export const SecurityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityPage_security"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceList_device"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityPage_security"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Security"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"policyExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeMfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"canEnroll"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceList_device"}}]}}]}}]} as unknown as DocumentNode<SecurityPageQuery, SecurityPageQueryVariables>;
export const AddPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]} as unknown as DocumentNode<AddPhoneMutation, AddPhoneMutationVariables>;
export const EnrollTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollTotpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<EnrollTotpMutation, EnrollTotpMutationVariables>;
export const CompleteLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteLoginMutation, CompleteLoginMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"smsSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isBackup"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaSetupRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SendLoginPasscodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendLoginPasscode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLoginPasscodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLoginPasscode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SendLoginPasscodeMutation, SendLoginPasscodeMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OutboxPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OutboxPageQuery, OutboxPageQueryVariables>;
export const ResendPhoneVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPhoneVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPhoneVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResendPhoneVerificationMutation, ResendPhoneVerificationMutationVariables>;
export const VerifyDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyDeviceMutation, VerifyDeviceMutationVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;