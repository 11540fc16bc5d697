import { createHash } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { WebAuthnConfig } from "#src/config/webauthn.js";

/**
 * The two WebAuthn ceremonies (SimpleWebAuthn), with nothing stored here: the caller keeps the SHA-256 of
 * each challenge it hands out, and an answer is checked against that hash, so a challenge works only
 * where it was recorded. User verification is preferred, not required (a security key without a PIN
 * still counts as possession); the signature counter is the caller's to judge (`@mfa/core`'s `signCounterMoved`).
 */

/** How long a browser has to answer a ceremony. */
export const CEREMONY_TIMEOUT_MS = 5 * 60_000;

/** A known credential: its id, public key (base64url) and transports. */
export interface StoredCredential {
  credentialId: string;
  publicKey: string;
  transports: string[];
}

/** The SHA-256 of a challenge (base64url), the form in which challenges are stored. */
const challengeHash = (challenge: string) => createHash("sha256").update(challenge, "utf8").digest("hex");

const matches = (hash: string) => (challenge: string) => challengeHash(challenge) === hash;

export const transportsOf = (stored: string | null): string[] => (stored ? stored.split(",").filter(Boolean) : []);

const TRANSPORTS = new Set(["usb", "nfc", "ble", "internal", "hybrid", "smart-card", "cable"]);

/** A response from the browser, parsed from its JSON; null when it is not one. */
function parse<T extends { id: string; rawId: string; response: unknown; type: string }>(json: string): T | null {
  try {
    const value = JSON.parse(json) as T;
    return value && typeof value === "object" && typeof value.id === "string" && typeof value.rawId === "string" && value.type === "public-key" && typeof value.response === "object" ? value : null;
  } catch {
    return null;
  }
}

/** The credential id an assertion names, or null when the text is no assertion. */
export function assertionCredentialId(json: string): string | null {
  return parse<AuthenticationResponseJSON>(json)?.id ?? null;
}

export class WebAuthnCeremonies {
  constructor(private readonly config: WebAuthnConfig) {}

  /** Options for `navigator.credentials.create`, and the hash of their challenge to keep. */
  async registrationOptions(input: { userId: string; userName: string; displayName: string; exclude: StoredCredential[] }) {
    const options = await generateRegistrationOptions({
      rpName: this.config.rpName,
      rpID: this.config.rpId,
      userName: input.userName,
      userDisplayName: input.displayName,
      userID: new TextEncoder().encode(input.userId),
      attestationType: "none",
      timeout: CEREMONY_TIMEOUT_MS,
      excludeCredentials: input.exclude.map((c) => ({ id: c.credentialId, transports: c.transports })),
      authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    });
    return { optionsJson: JSON.stringify(options), challengeHash: challengeHash(options.challenge) };
  }

  /** The new credential of a registration answer to the challenge of `hash`, or null when it does not verify. */
  async verifyRegistration(json: string, hash: string): Promise<{ credentialId: string; publicKey: string; counter: number; transports: string[] } | null> {
    const response = parse<RegistrationResponseJSON>(json);
    if (!response) return null;
    try {
      const result = await verifyRegistrationResponse({
        response,
        expectedChallenge: matches(hash),
        expectedOrigin: [...this.config.origins],
        expectedRPID: this.config.rpId,
        requireUserVerification: false,
      });
      if (!result.verified) return null;
      const { credential } = result.registrationInfo;
      if (credential.id.length > 512) return null;
      const transports = (response.response.transports ?? []).filter((t) => TRANSPORTS.has(t));
      return { credentialId: credential.id, publicKey: Buffer.from(credential.publicKey).toString("base64url"), counter: credential.counter, transports };
    } catch {
      return null;
    }
  }

  /** Options for `navigator.credentials.get` over the user's credentials, and the hash of their challenge to keep. */
  async authenticationOptions(credentials: StoredCredential[]) {
    const options = await generateAuthenticationOptions({
      rpID: this.config.rpId,
      timeout: CEREMONY_TIMEOUT_MS,
      userVerification: "preferred",
      allowCredentials: credentials.map((c) => ({ id: c.credentialId, transports: c.transports })),
    });
    return { optionsJson: JSON.stringify(options), challengeHash: challengeHash(options.challenge) };
  }

  /**
   * Verifies an assertion by `credential` for the challenge of `hash`, from an allowed origin for the RP ID.
   * Returns the counter it carries, or null when it does not verify. The counter is not judged here.
   */
  async verifyAssertion(json: string, hash: string, credential: StoredCredential): Promise<{ counter: number; userVerified: boolean } | null> {
    const response = parse<AuthenticationResponseJSON>(json);
    if (!response || response.id !== credential.credentialId) return null;
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: matches(hash),
        expectedOrigin: [...this.config.origins],
        expectedRPID: this.config.rpId,
        // Counter 0 here: the library would refuse a counter that did not move; the caller tells a clone from a replay.
        credential: { id: credential.credentialId, publicKey: Buffer.from(credential.publicKey, "base64url"), counter: 0, transports: credential.transports as never },
        requireUserVerification: false,
      });
      return result.verified ? { counter: result.authenticationInfo.newCounter, userVerified: result.authenticationInfo.userVerified } : null;
    } catch {
      return null;
    }
  }
}

