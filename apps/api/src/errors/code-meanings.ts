import type { ErrorCode } from "./codes.js";

/**
 * What each code tells a client, and the extension fields that come with it. The error-code table of the docs
 * (docs/reference/error-codes.md) is generated from this record: a new code needs its meaning here, or the API
 * does not compile.
 */
export const ERROR_CODE_MEANINGS: Readonly<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: "An argument is not valid. `extensions.fields` lists each invalid input field with its messages; `extensions.field` names the one argument at fault.",
  BAD_REQUEST: "The HTTP request itself cannot be used: a body that is not JSON or too large, a query sent by GET for a mutation, or no CSRF-prevention header (send `Content-Type: application/json` or `apollo-require-preflight: true`).",
  UNAUTHENTICATED: "No live session came with the request: sign in (`login`, then `completeLogin`) and send `Authorization: Bearer <token>`. `extensions.reason` is `POLICY_REQUIRED` when the session was ended because the policy now requires MFA.",
  FORBIDDEN: "Signed in, but not allowed: an admin operation asked by a user who is not an account admin, or a change the policy forbids (turning MFA off under Force-On, setting up a device under Off).",
  NOT_FOUND: "The id names no domain, user or device the caller may see; an id of another account answers the same. `extensions.field` names the argument.",
  DOMAIN_NOT_EMPTY: "A domain that still has mailboxes or sub-domains cannot be deleted: `extensions.mailboxes` and `extensions.subDomains` say how many; remove them first.",
  CONFLICT: "The current state does not allow it: a domain or login that already exists, a device already verified (or not yet), ten devices already, or a step that needs a device first.",
  INVALID_CREDENTIALS: "The username or password is not correct; an unknown username answers the same.",
  INVALID_PASSCODE: "The code is wrong, already used, expired, or belongs to another sign-in: all four answer the same. Counts toward the lockout.",
  LOGIN_EXPIRED: "The `challengeId` expired (after 10 minutes) or its sign-in was already completed: start again with `login`.",
  ACCOUNT_LOCKED: "Too many wrong codes in a row locked the user: nothing is checked until an admin unlocks the user or resets their MFA.",
  RATE_LIMITED: "Too many attempts, or a code asked for too soon after the last one. `extensions.retryAfterSeconds` says when to try again (the REST door sends it as `Retry-After`).",
  MFA_SETUP_REQUIRED: "The session is setup-only (MFA is required and the user has no device): only setting up a device works until one is verified.",
  RECENT_AUTH_REQUIRED: "A sensitive change needs a proof from the last 10 minutes: call `reauthenticate`, then send the change again. `extensions.reason` is `EVERY_TIME` for changes that ask each time (turning MFA off, removing every device).",
  MFA_REQUIRED: "An account admin who has a second factor must have passed it in this session to manage the account: sign in again with a code.",
  PASSCODE_REQUIRED: "Step-up of a user who has a second factor needs a code from it (or a recovery code), not the password. `extensions.field` is `passcode`.",
  SMS_BUDGET_EXCEEDED: "Nothing was sent: the text would go over a budget. `extensions.scope` (`USER`, `DESTINATION`, `DOMAIN`, `ACCOUNT`, `GLOBAL`), `extensions.period` (`HOUR`, `DAY`) and `extensions.retryAfterSeconds` (the window's end).",
  SMS_COUNTRY_NOT_ALLOWED: "Nothing was sent: the number's country (read from its digits) is not on the account's list of countries texts may go to.",
  SMS_DELIVERY_FAILED: "The SMS provider did not take the text. `extensions.retryable` says whether trying again may help; another method may work meanwhile.",
  SERVICE_UNAVAILABLE: "The database does not answer: try again in a moment.",
  GRAPHQL_PARSE_FAILED: "The document is not GraphQL, or has more tokens than the limit.",
  GRAPHQL_VALIDATION_FAILED: "The document does not fit the schema, or goes past a limit (depth, aliases, cost, directives, more than one sign-in mutation); in production, an introspection query.",
  OPERATION_RESOLUTION_FAILURE: "`operationName` names no operation of the document, or the document has several operations and none was named.",
  PERSISTED_QUERY_NOT_SUPPORTED: "Automatic persisted queries are off: send the whole document.",
  INTERNAL_SERVER_ERROR: "Something unexpected failed. The server logged it; the answer carries no details.",
};
