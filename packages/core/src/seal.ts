import { Buffer } from "node:buffer";
import { createCipheriv, createDecipheriv } from "node:crypto";
import { base64UrlDecode, base64UrlEncode } from "./encoding.js";
import { cryptoRandom, type RandomSource } from "./random.js";

/** Raised when a sealed value cannot be opened: unknown key, wrong context, or any tampering. */
export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealError";
  }
}

export type Sealer = {
  /** Encrypts with the active key: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts). */
  seal(plaintext: string, aad?: string): string;
  /** Decrypts with whichever configured key sealed it; throws SealError on any failure. */
  open(sealed: string, aad?: string): string;
  /** Whether a value was sealed under another key than the active one (or is unreadable). */
  needsReseal(sealed: string): boolean;
};

const VERSION = "v1";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** The version and key id are authenticated together with the caller's context (`aad`). */
function additionalData(keyId: string, aad: string | undefined): Buffer {
  return Buffer.from(`${VERSION}.${keyId}.${aad ?? ""}`, "utf8");
}

function parse(sealed: string): { keyId: string; iv: Uint8Array; ct: Uint8Array; tag: Uint8Array } | null {
  if (typeof sealed !== "string") return null;
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, keyId = "", ivText = "", ctText = "", tagText = ""] = parts;
  const iv = base64UrlDecode(ivText);
  const ct = base64UrlDecode(ctText);
  const tag = base64UrlDecode(tagText);
  if (!KEY_ID.test(keyId) || iv?.length !== IV_BYTES || ct === null || tag?.length !== TAG_BYTES) return null;
  return { keyId, iv, ct, tag };
}

/**
 * AES-256-GCM sealing of secrets at rest (TOTP secrets) under named keys, so keys can rotate: values are sealed
 * with `activeKeyId` and opened with whichever key their id names.
 */
export function createSealer(config: {
  keys: Record<string, Uint8Array>;
  activeKeyId: string;
  rng?: RandomSource;
}): Sealer {
  const rng = config.rng ?? cryptoRandom;
  const keys = new Map<string, Uint8Array>();
  for (const [id, key] of Object.entries(config.keys)) {
    if (!KEY_ID.test(id)) throw new RangeError("key ids are 1-32 characters of A-Z a-z 0-9 _ -");
    if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
      throw new RangeError(`key "${id}" must be ${KEY_BYTES} bytes`);
    }
    keys.set(id, key);
  }
  const activeKey = keys.get(config.activeKeyId);
  if (activeKey === undefined) throw new RangeError(`active key "${config.activeKeyId}" is not configured`);
  const activeKeyId = config.activeKeyId;

  return {
    seal(plaintext, aad) {
      const iv = rng.bytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", activeKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(additionalData(activeKeyId, aad));
      const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const parts = [iv, ct, cipher.getAuthTag()].map((b) => base64UrlEncode(b));
      return [VERSION, activeKeyId, ...parts].join(".");
    },
    open(sealed, aad) {
      const parsed = parse(sealed);
      if (parsed === null) throw new SealError("sealed value is malformed");
      const key = keys.get(parsed.keyId);
      if (key === undefined) throw new SealError(`sealed with unknown key "${parsed.keyId}"`);
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, parsed.iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(additionalData(parsed.keyId, aad));
        decipher.setAuthTag(parsed.tag);
        return Buffer.concat([decipher.update(parsed.ct), decipher.final()]).toString("utf8");
      } catch {
        throw new SealError("sealed value failed authentication");
      }
    },
    needsReseal(sealed) {
      return parse(sealed)?.keyId !== activeKeyId;
    },
  };
}

/**
 * Parses a key list from configuration: `"kid1:<base64 key>,kid2:<base64 key>"`, each key 32 bytes (standard or
 * URL-safe base64). Errors name the key id, never the key material.
 */
export function parseSealKeys(spec: string): Record<string, Uint8Array> {
  // No prototype: an id such as "__proto__" stays an ordinary key.
  const keys = Object.create(null) as Record<string, Uint8Array>;
  const entries = spec.split(",").map((e) => e.trim()).filter((e) => e !== "");
  if (entries.length === 0) throw new RangeError("no sealing keys configured");
  for (const entry of entries) {
    const colon = entry.indexOf(":");
    const id = colon < 0 ? "" : entry.slice(0, colon).trim();
    if (!KEY_ID.test(id)) throw new RangeError("each key must be written <id>:<base64>, id of A-Z a-z 0-9 _ -");
    if (Object.hasOwn(keys, id)) throw new RangeError(`key "${id}" is listed twice`);
    const text = entry.slice(colon + 1).trim();
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, "base64") : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) throw new RangeError(`key "${id}" must be ${KEY_BYTES} bytes of base64`);
    keys[id] = new Uint8Array(key);
  }
  return keys;
}
