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

  it("requires the seal key in production and with a MySQL database", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATA_DIR: dir() })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", DATA_DIR: dir() })).toThrow(/MFA_SEAL_KEYS/);
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

  it("refuses in production the outbox sender and a demo seed nobody asked for", () => {
    const sealed = { NODE_ENV: "production", MFA_SEAL_KEYS: `k1:${key}` };
    const twilio = { SMS_SENDER: "twilio", TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`, TWILIO_AUTH_TOKEN: "token", TWILIO_FROM: "+15005550006" };
    expect(() => loadConfig({ ...sealed, ...twilio, SEED_DEMO: "false", DATA_DIR: dir() })).not.toThrow();
    expect(() => loadConfig({ ...sealed, SEED_DEMO: "false", DATA_DIR: dir() })).toThrow(/SMS_SENDER/);
    expect(() => loadConfig({ ...sealed, ...twilio, DATA_DIR: dir() })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ ...sealed, ...twilio, DATABASE_URL: "mysql://root@127.0.0.1/x", DATA_DIR: dir() })).not.toThrow();
  });

  it("keeps the embedded data folder the owner's only", () => {
    const dataDir = join(dir(), "data");
    loadConfig({ DATA_DIR: dataDir });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
