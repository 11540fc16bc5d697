import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const dir = () => mkdtempSync(join(tmpdir(), "mfa-config-"));
const key = Buffer.alloc(32, 7).toString("base64");

describe("configuration", () => {
  it("defaults to the embedded database and creates the seal key once beside it", () => {
    const dataDir = dir();
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.database).toEqual({ kind: "sqlite", file: join(dataDir, "mfa.sqlite") });
    expect(first.port).toBe(4000);
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.seal.activeKeyId).toBe(first.seal.activeKeyId);
    expect(Buffer.from(second.seal.keys[second.seal.activeKeyId] ?? []).equals(Buffer.from(first.seal.keys[first.seal.activeKeyId] ?? []))).toBe(true);
    expect(statSync(join(dataDir, "seal-keys")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, "seal-keys"), "utf8")).toMatch(/^k1:/);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty", DATA_DIR: dir() })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "postgres://x", DATA_DIR: dir() })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DEMO_ADMIN_PASSWORD: "short", DATA_DIR: dir() })).toThrow(/DEMO_ADMIN_PASSWORD/);
    expect(() => loadConfig({ MFA_SEAL_KEYS: "k1:tooshort", DATA_DIR: dir() })).toThrow(/MFA_SEAL_KEYS/);
  });

  it("texts sign-in codes of 7 digits valid 10 minutes unless told otherwise, 6 to 8 digits, at most 10 minutes", () => {
    expect(loadConfig({ DATA_DIR: dir() }).sms.passcode).toEqual({ digits: 7, ttlMs: 10 * 60_000 });
    expect(loadConfig({ SMS_PASSCODE_DIGITS: "6", SMS_PASSCODE_TTL_MINUTES: "5", DATA_DIR: dir() }).sms.passcode).toEqual({ digits: 6, ttlMs: 5 * 60_000 });
    expect(loadConfig({ SMS_PASSCODE_DIGITS: "8", DATA_DIR: dir() }).sms.passcode.digits).toBe(8);
    for (const digits of ["5", "9", "seven"]) expect(() => loadConfig({ SMS_PASSCODE_DIGITS: digits, DATA_DIR: dir() })).toThrow(/SMS_PASSCODE_DIGITS/);
    for (const minutes of ["0", "11"]) expect(() => loadConfig({ SMS_PASSCODE_TTL_MINUTES: minutes, DATA_DIR: dir() })).toThrow(/SMS_PASSCODE_TTL_MINUTES/);
  });

  it("requires the seal key with a MySQL database", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://root@127.0.0.1/x", DATA_DIR: dir() })).toThrow(/MFA_SEAL_KEYS/);
  });

  it("accepts several keys and picks the named active one", () => {
    const other = Buffer.alloc(32, 9).toString("base64");
    const config = loadConfig({ MFA_SEAL_KEYS: `old:${key},new:${other}`, MFA_SEAL_ACTIVE_KEY_ID: "old", DATA_DIR: dir() });
    expect(config.seal.activeKeyId).toBe("old");
    expect(Object.keys(config.seal.keys)).toEqual(["old", "new"]);
    expect(() => loadConfig({ MFA_SEAL_KEYS: `old:${key}`, MFA_SEAL_ACTIVE_KEY_ID: "gone", DATA_DIR: dir() })).toThrow(/MFA_SEAL_ACTIVE_KEY_ID/);
  });

  it("has the documented SMS defaults: US, CA and GB; 5/10 per user, 50/200 per domain, 100/500 per account, 5 per number, 1,000 an hour in all", () => {
    const { sms } = loadConfig({ DATA_DIR: dir() });
    expect(sms.defaultCountries).toEqual(["CA", "GB", "US"]);
    expect(sms.budgets).toEqual({
      defaults: { userHourly: 5, userDaily: 10, domainHourly: 50, domainDaily: 200, accountHourly: 100, accountDaily: 500, destinationDaily: 5 },
      maxima: { userHourly: 20, userDaily: 50, domainHourly: 500, domainDaily: 2000, accountHourly: 1000, accountDaily: 5000, destinationDaily: 20 },
      globalHourly: 1000,
    });
  });

  it("names a bad SMS setting: unknown countries, a budget that is not a whole number, a default above its maximum", () => {
    expect(() => loadConfig({ SMS_DEFAULT_COUNTRIES: "US,XX", DATA_DIR: dir() })).toThrow(/SMS_DEFAULT_COUNTRIES: unknown country codes XX/);
    expect(() => loadConfig({ SMS_DEFAULT_COUNTRIES: "USA", DATA_DIR: dir() })).toThrow(/SMS_DEFAULT_COUNTRIES/);
    expect(() => loadConfig({ SMS_BUDGET_USER_HOURLY: "-1", DATA_DIR: dir() })).toThrow(/SMS_BUDGET_USER_HOURLY/);
    expect(() => loadConfig({ SMS_BUDGET_GLOBAL_HOURLY: "lots", DATA_DIR: dir() })).toThrow(/SMS_BUDGET_GLOBAL_HOURLY/);
    expect(() => loadConfig({ SMS_BUDGET_DESTINATION_DAILY: "30", DATA_DIR: dir() })).toThrow(/SMS_BUDGET_DESTINATION_DAILY: must not exceed SMS_BUDGET_DESTINATION_DAILY_MAX \(20\)/);
    expect(loadConfig({ SMS_BUDGET_DESTINATION_DAILY: "30", SMS_BUDGET_DESTINATION_DAILY_MAX: "30", DATA_DIR: dir() }).sms.budgets.defaults.destinationDaily).toBe(30);
  });

  it("is frozen", () => {
    const config = loadConfig({ DATA_DIR: dir() });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("takes TRUST_PROXY as a hop count or the proxies' addresses, never `true`", () => {
    expect(loadConfig({ TRUST_PROXY: "1", DATA_DIR: dir() }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,192.0.2.7", DATA_DIR: dir() }).trustProxy).toEqual(["loopback", "10.0.0.0/8", "192.0.2.7"]);
    expect(loadConfig({ DATA_DIR: dir() }).trustProxy).toBeUndefined();
    for (const bad of ["true", "yes", "10.0.0.0/99", "0.0.0.1/8/2", "proxy.example"]) expect(() => loadConfig({ TRUST_PROXY: bad, DATA_DIR: dir() })).toThrow(/TRUST_PROXY/);
  });

  describe("in production", () => {
    const twilio = { SMS_SENDER: "twilio", TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`, TWILIO_AUTH_TOKEN: "token", TWILIO_FROM: "+15005550006" };
    const smtp = { MAIL_TRANSPORT: "smtp", SMTP_URL: "smtps://mailer:secret@smtp.example.com", MAIL_FROM: "no-reply@example.com", CONSOLE_URL: "https://mfa.example.com" };
    const ready = { NODE_ENV: "production", MFA_SEAL_KEYS: `k1:${key}`, DATABASE_URL: "mysql://mfa@db.internal/mfa", TRUST_PROXY: "1", ...twilio, ...smtp };
    const problemsOf = (env: Record<string, string | undefined>): string[] => {
      try {
        loadConfig({ ...env, DATA_DIR: dir() });
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return [...(error as Error).message.matchAll(/^ {2}([A-Z_]+):/gm)].map((m) => m[1] as string);
      }
    };

    it("starts with every setting it needs, without demo data or a playground", () => {
      const config = loadConfig({ ...ready, DATA_DIR: dir() });
      expect({ seedDemo: config.seedDemo, playground: config.playground, env: config.env }).toEqual({ seedDemo: false, playground: false, env: "production" });
      expect(loadConfig({ ...ready, GRAPHQL_PLAYGROUND: "true", DATA_DIR: dir() }).playground).toBe(true);
      expect(loadConfig({ ...ready, TRUST_PROXY: "0", DATA_DIR: dir() }).trustProxy).toBe(0);
    });

    it("names every missing setting at once: the database, the seal keys, the SMS provider, the mail server, the proxies", () => {
      expect(problemsOf({ NODE_ENV: "production" })).toEqual(["DATABASE_URL", "MFA_SEAL_KEYS", "SMS_SENDER", "MAIL_TRANSPORT", "TRUST_PROXY"]);
      for (const name of ["DATABASE_URL", "MFA_SEAL_KEYS", "TRUST_PROXY"] as const) {
        expect(problemsOf({ ...ready, [name]: undefined })).toEqual([name]);
      }
      expect(problemsOf({ ...ready, SMS_SENDER: "outbox" })).toEqual(["SMS_SENDER"]);
      expect(problemsOf({ ...ready, MAIL_TRANSPORT: "outbox" })).toEqual(["MAIL_TRANSPORT"]);
      expect(problemsOf({ ...ready, MAIL_TRANSPORT: undefined })).toEqual(["MAIL_TRANSPORT"]);
      expect(problemsOf({ ...ready, TWILIO_AUTH_TOKEN: undefined })).toEqual(["TWILIO_AUTH_TOKEN"]);
    });

    it("names unsafe settings: demo data, a provider over plain http, together with a malformed value", () => {
      expect(problemsOf({ ...ready, SEED_DEMO: "true" })).toEqual(["SEED_DEMO"]);
      expect(problemsOf({ ...ready, TWILIO_BASE_URL: "http://sms.example" })).toEqual(["TWILIO_BASE_URL"]);
      expect(problemsOf({ ...ready, TWILIO_BASE_URL: "http://127.0.0.1:8080" })).toEqual([]);
      expect(problemsOf({ ...ready, PORT: "eighty", TRUST_PROXY: undefined })).toEqual(["PORT", "TRUST_PROXY"]);
      expect(problemsOf({ ...ready, SEED_DEMO: "false" })).toEqual([]);
    });

    it("refuses the test clock (CLOCK_OFFSET_FILE): a production clock is never moved", () => {
      expect(problemsOf({ ...ready, CLOCK_OFFSET_FILE: "/tmp/clock-offset" })).toEqual(["CLOCK_OFFSET_FILE"]);
      expect(loadConfig({ CLOCK_OFFSET_FILE: "clock-offset", DATA_DIR: dir() }, "/srv/mfa").clockOffsetFile).toBe("/srv/mfa/clock-offset");
    });

    it("the same settings outside production are accepted as they always were", () => {
      expect(problemsOf({ SEED_DEMO: "true" })).toEqual([]);
      expect(loadConfig({ DATA_DIR: dir() }).playground).toBe(true);
    });
  });

  it("takes a metrics token of at least 32 characters and a separate metrics address", () => {
    const token = "m".repeat(32);
    expect(loadConfig({ DATA_DIR: dir() }).metrics).toEqual({ token: undefined, listen: undefined });
    expect(loadConfig({ METRICS_TOKEN: token, METRICS_LISTEN: "0.0.0.0:9464", DATA_DIR: dir() }).metrics).toEqual({ token, listen: { host: "0.0.0.0", port: 9464 } });
    expect(loadConfig({ METRICS_LISTEN: "[::1]:9464", DATA_DIR: dir() }).metrics.listen).toEqual({ host: "::1", port: 9464 });
    expect(() => loadConfig({ METRICS_TOKEN: "short", DATA_DIR: dir() })).toThrow(/METRICS_TOKEN/);
    for (const bad of ["9464", "host:", "127.0.0.1:70000", "a b:1"]) expect(() => loadConfig({ METRICS_LISTEN: bad, DATA_DIR: dir() })).toThrow(/METRICS_LISTEN/);
  });

  it("keeps emails in the outbox by default, from the issuer at localhost, with links to this server", () => {
    expect(loadConfig({ PORT: "4100", MFA_ISSUER: "Acme Mail", DATA_DIR: dir() }).mail).toEqual({
      transport: "outbox",
      from: { name: "Acme Mail", address: "no-reply@localhost" },
      consoleUrl: "http://localhost:4100",
    });
  });

  it("takes the SMTP server apart from SMTP_URL: URL-encoded credentials, the default port of each scheme, one timeout", () => {
    const smtp = { MAIL_TRANSPORT: "smtp", MAIL_FROM: '"Acme, Security" <security@acme.example>', CONSOLE_URL: "https://mfa.acme.example/" };
    const starttls = loadConfig({ ...smtp, SMTP_URL: "smtp://mailer%40acme.example:p%3Ass%2Fw@smtp.acme.example", DATA_DIR: dir() }).mail;
    expect(starttls).toEqual({
      transport: "smtp",
      from: { name: "Acme, Security", address: "security@acme.example" },
      consoleUrl: "https://mfa.acme.example",
      smtp: { host: "smtp.acme.example", port: 587, secure: false, user: "mailer@acme.example", password: "p:ss/w", requireTls: false, timeoutMs: 10_000 },
    });
    const tls = loadConfig({ ...smtp, SMTP_URL: "smtps://relay.acme.example", SMTP_TIMEOUT_MS: "3000", DATA_DIR: dir() }).mail;
    expect(tls.transport === "smtp" && tls.smtp).toEqual({ host: "relay.acme.example", port: 465, secure: true, user: null, password: null, requireTls: false, timeoutMs: 3000 });
    const local = loadConfig({ ...smtp, SMTP_URL: "smtp://127.0.0.1:2525", DATA_DIR: dir() }).mail;
    expect(local.transport === "smtp" && local.smtp.port).toBe(2525);
  });

  it("in production, sends the SMTP password only over TLS and links only to an https console", () => {
    const production = { NODE_ENV: "production", MFA_SEAL_KEYS: `k1:${key}`, DATABASE_URL: "mysql://mfa@db.internal/mfa", TRUST_PROXY: "1", SMS_SENDER: "twilio", TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`, TWILIO_AUTH_TOKEN: "token", TWILIO_FROM: "+15005550006" };
    const smtp = { MAIL_TRANSPORT: "smtp", MAIL_FROM: "no-reply@example.com", CONSOLE_URL: "https://mfa.example.com" };
    const withPassword = loadConfig({ ...production, ...smtp, SMTP_URL: "smtp://u:p@smtp.example.com", DATA_DIR: dir() }).mail;
    expect(withPassword.transport === "smtp" && withPassword.smtp.requireTls).toBe(true);
    const relay = loadConfig({ ...production, ...smtp, SMTP_URL: "smtp://relay.internal:25", DATA_DIR: dir() }).mail;
    expect(relay.transport === "smtp" && relay.smtp.requireTls).toBe(false);
    expect(() => loadConfig({ ...production, ...smtp, SMTP_URL: "smtps://u:p@smtp.example.com", CONSOLE_URL: "http://mfa.example.com", DATA_DIR: dir() })).toThrow(
      /CONSOLE_URL: must be https in production/,
    );
  });

  it("names each missing or bad email setting", () => {
    expect(() => loadConfig({ MAIL_TRANSPORT: "sendmail", DATA_DIR: dir() })).toThrow(/MAIL_TRANSPORT/);
    const missing = (() => {
      try {
        loadConfig({ MAIL_TRANSPORT: "smtp", DATA_DIR: dir() });
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of ["SMTP_URL", "MAIL_FROM", "CONSOLE_URL"]) expect(missing).toContain(`${name}: required when MAIL_TRANSPORT=smtp`);
    const smtp = { MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://smtp.example.com", MAIL_FROM: "no-reply@example.com", CONSOLE_URL: "https://mfa.example.com", DATA_DIR: dir() };
    for (const url of ["http://smtp.example.com", "smtp://", "smtp://smtp.example.com/path", "smtp://user@smtp.example.com", "not a url", "smtp://h?x=1"]) {
      expect(() => loadConfig({ ...smtp, SMTP_URL: url }), url).toThrow(/SMTP_URL: must be smtp:\/\/|SMTP_URL: give both/);
    }
    for (const from of ["nobody", "a@b.example, c@d.example", "Name <not an address>", "x@example.com\r\nBcc: eve@example.com"]) {
      expect(() => loadConfig({ ...smtp, MAIL_FROM: from }), from).toThrow(/MAIL_FROM: must be one address/);
    }
    for (const link of ["mfa.example.com", "ftp://mfa.example.com", "https://mfa.example.com/?a=1", "https://u:p@mfa.example.com"]) {
      expect(() => loadConfig({ ...smtp, CONSOLE_URL: link }), link).toThrow(/CONSOLE_URL: must be the console's http\(s\) address/);
    }
    expect(() => loadConfig({ ...smtp, SMTP_TIMEOUT_MS: "50" })).toThrow(/SMTP_TIMEOUT_MS/);
  });

  it("keeps the embedded data folder the owner's only", () => {
    const dataDir = join(dir(), "data");
    loadConfig({ DATA_DIR: dataDir });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
