import { SHARED_PHONE_THRESHOLD } from "@mfa/core";
import { z } from "zod";
import { productionProblems, type Problem } from "./production.js";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** A number of texts a window may hold (0 stops texts in that scope). */
const budget = (fallback: number) => z.coerce.number().int().min(0).max(10_000_000).default(fallback);

/** The admin-settable SMS budgets: each default and the maximum an admin may raise it to. */
export const SMS_BUDGET_VARIABLES = [
  ["userHourly", "SMS_BUDGET_USER_HOURLY"],
  ["userDaily", "SMS_BUDGET_USER_DAILY"],
  ["domainHourly", "SMS_BUDGET_DOMAIN_HOURLY"],
  ["domainDaily", "SMS_BUDGET_DOMAIN_DAILY"],
  ["accountHourly", "SMS_BUDGET_ACCOUNT_HOURLY"],
  ["accountDaily", "SMS_BUDGET_ACCOUNT_DAILY"],
  ["destinationDaily", "SMS_BUDGET_DESTINATION_DAILY"],
] as const;

/** Every environment variable the service reads, validated once at start-up. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^(mysql|mariadb):\/\/.+/, "must be a mysql:// or mariadb:// URL (leave it unset for the embedded SQLite database)")
    .optional(),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(3_000),
  MFA_SEAL_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44})*$/, "must be kid:base64key[,kid:base64key...] with 32-byte keys")
    .optional(),
  MFA_SEAL_ACTIVE_KEY_ID: z.string().min(1).max(32).optional(),
  MFA_ISSUER: z.string().min(1).max(64).default("MFA Console"),
  WEBAUTHN_RP_ID: z.string().min(1).max(253).default("localhost"),
  WEBAUTHN_ORIGINS: z.string().min(1).max(2000).optional(),
  RUN_MIGRATIONS: bool.default(true),
  SEED_DEMO: z.enum(["auto", "true", "false"]).default("auto"),
  DEMO_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(128).optional(),
  DEMO_USER_PASSWORD: z.string().min(12, "must be at least 12 characters").max(128).optional(),
  SMS_SENDER: z.enum(["outbox", "twilio"]).default("outbox"),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, "must be AC followed by 32 hex digits").optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z.string().regex(/^(\+[1-9]\d{1,14}|MG[0-9a-fA-F]{32})$/, "must be an E.164 number or a Messaging Service SID (MG...)").optional(),
  TWILIO_BASE_URL: z.url().default("https://api.twilio.com"),
  TWILIO_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5_000),
  SMS_DEFAULT_COUNTRIES: z
    .string()
    .regex(/^\s*[A-Za-z]{2}\s*(,\s*[A-Za-z]{2}\s*)*$/, "must be ISO 3166 country codes separated by commas, e.g. US,CA,GB")
    .default("US,CA,GB"),
  SMS_BUDGET_USER_HOURLY: budget(5),
  SMS_BUDGET_USER_HOURLY_MAX: budget(20),
  SMS_BUDGET_USER_DAILY: budget(10),
  SMS_BUDGET_USER_DAILY_MAX: budget(50),
  SMS_BUDGET_DOMAIN_HOURLY: budget(50),
  SMS_BUDGET_DOMAIN_HOURLY_MAX: budget(500),
  SMS_BUDGET_DOMAIN_DAILY: budget(200),
  SMS_BUDGET_DOMAIN_DAILY_MAX: budget(2_000),
  SMS_BUDGET_ACCOUNT_HOURLY: budget(100),
  SMS_BUDGET_ACCOUNT_HOURLY_MAX: budget(1_000),
  SMS_BUDGET_ACCOUNT_DAILY: budget(500),
  SMS_BUDGET_ACCOUNT_DAILY_MAX: budget(5_000),
  SMS_BUDGET_DESTINATION_DAILY: budget(5),
  SMS_BUDGET_DESTINATION_DAILY_MAX: budget(20),
  SMS_BUDGET_GLOBAL_HOURLY: budget(1_000),
  SMS_PASSCODE_DIGITS: z.coerce.number().int().min(6, "must be 6, 7 or 8").max(8, "must be 6, 7 or 8").default(7),
  SMS_PASSCODE_TTL_MINUTES: z.coerce.number().int().min(1).max(10, "must be at most 10 minutes").default(10),
  CONSOLE_DIR: z.string().min(1).optional(),
  TRUST_PROXY: z.string().optional(),
  LOGIN_USER_BURST: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_USER_BACKOFF_MS: z.coerce.number().int().min(100).max(15 * 60_000).default(1_000),
  LOGIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).max(100_000).default(50),
  API_KEY_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  WEBHOOK_DELIVERY: bool.default(true),
  MFA_REMINDERS: bool.default(true),
  /** Whether this instance sends the security alerts queued by changes (any number may: a lease lets one at a time). */
  SECURITY_ALERTS: bool.default(true),
  /** Mailboxes of one account a phone number may be verified on before the admin is told. */
  SHARED_PHONE_THRESHOLD: z.coerce.number().int().min(1).max(1_000).default(SHARED_PHONE_THRESHOLD),
  /** How often the rollout job (deadline reminders, daily snapshots, email and text retention) looks for work. */
  ROLLOUT_JOB_INTERVAL_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  /** Days an email (the outbox's, or a sent one's record) is kept before the rollout job deletes it. */
  EMAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Days a text (the outbox's, or a sent one's number and status) is kept before the rollout job deletes it. */
  SMS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Test only: a file holding milliseconds added to the clock of the rules that read the time; production refuses it. */
  CLOCK_OFFSET_FILE: z.string().min(1).max(4096).optional(),
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  /** The mail servers' key for POST /mail-auth/v1/check (header X-Mail-Auth-Key); the route is off without it. */
  MAIL_AUTH_KEY: z.string().min(24, "must be at least 24 characters (a random secret shared with the mail servers)").max(256).optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(15_000).default(5_000),
  GRAPHQL_PLAYGROUND: bool.optional(),
  METRICS_TOKEN: z
    .string()
    .min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)")
    .max(256)
    .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces")
    .optional(),
  METRICS_LISTEN: z
    .string()
    .regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, "must be host:port, e.g. 127.0.0.1:9464 or [::1]:9464")
    .refine((value) => Number(value.slice(value.lastIndexOf(":") + 1)) <= 65535, "the port must be at most 65535")
    .optional(),
  MAIL_TRANSPORT: z.enum(["outbox", "smtp"]).default("outbox"),
  SMTP_URL: z.string().min(1).optional(),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(60_000).default(10_000),
  MAIL_FROM: z.string().min(1).max(320).optional(),
  CONSOLE_URL: z.string().min(1).max(2048).optional(),
});

