/**
 * Why the service ended a session (`extensions.reason` of UNAUTHENTICATED); the sign-in page shows the catalog's
 * sentence for each (`signedOut.<reason>`). A reason the console does not know shows nothing rather than a guess.
 */
const REASONS = [
  "SIGNED_OUT",
  "SIGNED_OUT_ELSEWHERE",
  "SIGNED_OUT_BY_ADMIN",
  "POLICY_REQUIRED",
  "PASSKEY_REQUIRED",
  "MFA_RESET",
  "MFA_ENABLED",
  "IDLE",
  "EXPIRED",
] as const;

export type SignedOutReason = (typeof REASONS)[number];

export const isSignedOutReason = (value: string): value is SignedOutReason => (REASONS as readonly string[]).includes(value);
