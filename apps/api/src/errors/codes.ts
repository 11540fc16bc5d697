/** Every error the API answers carries one of these in `extensions.code`. Clients branch on them. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  /** A domain that still has mailboxes (or sub-domains) cannot be deleted: `extensions.mailboxes`, `extensions.subDomains`. */
  DOMAIN_NOT_EMPTY: "DOMAIN_NOT_EMPTY",
  /** `signOutSession` named the session making the request: end it with `logout`. */
  CURRENT_SESSION: "CURRENT_SESSION",
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  INVALID_PASSCODE: "INVALID_PASSCODE",
  LOGIN_EXPIRED: "LOGIN_EXPIRED",
  ACCOUNT_LOCKED: "ACCOUNT_LOCKED",
  RATE_LIMITED: "RATE_LIMITED",
  MFA_SETUP_REQUIRED: "MFA_SETUP_REQUIRED",
  RECENT_AUTH_REQUIRED: "RECENT_AUTH_REQUIRED",
  /** "Remind me later" is not open to this user now: past the deadline, no deadline, a device set up, or already put off today. */
  MFA_SETUP_NOT_DEFERRABLE: "MFA_SETUP_NOT_DEFERRABLE",
  /** The caller has a second factor but this session did not pass it (admin actions). */
  MFA_REQUIRED: "MFA_REQUIRED",
  /** Step-up of a user with a second factor needs a code from it (or a recovery code), not only the password. */
  PASSCODE_REQUIRED: "PASSCODE_REQUIRED",
  /** A text would go over a budget (user, domain, account, destination, or the global breaker): nothing was sent. */
  SMS_BUDGET_EXCEEDED: "SMS_BUDGET_EXCEEDED",
  /** The number's country is not on the account's list of countries texts may go to: nothing was sent. */
  SMS_COUNTRY_NOT_ALLOWED: "SMS_COUNTRY_NOT_ALLOWED",
  SMS_DELIVERY_FAILED: "SMS_DELIVERY_FAILED",
  /** App passwords are not for this user: their domain forbids them, or MFA is not on for them (the mailbox password still works). */
  APP_PASSWORDS_NOT_ALLOWED: "APP_PASSWORDS_NOT_ALLOWED",
  /** The user already has the most app passwords allowed (10): revoke one first. */
  APP_PASSWORD_LIMIT: "APP_PASSWORD_LIMIT",
  /** The mail-server check endpoint got no or a wrong `X-Mail-Auth-Key`. */
  MAIL_AUTH_KEY_INVALID: "MAIL_AUTH_KEY_INVALID",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The change kept colliding with others writing the same rows at the same moment: nothing was done. */
  WRITE_CONFLICT: "WRITE_CONFLICT",
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  OPERATION_RESOLUTION_FAILURE: "OPERATION_RESOLUTION_FAILURE",
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodes: ReadonlySet<string> = new Set(Object.values(ErrorCode));
