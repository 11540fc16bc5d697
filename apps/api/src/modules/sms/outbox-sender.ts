import type { SmsSender } from "./sms-sender.js";

/**
 * The default sender: nothing leaves the service. SmsService keeps the text sealed in the outbox, where the
 * console's developer panel shows it, so the product works with no SMS provider.
 */
export function createOutboxSender(): SmsSender {
  return {
    name: "outbox",
    send: async () => ({ providerMessageId: null }),
  };
}
