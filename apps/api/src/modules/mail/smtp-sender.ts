import { createTransport } from "nodemailer";
import type { SmtpConfig } from "#src/config/mail.js";
import { MailDeliveryError, MailErrorCode } from "#src/errors/mail-delivery-error.js";
import type { MailSender, OutgoingMail } from "./mail-sender.js";

/** What nodemailer puts on its errors: its own code (EAUTH, ETIMEDOUT, ...), the server's answer and its status. */
interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
}

const UNREACHABLE = new Set(["ECONNECTION", "ESOCKET", "EDNS", "ETLS", "EREQUIRETLS", "EPROXY", "ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH"]);

/** Which delivery code a failure of nodemailer's is: its error code first, then the server's SMTP status. */
function classify(failure: SmtpFailure): MailErrorCode {
  const code = typeof failure.code === "string" ? failure.code : "";
  const status = typeof failure.responseCode === "number" ? failure.responseCode : null;
  if (code === "EAUTH" || code === "ENOAUTH") return MailErrorCode.MAIL_AUTH_FAILED;
  if (code === "ETIMEDOUT") return MailErrorCode.MAIL_TIMEOUT;
  if (status !== null && status >= 500) return MailErrorCode.MAIL_REJECTED;
  if (status !== null && status >= 400) return MailErrorCode.MAIL_DEFERRED;
  if (UNREACHABLE.has(code)) return MailErrorCode.MAIL_UNREACHABLE;
  return MailErrorCode.MAIL_FAILED;
}

/** The failure in words fit for the database and the log: the step, the server's status and nodemailer's code only. */
function describe(failure: SmtpFailure, code: MailErrorCode, server: string): string {
  const parts = [
    typeof failure.command === "string" && /^[A-Z ]{2,20}$/.test(failure.command) ? `at ${failure.command}` : null,
    typeof failure.responseCode === "number" ? `status ${failure.responseCode}` : null,
    typeof failure.code === "string" && /^E[A-Z]{2,20}$/.test(failure.code) ? failure.code : null,
  ].filter((part) => part !== null);
  return `${code}: ${server}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/**
 * Sends emails through the SMTP server of `SMTP_URL` with nodemailer: a connection per email, each step of the
 * conversation (connecting, the greeting, every later answer) bounded by `timeoutMs`, certificates verified.
 */
export function createSmtpSender(options: SmtpConfig): MailSender {
  const transport = createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    requireTLS: options.requireTls,
    ...(options.user !== null && options.password !== null ? { auth: { user: options.user, pass: options.password } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    dnsTimeout: options.timeoutMs,
    // Emails carry text and HTML only: nothing is read from files or fetched from URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const server = `the SMTP server ${options.host}:${options.port}`;

  return {
    name: "smtp",
    async send(mail: OutgoingMail) {
      try {
        const info = await transport.sendMail({
          from: { name: mail.from.name, address: mail.from.address },
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
        const id = typeof info.messageId === "string" && info.messageId.length <= 255 ? info.messageId : null;
        return { providerMessageId: id };
      } catch (error) {
        const failure = (typeof error === "object" && error !== null ? error : {}) as SmtpFailure;
        const code = classify(failure);
        throw new MailDeliveryError(code, describe(failure, code, server));
      }
    },
  };
}
