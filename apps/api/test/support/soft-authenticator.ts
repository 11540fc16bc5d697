import { createHash, createPrivateKey, sign, type JsonWebKey } from "node:crypto";

/**
 * A software WebAuthn authenticator for the API tests: attestation "none", ES256 keys from node:crypto,
 * answers built byte by byte as the W3C WebAuthn spec lays them out (authenticator data, CBOR attestation
 * object, client data JSON). Its keys are fixed, recorded once, and credential ids follow from them in order,
 * so a run's authenticators are always the same ones; only the server's challenges change from run to run.
 */

/** Two recorded P-256 keys with their credential ids (test fixtures, not secrets of any deployment). */
export const RECORDED_KEYS = {
  laptop: {
    credentialId: "7LCgK4nM8utvC4fFsQcbkQ",
    jwk: { kty: "EC", crv: "P-256", x: "clkcSRFcHnjq1pl9pZePLg_YsY9LAcWjZtuAtTJJoS0", y: "vWHo0shKXUeINW5dc0wgHppRdUiJZGFi4GuCdSIkfN8", d: "vVgpwHMNYKox0u68kwOtOJllVatYfrW6Y4QYJ9Fpa_E" },
  },
  securityKey: {
    credentialId: "E0UcZWO0tdwwUenOTbiKqA",
    jwk: { kty: "EC", crv: "P-256", x: "VA4d3y3NZmhZtr0zb37Uq-a9rSUOzzvxCy_GzmbNz5A", y: "2t4EBIIqfdq_9Hxcgj9xhuUMh5XZpwFfr3KFULqoMtk", d: "v84eHFZ1NhOogneoRkN8mP1W-pDLqos6kEhcvUx0_jU" },
  },
} as const;

/** The relying party the API tests configure (WEBAUTHN_RP_ID, WEBAUTHN_ORIGINS). */
const TEST_RP = { rpId: "mfa.example.test", origin: "https://mfa.example.test" };
export const WEBAUTHN_ENV = { WEBAUTHN_RP_ID: TEST_RP.rpId, WEBAUTHN_ORIGINS: TEST_RP.origin };

// --- CBOR, the few shapes COSE keys and attestation objects need -------------------------------------------
function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  return Buffer.from([(major << 5) | 25, length >> 8, length & 0xff]);
}
type Cbor = number | string | Buffer | Map<number | string, Cbor>;
function cbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer) => data.toString("base64url");
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

/** Credential ids are unique across the service: each authenticator gets the recorded id with its own suffix. */
let sequence = 0;

export interface SoftAuthenticatorOptions {
  key?: keyof typeof RECORDED_KEYS;
  /** Whether the user is verified (a passkey with a PIN or biometrics); a plain security key only proves presence. */
  userVerified?: boolean;
  /** The counter of the first answer (0: one that keeps no counter, as synced passkeys). */
  counter?: number;
  /** Counts up with each assertion (a security key) or stays 0 (a synced passkey). */
  counting?: boolean;
  transports?: string[];
}

export class SoftAuthenticator {
  readonly credentialId: string;
  private readonly jwk: JsonWebKey;
  private readonly userVerified: boolean;
  private readonly counting: boolean;
  private readonly transports: string[];
  counter: number;

  constructor(options: SoftAuthenticatorOptions = {}) {
    const recorded = RECORDED_KEYS[options.key ?? "laptop"];
    const suffix = Buffer.alloc(4);
    suffix.writeUInt32BE(sequence++);
    this.credentialId = Buffer.concat([Buffer.from(recorded.credentialId, "base64url"), suffix]).toString("base64url");
    this.jwk = recorded.jwk;
    this.userVerified = options.userVerified ?? true;
    this.counting = options.counting ?? true;
    this.counter = options.counter ?? 0;
    this.transports = options.transports ?? ["internal", "hybrid"];
  }

  private flags(extra = 0) {
    return FLAG_UP | (this.userVerified ? FLAG_UV : 0) | extra;
  }

  private clientData(type: "webauthn.create" | "webauthn.get", challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** The COSE form of the public key (EC2, ES256, P-256). */
  private coseKey(): Buffer {
    const x = Buffer.from(this.jwk.x as string, "base64url");
    const y = Buffer.from(this.jwk.y as string, "base64url");
    return cbor(new Map<number, Cbor>([[1, 2], [3, -7], [-1, 1], [-2, x], [-3, y]]));
  }

  /** The answer to `navigator.credentials.create` with these options (their challenge), as the browser's JSON. */
  register(optionsJson: string, at: { origin?: string; rpId?: string } = {}): string {
    const options = JSON.parse(optionsJson) as { challenge: string; rp: { id: string } };
    const rpId = at.rpId ?? options.rp.id;
    const credentialId = Buffer.from(this.credentialId, "base64url");
    const idLength = Buffer.from([credentialId.length >> 8, credentialId.length & 0xff]);
    const authData = Buffer.concat([sha256(rpId), Buffer.from([this.flags(FLAG_AT)]), u32(this.counter), Buffer.alloc(16), idLength, credentialId, this.coseKey()]);
    const attestationObject = cbor(new Map<string, Cbor>([["fmt", "none"], ["attStmt", new Map()], ["authData", authData]]));
    const clientDataJSON = this.clientData("webauthn.create", options.challenge, at.origin ?? TEST_RP.origin);
    return JSON.stringify({
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: this.transports },
      clientExtensionResults: {},
      authenticatorAttachment: this.transports.includes("internal") ? "platform" : "cross-platform",
    });
  }

  /**
   * The answer to `navigator.credentials.get` with these options (their challenge), signed with the key.
   * `counter` forces the signature counter (a clone's); `origin`/`rpId` sign for another site.
   */
  assert(optionsJson: string, at: { origin?: string; rpId?: string; counter?: number } = {}): string {
    const options = JSON.parse(optionsJson) as { challenge: string; rpId: string };
    if (at.counter !== undefined) this.counter = at.counter;
    else if (this.counting) this.counter += 1;
    const authData = Buffer.concat([sha256(at.rpId ?? options.rpId), Buffer.from([this.flags()]), u32(this.counter)]);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, at.origin ?? TEST_RP.origin);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), createPrivateKey({ key: this.jwk, format: "jwk" }));
    return JSON.stringify({
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature) },
      clientExtensionResults: {},
    });
  }
}
