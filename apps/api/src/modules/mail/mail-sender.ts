import type { MailFrom } from "#src/config/mail.js";

/** Who delivers an email: the built-in outbox (kept for the admin's outbox page, development) or an SMTP server. */
export type MailTransportName = "outbox" | "smtp";

/** One outgoing email, rendered. Its content never appears in errors or logs. */
export interface OutgoingMail {
  readonly from: MailFrom;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Delivers emails. Implementations throw MailDeliveryError, whose message holds no content and no credential. */
export interface MailSender {
  readonly name: MailTransportName;
  send(mail: OutgoingMail): Promise<{ providerMessageId: string | null }>;
}
