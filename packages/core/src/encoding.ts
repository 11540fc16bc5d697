/** Byte/text encodings shared by the factor modules. */

import { Buffer } from "node:buffer";

/** RFC 4648 Base32 alphabet (authenticator apps expect it for TOTP secrets). */
const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/** Crockford's Base32 alphabet: no I, L, O or U, so codes are easy to read aloud and type. */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function encode32(bytes: Uint8Array, alphabet: string): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/** RFC 4648 Base32 without padding. */
export function base32Encode(bytes: Uint8Array): string {
  return encode32(bytes, BASE32_ALPHABET);
}

/** Crockford Base32 without check symbol. */
export function crockfordEncode(bytes: Uint8Array): string {
  return encode32(bytes, CROCKFORD_ALPHABET);
}

/** Unpadded base64url. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64url");
}

/**
 * Strict unpadded base64url decoding: only the canonical encoding of some byte string is accepted, so no two
 * different texts decode to the same bytes. Returns null for anything else.
 */
export function base64UrlDecode(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, "base64url");
  if (bytes.toString("base64url") !== text) return null;
  return new Uint8Array(bytes);
}

const ASCII_SPACE = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g;

/** Trims ASCII whitespace only (unlike `String.prototype.trim`, which also removes other Unicode spaces). */
export function trimAscii(text: string): string {
  return text.replace(ASCII_SPACE, "");
}
