/** A setting that stops start-up, and why. */
export interface Problem {
  readonly variable: string;
  readonly message: string;
}

const LOOPBACK_HOST = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/;

function plainHttpToAnotherMachine(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol !== "https:" && !LOOPBACK_HOST.test(parsed.hostname);
  } catch {
    return false; // the schema names a malformed URL
  }
}

/**
 * What production needs beyond valid values, read from the environment as given (so the message names every
 * missing or unsafe setting at once, together with any malformed one). Production means: a MySQL/MariaDB database
 * (the embedded SQLite database is for trying the service on one machine), seal keys from the operator (not a file
 * generated beside the data), a real SMS provider reached over TLS and an SMTP server (the outboxes are for
 * development), a decision on the proxies in front (the client address every throttle counts comes from it),
 * never demo data, and never the test clock.
 */
export function productionProblems(env: Readonly<Record<string, string | undefined>>): Problem[] {
  const problems: Problem[] = [];
  const missing = (name: string) => env[name] === undefined;
  if (missing("DATABASE_URL")) {
    problems.push({
      variable: "DATABASE_URL",
      message: "required in production: mysql://user:password@host:3306/database or mariadb://... (the embedded SQLite database is for a trial on one machine)",
    });
  }
  if (missing("MFA_SEAL_KEYS")) {
    problems.push({ variable: "MFA_SEAL_KEYS", message: "required in production (kid:base64key with a 32-byte key, e.g. k1:$(openssl rand -base64 32))" });
  }
  if ((env.SMS_SENDER ?? "outbox") === "outbox") {
    problems.push({
      variable: "SMS_SENDER",
      message: "the outbox keeps texts for development only; production needs a provider (SMS_SENDER=twilio with TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM)",
    });
  }
  if ((env.MAIL_TRANSPORT ?? "outbox") === "outbox") {
    problems.push({
      variable: "MAIL_TRANSPORT",
      message: "the outbox keeps emails for development only; production needs an SMTP server (MAIL_TRANSPORT=smtp with SMTP_URL, MAIL_FROM and CONSOLE_URL)",
    });
  }
  if (env.TWILIO_BASE_URL !== undefined && plainHttpToAnotherMachine(env.TWILIO_BASE_URL)) {
    problems.push({ variable: "TWILIO_BASE_URL", message: "must be https in production (the provider's credentials travel with every text)" });
  }
  if (missing("TRUST_PROXY")) {
    problems.push({
      variable: "TRUST_PROXY",
      message:
        "required in production: 0 when clients connect to the service directly, else the number of proxies in front of it (1) or their addresses; the throttles count the client address it yields",
    });
  }
  if (env.CLOCK_OFFSET_FILE !== undefined) {
    problems.push({ variable: "CLOCK_OFFSET_FILE", message: "moves the service's clock for end-to-end tests only; never in production (leave it unset)" });
  }
  if (env.SEED_DEMO === "true") {
    problems.push({ variable: "SEED_DEMO", message: "demo data is never created in production (leave it unset or false)" });
  }
  return problems;
}
