import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Buffer } from "node:buffer";
import { CROCKFORD_ALPHABET, base64UrlDecode, base64UrlEncode, crockfordEncode } from "./encoding.js";
import { cryptoRandom, type RandomSource } from "./random.js";

/** At most this many codes exist at a time; a new batch voids the old one. */
export const RECOVERY_CODES_MAX = 10;
/** 80 bits per code (ASVS asks for at least 64): 16 Crockford Base32 characters. */
const RECOVERY_CODE_BYTES = 10;
const RECOVERY_CODE_LENGTH = 16;
const SALT_BYTES = 16;
const HASH_PREFIX = "s256";

function group(code: string): string {
  return code.match(/.{4}/g)?.join("-") ?? code;
}

/** A batch of `quantity` (1 to 10) distinct codes formatted `XXXX-XXXX-XXXX-XXXX`. */
export function generateRecoveryCodes(quantity = RECOVERY_CODES_MAX, rng: RandomSource = cryptoRandom): string[] {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > RECOVERY_CODES_MAX) {
    throw new RangeError(`quantity must be an integer from 1 to ${RECOVERY_CODES_MAX}`);
  }
  const codes = new Set<string>();
  for (let attempts = 0; codes.size < quantity; attempts++) {
    if (attempts >= quantity * 10) throw new Error("random source keeps repeating itself");
    codes.add(group(crockfordEncode(rng.bytes(RECOVERY_CODE_BYTES))));
  }
  return [...codes];
}

const ALIASES: Record<string, string> = { I: "1", L: "1", O: "0" };

/**
 * The canonical form of a typed code: upper case, without hyphens or spaces, with the look-alikes I/L read as 1
 * and O as 0. Null unless exactly 16 Crockford Base32 characters remain.
 */
export function normalizeRecoveryCode(input: string): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const compact = input.toUpperCase().replace(/[-\s]/g, "");
  const code = compact.replace(/[ILO]/g, (c) => ALIASES[c] ?? c);
  if (code.length !== RECOVERY_CODE_LENGTH) return null;
  for (const c of code) if (!CROCKFORD_ALPHABET.includes(c)) return null;
  return code;
}

function digest(salt: Uint8Array, code: string): Buffer {
  return createHash("sha256").update(salt).update(code, "utf8").digest();
}

/**
 * Salted SHA-256 of a code's canonical form for storage: `s256$<salt>$<hash>` (base64url). 80 random bits make
 * a slow password hash unnecessary; the salt keeps equal codes from having equal hashes.
 */
export function hashRecoveryCode(code: string, salt: Uint8Array = new Uint8Array(randomBytes(SALT_BYTES))): string {
  const normalized = normalizeRecoveryCode(code);
  if (normalized === null) throw new RangeError("not a recovery code");
  if (salt.length < SALT_BYTES) throw new RangeError(`salt must be at least ${SALT_BYTES} bytes`);
  return `${HASH_PREFIX}$${base64UrlEncode(salt)}$${base64UrlEncode(digest(salt, normalized))}`;
}

/** Constant-time check of a typed code against a stored hash; false for malformed input or hash. */
export function verifyRecoveryCode(input: string, stored: string): boolean {
  const normalized = normalizeRecoveryCode(input);
  if (normalized === null || typeof stored !== "string") return false;
  const [prefix, saltText, hashText, ...rest] = stored.split("$");
  if (prefix !== HASH_PREFIX || rest.length > 0 || saltText === undefined || hashText === undefined) return false;
  const salt = base64UrlDecode(saltText);
  const expected = base64UrlDecode(hashText);
  if (salt === null || expected === null || expected.length !== 32) return false;
  return timingSafeEqual(digest(salt, normalized), expected);
}

/** Content of the downloadable `.txt` file shown once after a batch is generated. */
export function renderRecoveryCodesText(input: {
  issuer: string;
  accountName: string;
  codes: readonly string[];
  issuedAtMs: number;
}): string {
  const issued = new Date(input.issuedAtMs).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, " UTC");
  return [
    `${input.issuer} recovery codes`,
    `Account: ${input.accountName}`,
    `Generated: ${issued}`,
    "",
    "Use one of these codes to sign in if you cannot use your phone or authenticator app.",
    "Each code works only once. Generating new codes makes all of these stop working.",
    "Keep them somewhere safe and private, like a password manager.",
    "",
    ...input.codes,
    "",
  ].join("\n");
}
