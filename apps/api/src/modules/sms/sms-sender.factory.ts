import { createOutboxSender } from "./outbox-sender.js";
import type { SmsSender, SmsSenderName } from "./sms-sender.js";
import { createTwilioSender, type TwilioSenderOptions } from "./twilio-sender.js";

/** The SMS part of the configuration. */
export interface SmsConfig {
  readonly sender: SmsSenderName;
  /** Required when `sender` is "twilio". */
  readonly twilio?: TwilioSenderOptions | undefined;
}

/** The sender chosen by configuration: the outbox by default, Twilio when configured. */
export function createSmsSender(config: SmsConfig): SmsSender {
  switch (config.sender) {
    case "outbox":
      return createOutboxSender();
    case "twilio":
      if (!config.twilio) throw new RangeError("the twilio SMS sender needs its account SID, auth token and sender");
      return createTwilioSender(config.twilio);
  }
}
