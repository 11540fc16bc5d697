import type { MailSender } from "./mail-sender.js";

/**
 * The development sender: nothing leaves the service. MailService keeps the email sealed in `email_messages`,
 * where an account admin reads it on the console's outbox page, so the product works with no mail server.
 */
export function createOutboxSender(): MailSender {
  return {
    name: "outbox",
    send: async () => ({ providerMessageId: null }),
  };
}
