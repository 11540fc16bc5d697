import { renderAlternateEmailCode, type AlternateEmailCodeData } from "./templates/alternate-email-code.js";
import { renderMfaReminder, type MfaReminderData } from "./templates/mfa-reminder.js";
import type { MailContext, RenderedMail } from "./templates/rendered-mail.js";
import { renderSecurityAlert, type SecurityAlertData } from "./templates/security-alert.js";

/** The kinds of email the service sends, each with its own typed data. */
export type MailContent =
  | { readonly kind: "MFA_REMINDER"; readonly data: MfaReminderData }
  | { readonly kind: "SECURITY_ALERT"; readonly data: SecurityAlertData }
  | { readonly kind: "ALTERNATE_EMAIL_CODE"; readonly data: AlternateEmailCodeData };

export type MailKind = MailContent["kind"];

/** The subject, text and HTML of an email of any kind. */
export function renderMail(content: MailContent, context: MailContext): RenderedMail {
  switch (content.kind) {
    case "MFA_REMINDER":
      return renderMfaReminder(content.data, context);
    case "SECURITY_ALERT":
      return renderSecurityAlert(content.data, context);
    case "ALTERNATE_EMAIL_CODE":
      return renderAlternateEmailCode(content.data, context);
  }
}
