import { createHash } from "node:crypto";
import type { PolicyLevel } from "./policy.js";
import { cryptoRandom, type RandomSource } from "./random.js";

/** At most this many app passwords per user. */
export const APP_PASSWORDS_MAX = 10;
/** 16 letters from a-z: about 75 bits. */
const APP_PASSWORD_LETTERS = 16;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** The protocols a mail server asks about. */
export const MAIL_PROTOCOLS = ["imap", "pop3", "smtp"] as const;
export type MailProtocol = (typeof MAIL_PROTOCOLS)[number];

/** A new app password: 16 random lower-case letters, grouped by four for typing (`abcd efgh ijkl mnop`). */
export function generateAppPassword(rng: RandomSource = cryptoRandom): string {
  const letters = Array.from({ length: APP_PASSWORD_LETTERS }, () => ALPHABET[rng.int(ALPHABET.length)]).join("");
  return letters.match(/.{4}/g)?.join(" ") ?? letters;
}

/** The canonical form of a typed app password (spaces and hyphens dropped, lower case), or null when it is not one. */
export function normalizeAppPassword(input: string): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const compact = input.toLowerCase().replace(/[-\s]/g, "");
  return /^[a-z]{16}$/.test(compact) ? compact : null;
}

/**
 * 16 bits of the SHA-256 of a canonical app password: tells which of a user's (at most 10) stored hashes to
 * check, so a check costs one slow hash. The other ~59 bits stay behind argon2id.
 */
export function appPasswordSelector(canonical: string): string {
  return createHash("sha256").update(canonical, "utf8").digest("hex").slice(0, 4);
}

/**
 * Whether a user is "under MFA" for mail: they turned MFA on, or their effective policy requires it. Under MFA a
 * mail client must use an app password; the mailbox password alone is refused for IMAP, POP3 and SMTP.
 */
export function mailUnderMfa(input: { policy: PolicyLevel; mfaEnabled: boolean }): boolean {
  if (input.policy === "OFF") return false;
  return input.policy === "REQUIRED" || input.mfaEnabled;
}

/** Whether a user may create app passwords: only under MFA (elsewhere the mailbox password already works). */
export function canCreateAppPasswords(input: { policy: PolicyLevel; mfaEnabled: boolean; domainAllows: boolean }): boolean {
  return input.domainAllows && mailUnderMfa(input);
}
