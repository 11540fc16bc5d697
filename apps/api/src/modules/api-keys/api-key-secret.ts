import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The shape of an API key: `mfak_` (so secret scanners can find one), the key's id (32 hex digits) and 256 random
 * bits (43 base64url characters). A token issued for a key on the REST door is `mfat_` and 256 random bits.
 */
const KEY = /^mfak_([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;
const TOKEN = /^mfat_[A-Za-z0-9_-]{43}$/;

const KEY_PREFIX = "mfak_";

const hex = (uuid: string) => uuid.replace(/-/g, "");
const uuidOf = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

/** A new key for the key of this id. */
export function newApiKey(id: string): string {
  return `${KEY_PREFIX}${hex(id)}${randomBytes(32).toString("base64url")}`;
}

/** What the list shows to recognise a key without revealing it: the prefix and the start of the id. */
export const visiblePrefix = (id: string) => `${KEY_PREFIX}${hex(id).slice(0, 8)}`;

/** The id a well-formed key names; null for anything else. */
export function keyIdOf(value: string): string | null {
  const match = KEY.exec(value);
  return match ? uuidOf(match[1] as string) : null;
}

export const newKeyToken = () => `mfat_${randomBytes(32).toString("base64url")}`;

export const isKeyToken = (value: string) => TOKEN.test(value);

/** Whether a presented credential has the shape of a key or of a token issued for one. */
export const looksLikeKeyCredential = (value: string) => value.startsWith(KEY_PREFIX) || value.startsWith("mfat_");

/** SHA-256, hex: enough for 256 random bits (nothing to guess, so no slow hash is needed). */
export const secretHash = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

/** Compares two hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
