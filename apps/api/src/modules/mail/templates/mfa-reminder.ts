import { formatMoment, oneLine } from "./format.js";
import { action, html, page, para } from "./html.js";
import type { MailContext, RenderedMail } from "./rendered-mail.js";

/** A mailbox that has not set up MFA yet, told that its domain requires it from a date on. */
export interface MfaReminderData {
  /** The customer account (the organisation) that set the policy. */
  readonly accountName: string;
  /** The mailbox's domain, e.g. example.com. */
  readonly domain: string;
  /** When the domain's requirement takes effect (`enforceFrom`). */
  readonly deadline: Date;
}

/** The page of the console where a user sets up a second factor (signed out, it asks to sign in first). */
const SETUP_PATH = "/setup";

export function renderMfaReminder(data: MfaReminderData, context: MailContext): RenderedMail {
  const domain = oneLine(data.domain, 253);
  const organisation = oneLine(data.accountName);
  const deadline = formatMoment(data.deadline);
  const link = `${context.consoleUrl}${SETUP_PATH}`;
  const title = `Set up two-step sign-in for ${domain}`;
  const sentences = {
    requires: `${organisation} requires two-step sign-in (multi-factor authentication) for the mailboxes of ${domain}, starting ${deadline}.`,
    after: "Set it up before then: after that date, your mailbox asks you to set it up before anything else.",
    how: "It takes a few minutes: sign in with your email address and password, then add an authenticator app or a phone number.",
    unexpected: `If you did not expect this email, ask your administrator at ${organisation}. Do not reply to it.`,
  };
  const text = [
    title,
    "",
    sentences.requires,
    sentences.after,
    "",
    `Set it up now: ${link}`,
    "",
    sentences.how,
    "",
    sentences.unexpected,
    "",
    `— ${context.issuer}`,
    "",
  ].join("\n");
  const body = [para(sentences.requires), para(sentences.after), action(link, "Set up two-step sign-in"), para(sentences.how), para(html`<small>${sentences.unexpected}</small>`)];
  return { subject: `Action needed: set up two-step sign-in for ${domain} by ${deadline}`, text, html: page({ title, body, footer: context.issuer }) };
}
