import { createHmac, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";
import { trimAscii } from "./encoding.js";
import { cryptoRandom, type RandomSource } from "./random.js";

/** Shortest and longest numeric code we send by text (6 is the ASVS / SP 800-63B minimum). */
export const ONE_TIME_CODE_MIN_LENGTH = 6;
export const ONE_TIME_CODE_MAX_LENGTH = 8;
/** How long a texted code stays valid. */
export const ONE_TIME_CODE_TTL_MS = 5 * 60_000;
/** Shortest accepted server key for code hashing. */
const ONE_TIME_CODE_MIN_KEY_BYTES = 16;

function assertLength(length: number): void {
  if (!Number.isInteger(length) || length < ONE_TIME_CODE_MIN_LENGTH || length > ONE_TIME_CODE_MAX_LENGTH) {
    throw new RangeError(
      `code length must be an integer from ${ONE_TIME_CODE_MIN_LENGTH} to ${ONE_TIME_CODE_MAX_LENGTH}`,
    );
  }
}

/** A random code of `length` ASCII digits, each uniform (leading zeros included). */
export function generateNumericCode(length = 6, rng: RandomSource = cryptoRandom): string {
  assertLength(length);
  let code = "";
  for (let i = 0; i < length; i++) code += String(rng.int(10));
  return code;
}

/**
 * Strict parse of a typed code: surrounding ASCII whitespace is ignored, then exactly `length` ASCII digits
 * (no other scripts' digits, signs or separators). Returns the digits, or null.
 */
export function parseNumericCode(input: string, length: number): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const trimmed = trimAscii(input);
  if (trimmed.length !== length || !/^[0-9]+$/.test(trimmed)) return null;
  return trimmed;
}

function assertKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length < ONE_TIME_CODE_MIN_KEY_BYTES) {
    throw new RangeError(`the code hashing key must be at least ${ONE_TIME_CODE_MIN_KEY_BYTES} bytes`);
  }
}

/**
 * Keyed hash of a code for storage: HMAC-SHA256 (hex) under a server key. A plain hash of 6 digits could be
 * reversed offline in a millisecond; without the key it cannot.
 */
export function hashOneTimeCode(code: string, key: Uint8Array): string {
  assertKey(key);
  return createHmac("sha256", key).update(code, "utf8").digest("hex");
}

/** Constant-time check of a typed code against a stored hash; false for any malformed input. */
export function verifyOneTimeCode(code: string, hash: string, key: Uint8Array): boolean {
  assertKey(key);
  if (typeof code !== "string" || typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)) return false;
  const candidate = trimAscii(code);
  const expected = Buffer.from(hash, "hex");
  const actual = createHmac("sha256", key).update(candidate, "utf8").digest();
  const wellFormed = /^[0-9]{6,8}$/.test(candidate);
  return timingSafeEqual(actual, expected) && wellFormed;
}

/** Hashes codes under one key and checks them under any of several (see `oneTimeCodeHasher`). */
export interface OneTimeCodeHasher {
  hash(code: string): string;
  verify(code: string, hash: string): boolean;
}

/**
 * Hashes codes under the first key and checks them under every key given: after a key rotation, a code hashed
 * under the previous key minutes earlier (by another instance, or before a restart) still matches.
 */
export function oneTimeCodeHasher(keys: readonly Uint8Array[]): OneTimeCodeHasher {
  const [first] = keys;
  if (first === undefined) throw new RangeError("at least one code hashing key is needed");
  for (const key of keys) assertKey(key);
  return {
    hash: (code) => hashOneTimeCode(code, first),
    verify: (code, hash) => keys.some((key) => verifyOneTimeCode(code, hash, key)),
  };
}

/** Expiry instant of a code issued at `nowMs`. */
export function oneTimeCodeExpiry(nowMs: number, ttlMs: number = ONE_TIME_CODE_TTL_MS): number {
  return nowMs + ttlMs;
}

/** True once `nowMs` has reached the expiry instant. */
export function isExpired(expiresAtMs: number, nowMs: number): boolean {
  return nowMs >= expiresAtMs;
}
