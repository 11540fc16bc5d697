/**
 * Bypass codes an admin issues for a user (a helpdesk ticket): the same format and hashing as recovery codes
 * (`recovery-codes.ts`), but 1 to 10 per batch and valid for a limited time.
 */
export const BYPASS_VALIDITY_DEFAULT_MINUTES = 30;
/** At most three days. */
export const BYPASS_VALIDITY_MAX_MINUTES = 3 * 24 * 60;

/** Whole minutes from 1 to three days, or null. */
export function bypassValidityMinutes(minutes: number): number | null {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= BYPASS_VALIDITY_MAX_MINUTES ? minutes : null;
}

/**
 * An ISO 8601 duration of days, hours, minutes and seconds (`PT30M`, `P1DT2H`) as whole minutes, or null when it
 * is malformed, not a whole number of minutes, or outside 1 minute to three days.
 */
export function parseValidityDuration(text: string): number | null {
  if (typeof text !== "string" || text.length > 32) return null;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return null;
  const [, d, h, m, s] = match.map((part) => Number(part ?? 0));
  const seconds = (d ?? 0) * 86_400 + (h ?? 0) * 3_600 + (m ?? 0) * 60 + (s ?? 0);
  if (seconds % 60 !== 0) return null;
  return bypassValidityMinutes(seconds / 60);
}

/** `PT<minutes>M`, the duration a client sent back in its own terms. */
export const formatValidityDuration = (minutes: number): string => `PT${minutes}M`;
