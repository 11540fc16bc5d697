/** The alternate email address's proof of possession: a 6-digit code sent to it. */
export const ALTERNATE_EMAIL_CODE_LENGTH = 6;
/** How long a code works. */
export const ALTERNATE_EMAIL_CODE_TTL_MS = 15 * 60_000;
/** Wrong guesses allowed at one code: past them it is void and a new one must be sent. */
export const ALTERNATE_EMAIL_ATTEMPTS_MAX = 5;
/** The least time between two codes sent for one address. */
export const ALTERNATE_EMAIL_RESEND_INTERVAL_MS = 60_000;
/** Codes one user may be sent in a day, whatever the addresses (so the feature cannot mail-bomb anybody). */
export const ALTERNATE_EMAIL_SENDS_MAX = 5;
const SEND_WINDOW_MS = 24 * 60 * 60_000;

/** What the user's row says about sending another code now. */
export interface AlternateEmailSendState {
  readonly lastSentAt: number | null;
  readonly sendCount: number;
}

/**
 * Whether a code may be sent now, and how many codes the user has had in the day then: one code a minute at most,
 * five in a day (counted from the first; a day after the last code the count starts again), whatever the address.
 * `retryAfterMs` when not.
 */
export function alternateEmailSend(state: AlternateEmailSendState | null, now: number): { ok: true; sendCount: number } | { ok: false; retryAfterMs: number } {
  if (!state || state.lastSentAt === null || now - state.lastSentAt >= SEND_WINDOW_MS) return { ok: true, sendCount: 1 };
  const wait = state.lastSentAt + ALTERNATE_EMAIL_RESEND_INTERVAL_MS - now;
  if (wait > 0) return { ok: false, retryAfterMs: wait };
  if (state.sendCount >= ALTERNATE_EMAIL_SENDS_MAX) return { ok: false, retryAfterMs: state.lastSentAt + SEND_WINDOW_MS - now };
  return { ok: true, sendCount: state.sendCount + 1 };
}

/** Whether `address` can be an alternate address of the mailbox `username`: never the mailbox it protects. */
export function isOtherAddress(address: string, username: string): boolean {
  return address.trim().toLowerCase() !== username.trim().toLowerCase();
}
