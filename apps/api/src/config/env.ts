import { z } from "zod";

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
  MFA_SEAL_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44})*$/, "must be kid:base64key[,kid:base64key...] with 32-byte keys")
    .optional(),
  MFA_SEAL_ACTIVE_KEY_ID: z.string().min(1).max(32).optional(),
  MFA_ISSUER: z.string().min(1).max(64).default("MFA Console"),
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
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(15_000).default(5_000),
});

export type RawEnv = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function parseEnv(env: Record<string, string | undefined>): RawEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const raw = result.data;
  if (raw.NODE_ENV === "production" && !raw.MFA_SEAL_KEYS) {
    throw new ConfigError("Invalid configuration:\n  MFA_SEAL_KEYS: required in production (kid:base64key with a 32-byte key)");
  }
  if (raw.MFA_SEAL_KEYS && raw.MFA_SEAL_ACTIVE_KEY_ID) {
    const ids = raw.MFA_SEAL_KEYS.split(",").map((pair) => pair.split(":")[0]);
    if (!ids.includes(raw.MFA_SEAL_ACTIVE_KEY_ID)) {
      throw new ConfigError("Invalid configuration:\n  MFA_SEAL_ACTIVE_KEY_ID: names no key of MFA_SEAL_KEYS");
    }
  }
  if (raw.NODE_ENV === "production" && raw.SMS_SENDER === "outbox") {
    throw new ConfigError(
      "Invalid configuration:\n  SMS_SENDER: the outbox keeps texts for development only; production needs a provider (SMS_SENDER=twilio with TWILIO_*)",
    );
  }
  if (raw.NODE_ENV === "production" && !raw.DATABASE_URL && raw.SEED_DEMO === "auto") {
    throw new ConfigError(
      "Invalid configuration:\n  SEED_DEMO: set it explicitly in production on the embedded database (false; true only for a demonstration, it prints the demo passwords)",
    );
  }
  const overMax = SMS_BUDGET_VARIABLES.filter(([, name]) => raw[name] > raw[`${name}_MAX`]);
  if (overMax.length) {
    throw new ConfigError(`Invalid configuration:\n${overMax.map(([, name]) => `  ${name}: must not exceed ${name}_MAX (${raw[`${name}_MAX`]})`).join("\n")}`);
  }
  if (raw.SMS_SENDER === "twilio") {
    const missing = (["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const).filter((name) => !raw[name]);
    if (missing.length) {
      throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${name}: required when SMS_SENDER=twilio`).join("\n")}`);
    }
  }
  return raw;
}
