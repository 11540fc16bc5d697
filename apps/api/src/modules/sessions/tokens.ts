import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session tokens and login challenge ids. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored of a token: its SHA-256, hex. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A plausible token: 43 base64url characters. Anything else is refused before a lookup. */
export function isWellFormedToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
