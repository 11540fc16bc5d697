import { formatMoment, oneLine } from "./format.js";
import { action, html, page, para } from "./html.js";
import type { MailContext, RenderedMail } from "./rendered-mail.js";

/** What happened to the user's sign-in security. */
export type SecurityAlertEvent =
  | "FACTOR_ADDED"
  | "FACTOR_REMOVED"
  | "MFA_TURNED_OFF"
  | "RECOVERY_CODES_GENERATED"
  | "MFA_RESET"
  | "ACCOUNT_LOCKED"
  | "APP_PASSWORD_ADDED"
  | "NEW_BROWSER_SIGN_IN"
  | "ALTERNATE_EMAIL_CHANGED"
  | "ALTERNATE_EMAIL_REMOVED";

/** A change to a user's sign-in security, told to the user: what, when, from where. */
export interface SecurityAlertData {
  readonly accountName: string;
  /** The user it happened to (their sign-in name). */
  readonly username: string;
  readonly event: SecurityAlertEvent;
  readonly occurredAt: Date;
  /** The address the request came from, when known. */
  readonly ip: string | null;
  /** The browser or client that made the request, when known. */
  readonly userAgent: string | null;
}

const WHAT: Readonly<Record<SecurityAlertEvent, { headline: string; sentence: string }>> = {
  FACTOR_ADDED: { headline: "a sign-in method was added", sentence: "A new sign-in method (an authenticator app, a phone or a security key) was added to" },
  FACTOR_REMOVED: { headline: "a sign-in method was removed", sentence: "A sign-in method was removed from" },
  MFA_TURNED_OFF: { headline: "two-step sign-in was turned off", sentence: "Two-step sign-in was turned off for" },
  RECOVERY_CODES_GENERATED: { headline: "new recovery codes were created", sentence: "New recovery codes were created (the earlier ones no longer work) for" },
  MFA_RESET: { headline: "two-step sign-in was reset", sentence: "An administrator reset two-step sign-in (every sign-in method was removed) for" },
  ACCOUNT_LOCKED: { headline: "your account was locked", sentence: "Too many wrong codes in a row locked" },
  APP_PASSWORD_ADDED: { headline: "an app password was created", sentence: "An app password (a password for a mail client) was created for" },
  NEW_BROWSER_SIGN_IN: { headline: "a sign-in from a new browser", sentence: "Somebody signed in from a browser never used before with" },
  ALTERNATE_EMAIL_CHANGED: { headline: "your alternate email address was changed", sentence: "Security alerts now go to another address (not this one) for" },
  ALTERNATE_EMAIL_REMOVED: { headline: "your alternate email address was removed", sentence: "Security alerts no longer come to this address for" },
};

/** The page of the console where a user reviews their sign-in methods. */
const SECURITY_PATH = "/security";

export function renderSecurityAlert(data: SecurityAlertData, context: MailContext): RenderedMail {
  const what = WHAT[data.event];
  const username = oneLine(data.username, 320);
  const organisation = oneLine(data.accountName);
  const when = formatMoment(data.occurredAt);
  const client = data.userAgent ? oneLine(data.userAgent) : null;
  const where = data.ip ? `${oneLine(data.ip, 64)}${client ? ` (${client})` : ""}` : client ?? "an unknown address";
  const link = `${context.consoleUrl}${SECURITY_PATH}`;
  const title = `Security alert: ${what.headline}`;
  const happened = `${what.sentence} your account ${username}.`;
  const ifYou = "If this was you, there is nothing to do.";
  const ifNot = `If it was not you: sign in, review your sign-in methods and remove any you do not recognise, change your password, and tell your administrator at ${organisation}.`;
  const text = [title, "", happened, "", `When: ${when}`, `From: ${where}`, "", ifYou, ifNot, `Review your sign-in methods: ${link}`, "", `— ${context.issuer}`, ""].join("\n");
  const body = [
    para(happened),
    para(html`<strong>When:</strong> ${when}<br><strong>From:</strong> ${where}`),
    para(ifYou),
    para(ifNot),
    action(link, "Review your sign-in methods"),
  ];
  return { subject: title, text, html: page({ title, body, footer: context.issuer }) };
}
