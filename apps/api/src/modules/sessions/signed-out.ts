/**
 * Why a session ended, as stored (`sessions.revoked_reason`) and as told to the holder of its token
 * (`extensions.reason` of UNAUTHENTICATED). Only the holder of a token that once worked hears a reason; a token
 * that never existed gets none.
 */

/** What the owner of the sessions table writes as the reason of a revocation. */
export const Revocation = {
  /** The holder signed out (`logout`). */
  LOGOUT: "LOGOUT",
  /** The user ended it from another of their sessions (`signOutSession`, `signOutOtherSessions`). */
  SIGNED_OUT_ELSEWHERE: "SIGNED_OUT_ELSEWHERE",
  /** An admin signed the user out everywhere. */
  SIGNED_OUT_BY_ADMIN: "SIGNED_OUT_BY_ADMIN",
  /** A policy (domain, account admins, user override) now requires MFA and the session had not passed it. */
  POLICY_REQUIRED: "POLICY_REQUIRED",
  /** A policy now requires a passkey or security key and the session was signed in without one. */
  PASSKEY_REQUIRED: "PASSKEY_REQUIRED",
  /** An admin reset the user's MFA. */
  MFA_RESET: "MFA_RESET",
  /** The user turned MFA on (or verified a first device) in another session. */
  MFA_ENABLED: "MFA_ENABLED",
  /** A setup-only session replaced by the full one its setup earned, or ended when setup finished elsewhere. */
  SETUP_SUPERSEDED: "SETUP_SUPERSEDED",
  SETUP_COMPLETED: "SETUP_COMPLETED",
} as const;
export type Revocation = (typeof Revocation)[keyof typeof Revocation];

/** What the holder is told: a stable name the console turns into a sentence. */
export type SignedOutReason =
  | "SIGNED_OUT"
  | "SIGNED_OUT_ELSEWHERE"
  | "SIGNED_OUT_BY_ADMIN"
  | "POLICY_REQUIRED"
  | "PASSKEY_REQUIRED"
  | "MFA_RESET"
  | "MFA_ENABLED"
  | "IDLE"
  | "EXPIRED";

const TOLD: Readonly<Record<Revocation, SignedOutReason>> = {
  LOGOUT: "SIGNED_OUT",
  SIGNED_OUT_ELSEWHERE: "SIGNED_OUT_ELSEWHERE",
  SIGNED_OUT_BY_ADMIN: "SIGNED_OUT_BY_ADMIN",
  POLICY_REQUIRED: "POLICY_REQUIRED",
  PASSKEY_REQUIRED: "PASSKEY_REQUIRED",
  MFA_RESET: "MFA_RESET",
  MFA_ENABLED: "MFA_ENABLED",
  SETUP_SUPERSEDED: "SIGNED_OUT",
  SETUP_COMPLETED: "SIGNED_OUT",
};

/** The message of the UNAUTHENTICATED error that carries each reason (the console has its own sentences). */
export const SIGNED_OUT_MESSAGES: Readonly<Record<SignedOutReason, string>> = {
  SIGNED_OUT: "You signed out. Sign in again.",
  SIGNED_OUT_ELSEWHERE: "You were signed out from another session. Sign in again.",
  SIGNED_OUT_BY_ADMIN: "Your administrator signed you out. Sign in again.",
  POLICY_REQUIRED: "Your administrator now requires multi-factor authentication. Sign in to set it up.",
  PASSKEY_REQUIRED: "Your administrator now requires a passkey or security key. Sign in with one, or sign in to add one.",
  MFA_RESET: "Your administrator reset your multi-factor authentication. Sign in again.",
  MFA_ENABLED: "Multi-factor authentication was turned on for you in another session. Sign in again.",
  IDLE: "You were signed out after a period of inactivity. Sign in again.",
  EXPIRED: "Your session reached its time limit. Sign in again.",
};

export interface Ending {
  revokedAt: number | null;
  revokedReason: string | null;
  lastSeenAt: number;
  expiresAt: number;
}

/**
 * Why a session that once existed no longer works at `now`: its revocation (when it came before the time limit),
 * its absolute limit, or its idle limit; null when it still works (a request that raced the check).
 */
export function signedOutReasonOf(ending: Ending, now: number, idleMs: number): SignedOutReason | null {
  const idleAt = ending.lastSeenAt + idleMs;
  const limitAt = Math.min(ending.expiresAt, idleAt);
  if (ending.revokedAt !== null && ending.revokedAt < limitAt) {
    return Object.hasOwn(TOLD, ending.revokedReason ?? "") ? TOLD[ending.revokedReason as Revocation] : "SIGNED_OUT";
  }
  if (now >= ending.expiresAt && ending.expiresAt <= idleAt) return "EXPIRED";
  if (now >= idleAt) return "IDLE";
  return ending.revokedAt !== null ? "SIGNED_OUT" : null;
}
