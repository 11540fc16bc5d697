import { isEmailAddress } from "@mfa/core";
import addressparser from "nodemailer/lib/addressparser";
import { ConfigError, type RawEnv } from "./env.js";

/** Who the service's emails come from: a display name (may be empty) and an address. */
export interface MailFrom {
  readonly name: string;
  readonly address: string;
}

/** The SMTP server of `SMTP_URL`, taken apart. */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** smtps:// (TLS from the first byte, usually port 465); smtp:// upgrades with STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user: string | null;
  readonly password: string | null;
  /** Refuse a server that does not offer STARTTLS (production, with credentials: the password never travels in clear). */
  readonly requireTls: boolean;
  /** How long connecting, the greeting and each later step may take. */
  readonly timeoutMs: number;
}

/** The email channel: the outbox (development) or an SMTP server, the sender, and the console's address for links. */
export type MailConfig =
  | { readonly transport: "outbox"; readonly from: MailFrom; readonly consoleUrl: string }
  | { readonly transport: "smtp"; readonly from: MailFrom; readonly consoleUrl: string; readonly smtp: SmtpConfig };

const problem = (variable: string, message: string) => new ConfigError(`Invalid configuration:\n  ${variable}: ${message}`);

function parseFrom(value: string): MailFrom {
  const parsed = /[\r\n]/.test(value) ? [] : addressparser(value, { flatten: true });
  const only = parsed.length === 1 ? parsed[0] : undefined;
  if (!only || !isEmailAddress(only.address)) {
    throw problem("MAIL_FROM", 'must be one address, e.g. no-reply@example.com or "MFA Console <no-reply@example.com>"');
  }
  return Object.freeze({ name: only.name, address: only.address });
}

function parseSmtpUrl(value: string, timeoutMs: number, production: boolean): SmtpConfig {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL("invalid:");
  }
  const secure = url.protocol === "smtps:";
  if ((url.protocol !== "smtp:" && !secure) || url.hostname === "" || url.pathname.replace(/^\/$/, "") !== "" || url.search !== "" || url.hash !== "") {
    throw problem("SMTP_URL", "must be smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS), with the user name and password URL-encoded");
  }
  const user = url.username === "" ? null : decodeURIComponent(url.username);
  const password = url.password === "" ? null : decodeURIComponent(url.password);
  if ((user === null) !== (password === null)) throw problem("SMTP_URL", "give both a user name and a password, or neither");
  return Object.freeze({
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port === "" ? (secure ? 465 : 587) : Number(url.port),
    secure,
    user,
    password,
    requireTls: production && !secure && user !== null,
    timeoutMs,
  });
}

function parseConsoleUrl(value: string, production: boolean): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "" || url.username !== "") {
    throw problem("CONSOLE_URL", "must be the console's http(s) address, e.g. https://mfa.example.com (no query or fragment)");
  }
  if (production && url.protocol !== "https:") throw problem("CONSOLE_URL", "must be https in production: emails link to it");
  return url.toString().replace(/\/+$/, "");
}

/**
 * The email settings: `MAIL_TRANSPORT=outbox` (the default, development only: production refuses it) keeps emails
 * for the account admin's outbox page; `smtp` needs `SMTP_URL`, `MAIL_FROM` and `CONSOLE_URL`.
 */
export function mailConfig(raw: RawEnv): MailConfig {
  // Production refuses the outbox before this (production.ts, with every other setting production needs).
  const production = raw.NODE_ENV === "production";
  if (raw.MAIL_TRANSPORT === "smtp") {
    const missing = (["SMTP_URL", "MAIL_FROM", "CONSOLE_URL"] as const).filter((name) => !raw[name]);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${name}: required when MAIL_TRANSPORT=smtp`).join("\n")}`);
  }
  const from = raw.MAIL_FROM ? parseFrom(raw.MAIL_FROM) : Object.freeze({ name: raw.MFA_ISSUER, address: "no-reply@localhost" });
  const consoleUrl = parseConsoleUrl(raw.CONSOLE_URL ?? `http://localhost:${raw.PORT}`, production);
  if (raw.MAIL_TRANSPORT === "outbox") return Object.freeze({ transport: "outbox", from, consoleUrl });
  return Object.freeze({ transport: "smtp", from, consoleUrl, smtp: parseSmtpUrl(raw.SMTP_URL as string, raw.SMTP_TIMEOUT_MS, production) });
}
