export { INVALID_NUMBER, startFakeTwilio, type FakeTwilio } from "./fake-twilio.js";
export { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from "./smtp-receiver.js";
export { startWebhookReceiver, type Answer, type WebhookReceiver } from "./webhook-receiver.js";
