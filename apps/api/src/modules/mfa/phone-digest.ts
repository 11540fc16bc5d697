import { createHmac } from "node:crypto";

/** Digests phone numbers under one key: equal numbers give equal digests, and the digest names its key. */
export interface PhoneDigester {
  readonly keyId: string;
  digest(e164: string): string;
}

export function phoneDigester(keyId: string, key: Uint8Array): PhoneDigester {
  if (key.length < 32) throw new RangeError("a phone digest key has at least 32 bytes");
  return { keyId, digest: (e164) => `${keyId}.${createHmac("sha256", key).update(e164, "utf8").digest("base64url")}` };
}
