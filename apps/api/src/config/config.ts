import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { parseCountryList, parseSealKeys, type SmsBudgetName, type SmsBudgets } from "@mfa/core";
import { ConfigError, parseEnv, SMS_BUDGET_VARIABLES, type RawEnv } from "./env.js";
import { mailConfig, type MailConfig } from "./mail.js";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy.js";
import { webAuthnOrigins, webAuthnProblems, type WebAuthnConfig } from "./webauthn.js";

export type DatabaseConfig =
  | { kind: "sqlite"; file: string }
  | { kind: "mysql"; url: string; poolSize: number; queryTimeoutMs: number };

export interface Config {
  readonly env: "development" | "production" | "test";
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly seal: { readonly keys: Readonly<Record<string, Uint8Array>>; readonly activeKeyId: string };
  readonly issuer: string;
  /** Passkeys and security keys: the RP ID and the origins assertions may come from. */
  readonly webauthn: WebAuthnConfig;
  readonly runMigrations: boolean;
  readonly seedDemo: boolean;
  readonly demoAdminPassword: string | undefined;
  readonly demoUserPassword: string | undefined;
  readonly consoleDir: string | undefined;
  readonly trustProxy: TrustProxy | undefined;
  readonly logLevel: "silent" | "error" | "warn" | "info" | "debug";
  readonly sms: {
    readonly sender: "outbox" | "twilio";
    readonly twilio?: { readonly accountSid: string; readonly authToken: string; readonly from: string; readonly baseUrl: string; readonly timeoutMs: number };
    /** Where a new account may text until its admin chooses (ISO codes, sorted). */
    readonly defaultCountries: readonly string[];
    /** What a new account may text, the most an admin may raise each budget to, and the service-wide breaker. */
    readonly budgets: { readonly defaults: SmsBudgets; readonly maxima: SmsBudgets; readonly globalHourly: number };
    /** The texted sign-in (and step-up) passcode: how many digits, how long it works. */
    readonly passcode: { readonly digits: number; readonly ttlMs: number };
  };
  /** Requests one API key may make in a minute (all instances together). */
  readonly apiKeys: { readonly ratePerMinute: number };
  readonly session: { readonly idleMs: number; readonly absoluteMs: number; readonly recentProofMs: number };
  readonly throttle: ThrottleConfig;
  readonly webhooks: WebhookConfig;
  /** Whether this instance sends the Force-On deadline reminders (any number may: a lease lets one at a time). */
  readonly reminders: boolean;
  /** Security alerts: whether this instance sends them; how many mailboxes of an account one phone number may be on before it is flagged. */
  readonly alerts: { readonly delivery: boolean; readonly sharedPhoneThreshold: number };
  /** The rollout job (deadline reminders, daily snapshots, old emails and texts deleted): how often it looks for work; how long emails and texts are kept. */
  readonly rollout: { readonly intervalMs: number; readonly emailRetentionMs: number; readonly smsRetentionMs: number };
  /** Test only (refused in production): the file whose milliseconds move the clock of the time rules. */
  readonly clockOffsetFile: string | undefined;
  /** Whether GET /graphql from a browser opens the playground (off in production unless asked for). */
  readonly playground: boolean;
  readonly metrics: MetricsConfig;
  /** Emails: the outbox (development) or an SMTP server; who they come from; the console address their links use. */
  readonly mail: MailConfig;
  /** The mail-server check (`POST /mail-auth/v1/check`): off when no key is configured. */
  readonly mailAuth: { readonly key: string | undefined };
}

/**
 * Where `/metrics` is served: on the API's own port to a bearer of `token`, or on a separate address (`listen`,
 * with the token too when one is set); off when neither is configured.
 */
export interface MetricsConfig {
  readonly token: string | undefined;
  readonly listen: { readonly host: string; readonly port: number } | undefined;
}

/** `host:port` (a bracketed IPv6 host loses its brackets). */
function hostAndPort(value: string): { host: string; port: number } {
  const colon = value.lastIndexOf(":");
  return { host: value.slice(0, colon).replace(/^\[(.*)\]$/, "$1"), port: Number(value.slice(colon + 1)) };
}

/** Signed webhooks: whether this instance delivers, how often it looks for due deliveries, how long one may take. */
export interface WebhookConfig {
  readonly delivery: boolean;
  readonly pollIntervalMs: number;
  readonly timeoutMs: number;
}

