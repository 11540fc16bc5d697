/**
 * Why an email did not leave: kept on its row (`email_messages.error_code`) and returned to whoever asked for the
 * send. These are delivery outcomes, not API errors: a failed email never fails the operation that sent it.
 */
export const MailErrorCode = {
  /** The address is not one an email can go to: nothing was attempted. */
  MAIL_INVALID_RECIPIENT: "MAIL_INVALID_RECIPIENT",
  /** The SMTP server could not be reached (refused, unknown host, TLS failed). */
  MAIL_UNREACHABLE: "MAIL_UNREACHABLE",
  /** The SMTP server did not answer in time (connection, greeting or any later step). */
  MAIL_TIMEOUT: "MAIL_TIMEOUT",
  /** The SMTP server refused the credentials of `SMTP_URL`. */
  MAIL_AUTH_FAILED: "MAIL_AUTH_FAILED",
  /** The SMTP server refused the message for good (a 5xx answer). */
  MAIL_REJECTED: "MAIL_REJECTED",
  /** The SMTP server refused the message for now (a 4xx answer). */
  MAIL_DEFERRED: "MAIL_DEFERRED",
  /** Anything else (a protocol error, a sender failure). */
  MAIL_FAILED: "MAIL_FAILED",
} as const;

export type MailErrorCode = (typeof MailErrorCode)[keyof typeof MailErrorCode];

/** An email that could not be handed to the mail server. The message never holds the email's content or a credential. */
export class MailDeliveryError extends Error {
  override name = "MailDeliveryError";
  readonly code: MailErrorCode;

  constructor(code: MailErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
