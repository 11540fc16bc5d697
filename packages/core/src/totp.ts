import { generateSync, verifySync } from "otplib";
import { base32Encode } from "./encoding.js";
import { ONE_TIME_CODE_MAX_LENGTH, ONE_TIME_CODE_MIN_LENGTH, parseNumericCode } from "./one-time-code.js";
import { cryptoRandom, type RandomSource } from "./random.js";

/** Authenticator-app codes (RFC 6238): SHA-1, 6 digits, 30 s steps, one step of drift either way. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** 160-bit secrets, the size RFC 4226 recommends for HMAC-SHA1. */
const TOTP_SECRET_BYTES = 20;
/** How many time steps of clock drift are tolerated in each direction. */
const TOTP_DRIFT_STEPS = 1;

export type OtpAlgorithm = "SHA1" | "SHA256" | "SHA512";

/** A new TOTP secret: 20 random bytes as RFC 4648 Base32 without padding (32 characters). */
export function generateTotpSecret(rng: RandomSource = cryptoRandom): string {
  return base32Encode(rng.bytes(TOTP_SECRET_BYTES));
}

/**
 * The `otpauth://` URI an authenticator app scans (Google's Key Uri Format). Issuer and account are
 * percent-encoded separately, so spaces, '@' and even ':' in either cannot change where the label splits.
 * A device nickname, when given, follows the account in parentheses ("alice@example.com (Work phone)"), so
 * the app's entry names the device the user chose; the issuer parameter is unchanged.
 */
export function buildOtpauthUri(input: { issuer: string; accountName: string; secret: string; deviceName?: string }): string {
  const { issuer, accountName, secret } = input;
  if (issuer.length === 0 || accountName.length === 0) throw new RangeError("issuer and accountName are required");
  if (!/^[A-Z2-7]+$/.test(secret)) throw new RangeError("secret must be unpadded RFC 4648 Base32");
  const nickname = input.deviceName?.trim() ?? "";
  const account = nickname.length > 0 ? `${accountName} (${nickname})` : accountName;
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = [
    `secret=${secret}`,
    `issuer=${encodeURIComponent(issuer)}`,
    "algorithm=SHA1",
    `digits=${TOTP_DIGITS}`,
    `period=${TOTP_PERIOD_SECONDS}`,
  ].join("&");
  return `otpauth://totp/${label}?${query}`;
}

/**
 * Strict parse of a typed passcode (an authenticator's 6 digits or a texted code of 6 to 8): surrounding ASCII
 * whitespace is ignored, then 6 to 8 ASCII digits. Other scripts' digits, signs, wildcards, shorter and longer
 * input give null. Leading zeros are kept.
 */
export function parsePasscode(input: string): string | null {
  for (let length = ONE_TIME_CODE_MIN_LENGTH; length <= ONE_TIME_CODE_MAX_LENGTH; length++) {
    const digits = parseNumericCode(input, length);
    if (digits !== null) return digits;
  }
  return null;
}

/** The RFC 6238 time step containing `nowMs`. */
export function totpTimeStep(nowMs: number, period: number = TOTP_PERIOD_SECONDS): number {
  return Math.floor(nowMs / 1000 / period);
}

export type TotpVerifyResult = { valid: true; timeStep: number } | { valid: false };

/**
 * Checks an authenticator code at `nowMs`, allowing one step of drift either way. Steps at or before
 * `lastTimeStep` (the last accepted step of this device, null if none) are never accepted, so a code, or an
 * older one, works at most once. The caller stores the returned `timeStep` with a conditional update.
 * Comparison is constant-time; a malformed code is simply invalid. A stored secret that is not valid Base32 of
 * at least 16 bytes is a server-side fault and throws.
 */
export function verifyTotp(input: {
  secret: string;
  code: string;
  nowMs: number;
  lastTimeStep: number | null;
}): TotpVerifyResult {
  const { secret, code, nowMs, lastTimeStep } = input;
  const token = parseNumericCode(code, TOTP_DIGITS);
  if (token === null) return { valid: false };
  if (lastTimeStep !== null && !Number.isSafeInteger(lastTimeStep)) {
    throw new RangeError("lastTimeStep must be an integer or null");
  }
  const newestStep = totpTimeStep(nowMs) + TOTP_DRIFT_STEPS;
  if (lastTimeStep !== null && lastTimeStep >= newestStep) return { valid: false };
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(nowMs / 1000),
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
    algorithm: "sha1",
    epochTolerance: TOTP_DRIFT_STEPS * TOTP_PERIOD_SECONDS,
    ...(lastTimeStep !== null && lastTimeStep >= 0 ? { afterTimeStep: lastTimeStep } : {}),
  });
  // The functional API's result type also covers HOTP; a valid TOTP result always carries its time step.
  return result.valid && "timeStep" in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
}

/** The current code for a Base32 secret (for tests and load tools; the server never needs to show one). */
export function generateTotp(input: { secret: string; nowMs: number }): string {
  return generateSync({
    secret: input.secret,
    epoch: Math.floor(input.nowMs / 1000),
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
    algorithm: "sha1",
  });
}

function toOtplibAlgorithm(algorithm: OtpAlgorithm): "sha1" | "sha256" | "sha512" {
  return algorithm === "SHA1" ? "sha1" : algorithm === "SHA256" ? "sha256" : "sha512";
}

/** RFC 4226 HOTP over a raw key (at least 16 bytes) for any supported hash and digit count. */
export function hotp(input: {
  key: Uint8Array;
  counter: number | bigint;
  digits: number;
  algorithm: OtpAlgorithm;
}): string {
  const counter = Number(input.counter);
  if (!Number.isSafeInteger(counter) || counter < 0) throw new RangeError("counter must be a non-negative safe integer");
  return generateSync({
    strategy: "hotp",
    secret: input.key,
    counter,
    digits: input.digits,
    algorithm: toOtplibAlgorithm(input.algorithm),
  });
}

/** RFC 6238 TOTP over a raw key at `nowMs` for any supported hash, digit count and period. */
export function totpAt(input: {
  key: Uint8Array;
  nowMs: number;
  digits: number;
  algorithm: OtpAlgorithm;
  period: number;
}): string {
  return generateSync({
    secret: input.key,
    epoch: Math.floor(input.nowMs / 1000),
    period: input.period,
    digits: input.digits,
    algorithm: toOtplibAlgorithm(input.algorithm),
  });
}