/** One key of the password-step limiter. */
export interface ThrottleRule {
  /** Attempts allowed before waiting starts. */
  readonly burst: number;
  /** The first wait once the burst is spent; each later one doubles, up to `capMs`. */
  readonly baseMs: number;
  readonly capMs: number;
  /** A key untouched for this long starts again. */
  readonly staleMs: number;
}

export interface ThrottleConfig {
  /** Per username at one address (or in one known browser). */
  readonly user: ThrottleRule;
  /** Per address, across usernames (password spraying). */
  readonly address: ThrottleRule;
  /** How long a browser stays known after a successful sign-in. */
  readonly knownBrowserMs: number;
}

const SEAL_FILE = "seal-keys";

/**
 * Reads the seal keys of the embedded database, creating them on first start.
 * They live beside the database file, readable by the owner only.
 */
function embeddedSealKeys(dataDir: string): string {
  const file = join(dataDir, SEAL_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const spec = `k1:${randomBytes(32).toString("base64")}`;
  writeFileSync(file, `${spec}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return spec;
}

/** The SMS allow-list and budgets of the configuration. */
function smsLimits(raw: RawEnv): Pick<Config["sms"], "defaultCountries" | "budgets" | "passcode"> {
  const countries = parseCountryList(raw.SMS_DEFAULT_COUNTRIES.split(","));
  if (!countries.ok) throw new ConfigError(`Invalid configuration:\n  SMS_DEFAULT_COUNTRIES: unknown country codes ${countries.unknown.join(", ")}`);
  const budgets = (suffix: "" | "_MAX"): SmsBudgets => {
    const out = {} as Record<SmsBudgetName, number>;
    for (const [key, name] of SMS_BUDGET_VARIABLES) out[key] = raw[`${name}${suffix}`];
    return Object.freeze(out);
  };
  return {
    defaultCountries: Object.freeze(countries.countries),
    budgets: Object.freeze({ defaults: budgets(""), maxima: budgets("_MAX"), globalHourly: raw.SMS_BUDGET_GLOBAL_HOURLY }),
    passcode: Object.freeze({ digits: raw.SMS_PASSCODE_DIGITS, ttlMs: raw.SMS_PASSCODE_TTL_MINUTES * 60_000 }),
  };
}

/** The one validated, frozen configuration object; nothing else reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const raw = parseEnv(env);
  const dataDir = isAbsolute(raw.DATA_DIR) ? raw.DATA_DIR : resolve(cwd, raw.DATA_DIR);
  const database: DatabaseConfig = raw.DATABASE_URL
    ? { kind: "mysql", url: raw.DATABASE_URL, poolSize: raw.DATABASE_POOL_SIZE, queryTimeoutMs: raw.DATABASE_QUERY_TIMEOUT_MS }
    : { kind: "sqlite", file: join(dataDir, "mfa.sqlite") };

  if (!raw.MFA_SEAL_KEYS && database.kind === "mysql") {
    throw new ConfigError("Invalid configuration:\n  MFA_SEAL_KEYS: required with DATABASE_URL (kid:base64key with a 32-byte key)");
  }
  const spec = raw.MFA_SEAL_KEYS ?? embeddedSealKeys(dataDir);
  let keys: Record<string, Uint8Array>;
  try {
    keys = parseSealKeys(spec);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  MFA_SEAL_KEYS: ${(error as Error).message}`);
  }
  const keyIds = Object.keys(keys);
  const activeKeyId = raw.MFA_SEAL_ACTIVE_KEY_ID ?? keyIds[keyIds.length - 1];
  if (!activeKeyId) throw new ConfigError("Invalid configuration:\n  MFA_SEAL_KEYS: no key given");

  let trustProxy: TrustProxy | undefined;
  if (raw.TRUST_PROXY !== undefined) {
    const parsed = parseTrustProxy(raw.TRUST_PROXY);
    if (!parsed.ok) throw new ConfigError(`Invalid configuration:\n  TRUST_PROXY: ${parsed.message}`);
    trustProxy = parsed.value;
  }
  const origins = webAuthnOrigins(raw.WEBAUTHN_ORIGINS, raw.PORT);
  const webauthnProblems = webAuthnProblems({ rpId: raw.WEBAUTHN_RP_ID, origins });
  if (webauthnProblems.length) throw new ConfigError(`Invalid configuration:\n${webauthnProblems.map((p) => `  ${p}`).join("\n")}`);
  const consoleDir = raw.CONSOLE_DIR ? resolve(cwd, raw.CONSOLE_DIR) : undefined;
  const config: Config = {
    env: raw.NODE_ENV,
    host: raw.HOST,
    port: raw.PORT,
    dataDir,
    database,
    seal: Object.freeze({ keys: Object.freeze(keys), activeKeyId }),
    issuer: raw.MFA_ISSUER,
    webauthn: Object.freeze({ rpId: raw.WEBAUTHN_RP_ID, rpName: raw.MFA_ISSUER, origins: Object.freeze(origins) }),
    runMigrations: raw.RUN_MIGRATIONS,
    // Production never seeds (SEED_DEMO=true stops it; "auto" means the embedded database, which it refuses).
    seedDemo: raw.NODE_ENV !== "production" && (raw.SEED_DEMO === "auto" ? database.kind === "sqlite" : raw.SEED_DEMO === "true"),
    demoAdminPassword: raw.DEMO_ADMIN_PASSWORD,
    demoUserPassword: raw.DEMO_USER_PASSWORD,
    consoleDir,
    trustProxy,
    logLevel: raw.LOG_LEVEL,
    sms: Object.freeze(
      raw.SMS_SENDER === "twilio"
        ? {
            ...smsLimits(raw),
            sender: "twilio" as const,
            twilio: Object.freeze({
              accountSid: raw.TWILIO_ACCOUNT_SID as string,
              authToken: raw.TWILIO_AUTH_TOKEN as string,
              from: raw.TWILIO_FROM as string,
              baseUrl: raw.TWILIO_BASE_URL,
              timeoutMs: raw.TWILIO_TIMEOUT_MS,
            }),
          }
        : { ...smsLimits(raw), sender: "outbox" as const },
    ),
    apiKeys: Object.freeze({ ratePerMinute: raw.API_KEY_RATE_PER_MINUTE }),
    session: Object.freeze({ idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, recentProofMs: 10 * 60_000 }),
    throttle: Object.freeze({
      // Per username at an address: five free failures, then a wait (1 s by default) doubling up to 15 minutes.
      user: Object.freeze({ burst: raw.LOGIN_USER_BURST, baseMs: raw.LOGIN_USER_BACKOFF_MS, capMs: 15 * 60_000, staleMs: 15 * 60_000 }),
      // Per address across usernames: this many failures, then a quarter of an hour.
      address: Object.freeze({ burst: raw.LOGIN_ADDRESS_LIMIT, baseMs: 15 * 60_000, capMs: 60 * 60_000, staleMs: 15 * 60_000 }),
      knownBrowserMs: 180 * 24 * 3_600_000,
    }),
    webhooks: Object.freeze({ delivery: raw.WEBHOOK_DELIVERY, pollIntervalMs: raw.WEBHOOK_POLL_INTERVAL_MS, timeoutMs: raw.WEBHOOK_TIMEOUT_MS }),
    playground: raw.GRAPHQL_PLAYGROUND ?? raw.NODE_ENV !== "production",
    metrics: Object.freeze({ token: raw.METRICS_TOKEN, listen: raw.METRICS_LISTEN ? Object.freeze(hostAndPort(raw.METRICS_LISTEN)) : undefined }),
    mail: mailConfig(raw),
    reminders: raw.MFA_REMINDERS,
    alerts: Object.freeze({ delivery: raw.SECURITY_ALERTS, sharedPhoneThreshold: raw.SHARED_PHONE_THRESHOLD }),
    rollout: Object.freeze({
      intervalMs: raw.ROLLOUT_JOB_INTERVAL_MS,
      emailRetentionMs: raw.EMAIL_RETENTION_DAYS * 24 * 3_600_000,
      smsRetentionMs: raw.SMS_RETENTION_DAYS * 24 * 3_600_000,
    }),
    clockOffsetFile: raw.CLOCK_OFFSET_FILE ? resolve(cwd, raw.CLOCK_OFFSET_FILE) : undefined,
    mailAuth: Object.freeze({ key: raw.MAIL_AUTH_KEY }),
  };
  return Object.freeze(config);
}

export { ConfigError };
