import type { ErrorCode } from "./codes.js";
import type { MailErrorCode } from "./mail-delivery-error.js";

/**
 * What each code tells a client, and the extension fields that come with it. The error-code table of the docs
 * (docs/reference/error-codes.md) is generated from this record: a new code needs its meaning here, or the API
 * does not compile.
 */
export const ERROR_CODE_MEANINGS: Readonly<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: "An argument is not valid. `extensions.fields` lists each invalid input field with its messages; `extensions.field` names the one argument at fault.",
  BAD_REQUEST: "The HTTP request itself cannot be used: a body that is not JSON or too large, a query sent by GET for a mutation, or no CSRF-prevention header (send `Content-Type: application/json` or `apollo-require-preflight: true`).",
  UNAUTHENTICATED: "No live session came with the request: sign in (`login`, then `completeLogin`) and send `Authorization: Bearer <token>`. When the token once worked, `extensions.reason` says why it stopped: `SIGNED_OUT` (signed out), `SIGNED_OUT_ELSEWHERE` (ended from another of the user's sessions), `SIGNED_OUT_BY_ADMIN` (an admin signed the user out everywhere), `POLICY_REQUIRED` (the policy now requires MFA), `PASSKEY_REQUIRED` (the policy now requires a passkey or security key and the session was signed in without one), `MFA_RESET` (an admin reset the user's MFA), `MFA_ENABLED` (MFA was turned on in another session), `IDLE` (30 minutes without a request), `EXPIRED` (12 hours after sign-in, or at the Force-On deadline for a session that put the setup off). A token no session ever had gets no reason.",
  FORBIDDEN: "Signed in, but not allowed: an admin operation asked by a user who is not an account admin, or a change the policy forbids (turning MFA off under Force-On, setting up a device under Off).",
  NOT_FOUND: "The id names no domain, user or device the caller may see; an id of another account answers the same. `extensions.field` names the argument. Also the answer when what a change refers to was deleted by another request at the same moment (nothing of the change is saved).",
  DOMAIN_NOT_EMPTY: "A domain that still has mailboxes or sub-domains cannot be deleted: `extensions.mailboxes` and `extensions.subDomains` say how many; remove them first.",
  CONFLICT: "The current state does not allow it: a domain or login that already exists, a device already verified (or not yet), ten devices already, or a step that needs a device first.",
  CURRENT_SESSION: "`signOutSession` named the session the request came with: end that one with `logout` (`signOutOtherSessions` ends all the others).",
  INVALID_CREDENTIALS: "The username or password is not correct; an unknown username answers the same.",
  INVALID_PASSCODE: "The code is wrong, already used, expired, or belongs to another sign-in: all four answer the same. Counts toward the lockout: at a sign-in's second step and at step-up, `extensions.attemptsLeft` says how many more wrong codes the user may enter before the account locks (it comes only once the password is proven; a code refused while setting up a device has none).",
  LOGIN_EXPIRED: "The `challengeId` expired (after 10 minutes) or its sign-in was already completed: start again with `login`.",
  ACCOUNT_LOCKED: "Too many wrong codes in a row locked the user: nothing is checked until an admin unlocks the user or resets their MFA.",
  RATE_LIMITED: "Too many attempts, or a code asked for too soon after the last one. `extensions.retryAfterSeconds` says when to try again (the REST door sends it as `Retry-After`).",
  MFA_SETUP_REQUIRED: "The session is setup-only (MFA is required and the user has no device): only setting up a device works until one is verified.",
  MFA_SETUP_NOT_DEFERRABLE: "`deferMfaSetup` refused: the Force-On has no deadline or it has passed, the user has a verified device, or they already put the setup off in the last 24 hours (`extensions.reason`: `NOT_BEFORE_DEADLINE`, `HAS_DEVICE`, `ALREADY_DEFERRED`). Set up a device to continue.",
  RECENT_AUTH_REQUIRED: "A sensitive change needs a proof from the last 10 minutes: call `reauthenticate`, then send the change again. `extensions.reason` is `EVERY_TIME` for changes that ask each time (turning MFA off, removing every device).",
  MFA_REQUIRED: "An account admin who has a second factor must have passed it in this session to manage the account: sign in again with a code.",
  PASSCODE_REQUIRED: "Step-up of a user who has a second factor needs a code from it (or a recovery code), not the password. `extensions.field` is `passcode`.",
  SMS_BUDGET_EXCEEDED: "Nothing was sent: the text would go over a budget. `extensions.scope` (`USER`, `DESTINATION`, `DOMAIN`, `ACCOUNT`, `GLOBAL`), `extensions.period` (`HOUR`, `DAY`) and `extensions.retryAfterSeconds` (the window's end).",
  SMS_COUNTRY_NOT_ALLOWED: "Nothing was sent: the number's country (read from its digits) is not on the account's list of countries texts may go to.",
  SMS_DELIVERY_FAILED: "The SMS provider did not take the text. `extensions.retryable` says whether trying again may help; another method may work meanwhile.",
  APP_PASSWORDS_NOT_ALLOWED: "App passwords are not for this user: their domain forbids them (`extensions.reason` `DOMAIN_FORBIDS`), or MFA is not on for them (`MFA_OFF`), in which case mail clients use the mailbox password.",
  APP_PASSWORD_LIMIT: "The user already has 10 app passwords: revoke one first.",
  MAIL_AUTH_KEY_INVALID: "`POST /mail-auth/v1/check` came without the mail servers' key in `X-Mail-Auth-Key`, or with a wrong one (HTTP 401).",
  SERVICE_UNAVAILABLE: "The database does not answer: try again in a moment.",
  WRITE_CONFLICT:
    "The change collided with others writing the same data at the same moment (on a database cluster, a commit on another node) and was tried again a few times without success. Nothing was done, no code was spent and no attempt counted: send it again.",
  GRAPHQL_PARSE_FAILED: "The document is not GraphQL, or has more tokens than the limit.",
  GRAPHQL_VALIDATION_FAILED: "The document does not fit the schema, or goes past a limit (depth, aliases, cost, directives, more than one sign-in mutation); in production, an introspection query.",
  OPERATION_RESOLUTION_FAILURE: "`operationName` names no operation of the document, or the document has several operations and none was named.",
  PERSISTED_QUERY_NOT_SUPPORTED: "Automatic persisted queries are off: send the whole document.",
  INTERNAL_SERVER_ERROR: "Something unexpected failed. The server logged it; the answer carries no details.",
};

/**
 * What each email delivery code says (the `errorCode` of an email that did not leave). The docs' error-code table
 * lists them after the API's codes: they are outcomes of a send, never an API error.
 */
export const MAIL_ERROR_CODE_MEANINGS: Readonly<Record<MailErrorCode, string>> = {
  MAIL_INVALID_RECIPIENT: "The address is not one an email can go to: nothing was attempted.",
  MAIL_UNREACHABLE: "The SMTP server of `SMTP_URL` could not be reached (connection refused, unknown host, TLS failed). Sending again later may work.",
  MAIL_TIMEOUT: "The SMTP server did not answer within `SMTP_TIMEOUT_MS` (connecting, greeting, or a later step). Sending again later may work.",
  MAIL_AUTH_FAILED: "The SMTP server refused the user name and password of `SMTP_URL`: fix the configuration.",
  MAIL_REJECTED: "The SMTP server refused the message for good (a 5xx answer: an unknown mailbox, a policy). Sending it again will not help.",
  MAIL_DEFERRED: "The SMTP server refused the message for now (a 4xx answer: greylisting, a full mailbox, rate limits). Sending again later may work.",
  MAIL_FAILED: "The email could not be handed over for another reason (a protocol error); the service's log has the details.",
};
