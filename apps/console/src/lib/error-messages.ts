import { currentLanguage, i18n } from "../i18n/i18n";
import { formatDuration } from "./format";
import { attemptsLeft, describeError, errorCode, retryAfterSeconds, serverMessage } from "./graphql-errors";

/**
 * The codes the console has its own sentence for (`errors.<code>` in the catalog). Codes whose server wording is
 * already specific (a bad phone number, a conflict) are listed in SERVER_WORDED: in English the server's message is
 * shown, with the catalog's as the fallback; in other languages the catalog's, since the service speaks English.
 */
const CODES = new Set([
  "INVALID_CREDENTIALS", "INVALID_PASSCODE", "ACCOUNT_LOCKED", "LOGIN_EXPIRED", "RATE_LIMITED", "UNAUTHENTICATED",
  "MFA_SETUP_REQUIRED", "MFA_SETUP_NOT_DEFERRABLE", "MFA_REQUIRED", "RECENT_AUTH_REQUIRED", "PASSCODE_REQUIRED",
  "SMS_DELIVERY_FAILED", "SMS_BUDGET_EXCEEDED", "SMS_COUNTRY_NOT_ALLOWED", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
  "DOMAIN_NOT_EMPTY", "BAD_USER_INPUT", "SERVICE_UNAVAILABLE", "WRITE_CONFLICT", "INTERNAL_SERVER_ERROR",
]);
const SERVER_WORDED = new Set([
  "INVALID_PASSCODE", "RATE_LIMITED", "SMS_BUDGET_EXCEEDED", "SMS_COUNTRY_NOT_ALLOWED", "FORBIDDEN", "NOT_FOUND",
  "CONFLICT", "DOMAIN_NOT_EMPTY", "BAD_USER_INPUT",
]);

/**
 * Wrong codes left at which the passcode step and step-up start counting down: from the third wrong code of the
 * seven the service allows (the service says how many are left; the lock itself is its decision).
 */
const WARN_AT_ATTEMPTS_LEFT = 4;

/** Seconds as words: "45 seconds", "2 minutes" (in the current language). */
export const formatWait = formatDuration;

/** One sentence for the user about why an operation failed. */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code && CODES.has(code)) {
    const own = i18n.t(`errors.${code}`);
    const text = (SERVER_WORDED.has(code) && currentLanguage() === "en" && serverMessage(error)) || own;
    const wait = code === "RATE_LIMITED" || code === "SMS_BUDGET_EXCEEDED" ? retryAfterSeconds(error) : undefined;
    if (wait) return i18n.t("errors.retryIn", { text, wait: formatWait(wait) });
    const left = code === "INVALID_PASSCODE" ? attemptsLeft(error) : undefined;
    return left !== undefined && left <= WARN_AT_ATTEMPTS_LEFT ? i18n.t("errors.attemptsLeft", { text, count: left }) : text;
  }
  if (code) return (currentLanguage() === "en" && serverMessage(error)) || i18n.t("errors.unknown");
  const line = describeError(error)[0];
  return line?.message ?? i18n.t("errors.unknown");
}
