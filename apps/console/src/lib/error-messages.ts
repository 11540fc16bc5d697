import { describeError, errorCode, retryAfterSeconds, serverMessage } from "./graphql-errors";

/**
 * What the console tells people for each `extensions.code` the API answers with. Codes whose
 * server wording is already specific (a bad phone number, a conflict) are marked `server`:
 * the server's message is shown, with this text as the fallback.
 */
const MESSAGES: Record<string, { text: string; server?: true }> = {
  INVALID_CREDENTIALS: { text: "The username or password is not correct." },
  INVALID_PASSCODE: { text: "That code is not valid. Check it and try again.", server: true },
  ACCOUNT_LOCKED: {
    text: "Your account is locked after too many wrong codes. Ask your administrator to unlock it.",
  },
  LOGIN_EXPIRED: { text: "This sign-in has expired. Start again with your username and password." },
  RATE_LIMITED: { text: "Too many attempts. Wait a moment and try again.", server: true },
  UNAUTHENTICATED: { text: "Your session has ended. Sign in again." },
  MFA_SETUP_REQUIRED: { text: "Set up multi-factor authentication to continue." },
  MFA_REQUIRED: { text: "Sign in again with your second factor to manage the account." },
  RECENT_AUTH_REQUIRED: { text: "Confirm it’s you to make this change, then try again." },
  PASSCODE_REQUIRED: { text: "Confirm with a code from your device or a recovery code." },
  SMS_DELIVERY_FAILED: { text: "The text message could not be sent. Check the number or try again later." },
  SMS_BUDGET_EXCEEDED: { text: "No more text messages can be sent for now. Try again later, or use another method.", server: true },
  SMS_COUNTRY_NOT_ALLOWED: { text: "Text messages to that country are not allowed by your organisation. Use another number or an authenticator app.", server: true },
  FORBIDDEN: { text: "You are not allowed to do this.", server: true },
  NOT_FOUND: { text: "That item no longer exists. Reload the page.", server: true },
  CONFLICT: { text: "That change conflicts with the current state. Reload the page.", server: true },
  DOMAIN_NOT_EMPTY: { text: "This domain still has mailboxes or sub-domains. Move or delete them first.", server: true },
  BAD_USER_INPUT: { text: "Check what you entered and try again.", server: true },
  SERVICE_UNAVAILABLE: { text: "The service is unavailable right now. Try again in a moment." },
  INTERNAL_SERVER_ERROR: { text: "Something went wrong on our side. Try again." },
};

/** Seconds as words: "45 seconds", "2 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** One sentence for the user about why an operation failed. */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  const entry = code ? MESSAGES[code] : undefined;
  if (entry) {
    const text = (entry.server && serverMessage(error)) || entry.text;
    const wait = code === "RATE_LIMITED" || code === "SMS_BUDGET_EXCEEDED" ? retryAfterSeconds(error) : undefined;
    return wait ? `${text} You can try again in ${formatWait(wait)}.` : text;
  }
  if (code) return serverMessage(error) ?? "Something went wrong. Try again.";
  const line = describeError(error)[0];
  return line?.message ?? "Something went wrong. Try again.";
}
