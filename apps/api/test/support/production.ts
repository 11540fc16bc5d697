/**
 * What production needs besides the database and the seal keys, which the MariaDB test database brings (production
 * refuses the embedded database). The SMS provider and the mail server are configured but never called by these tests.
 */
export const PRODUCTION_ENV = {
  NODE_ENV: "production",
  TRUST_PROXY: "0",
  SMS_SENDER: "twilio",
  TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
  TWILIO_AUTH_TOKEN: "not-used-by-these-tests",
  TWILIO_FROM: "+15005550006",
  TWILIO_BASE_URL: "http://127.0.0.1:9",
  // Production refuses the email outbox too: an SMTP server is configured (never reached: nothing listens there).
  MAIL_TRANSPORT: "smtp",
  SMTP_URL: "smtp://127.0.0.1:9",
  MAIL_FROM: "no-reply@example.com",
  CONSOLE_URL: "https://mfa.example.com",
} as const;
