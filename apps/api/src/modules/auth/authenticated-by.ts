import type { AuthMethod } from "#src/modules/sessions/sessions.service.js";

/**
 * The factors of a sign-in as both doors report them: the second factor first, then the password
 * (Identity's order, `["OTPPASSCODE","PASSWORD"]`); a password-only sign-in is `["PASSWORD"]`.
 */
export function authenticatedBy(secondFactor: AuthMethod | null): AuthMethod[] {
  return secondFactor && secondFactor !== "PASSWORD" ? [secondFactor, "PASSWORD"] : ["PASSWORD"];
}
