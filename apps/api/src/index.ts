/**
 * What other workspaces may import from @mfa/api. The server and the migrate command are started as
 * processes through the "./main" and "./migrate" exports of package.json.
 */

/** @public The benchmark times the API's own password hashing and checking. */
export { hashPassword, verifyPassword } from "./modules/users/password.js";