export type RawEnv = z.infer<typeof envSchema>;

/** Settings that are each valid but do not fit together, in any environment. */
function crossChecks(raw: RawEnv): Problem[] {
  const problems: Problem[] = [];
  if (raw.MFA_SEAL_KEYS && raw.MFA_SEAL_ACTIVE_KEY_ID) {
    const ids = raw.MFA_SEAL_KEYS.split(",").map((pair) => pair.split(":")[0]);
    if (!ids.includes(raw.MFA_SEAL_ACTIVE_KEY_ID)) problems.push({ variable: "MFA_SEAL_ACTIVE_KEY_ID", message: "names no key of MFA_SEAL_KEYS" });
  }
  for (const [, name] of SMS_BUDGET_VARIABLES) {
    if (raw[name] > raw[`${name}_MAX`]) problems.push({ variable: name, message: `must not exceed ${name}_MAX (${raw[`${name}_MAX`]})` });
  }
  if (raw.SMS_SENDER === "twilio") {
    for (const name of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const) {
      if (!raw[name]) problems.push({ variable: name, message: "required when SMS_SENDER=twilio" });
    }
  }
  return problems;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function parseEnv(env: Record<string, string | undefined>): RawEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  const production = cleaned.NODE_ENV === "production" ? productionProblems(cleaned) : [];
  const problems: Problem[] = result.success
    ? [...crossChecks(result.data), ...production]
    : [...result.error.issues.map((issue) => ({ variable: issue.path.join("."), message: issue.message })), ...production];
  if (!result.success || problems.length) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`);
  }
  return result.data;
}
