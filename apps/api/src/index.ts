/**
 * What other workspaces may import from @mfa/api. The server and the migrate command are started as
 * processes through the "./main" and "./migrate" exports of package.json.
 */

/** @public The benchmark times the API's own password hashing and checking. */
export { hashPassword, verifyPassword } from "./modules/users/password.js";

// The docs generate their error-code table from the registry, its meanings and the REST door's statuses.
/** @public The error codes, for the docs' table. */
export { ErrorCode } from "./errors/codes.js";
/** @public What each code tells a client, for the docs' table. */
export { ERROR_CODE_MEANINGS } from "./errors/code-meanings.js";
/** @public The email delivery codes and what each says, for the docs' second table. */
export { MailErrorCode } from "./errors/mail-delivery-error.js";
/** @public What each email delivery code says, for the docs' second table. */
export { MAIL_ERROR_CODE_MEANINGS } from "./errors/code-meanings.js";
/** @public The REST door's status of each code, for the docs' table. */
export { STATUS_OF as IDENTITY_STATUS_OF } from "./http/identity/faults.js";
