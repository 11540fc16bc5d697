import type { MailConfig } from "#src/config/mail.js";
import type { MailSender } from "./mail-sender.js";
import { createOutboxSender } from "./outbox-sender.js";
import { createSmtpSender } from "./smtp-sender.js";

/** The sender chosen by configuration: the outbox by default (development), SMTP when `MAIL_TRANSPORT=smtp`. */
export function createMailSender(config: MailConfig): MailSender {
  switch (config.transport) {
    case "outbox":
      return createOutboxSender();
    case "smtp":
      return createSmtpSender(config.smtp);
  }
}
