import { vi } from "vitest";

/**
 * The browser's credential API, a third party at this level: `navigator.credentials` (and the
 * `PublicKeyCredential` global by which SimpleWebAuthn tells WebAuthn is there) answer as the test says.
 * The console's own code around it runs for real.
 */

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** What a platform authenticator hands back from `navigator.credentials.create`. */
export const createdCredential = () => ({
  id: "Y3JlZC0x",
  rawId: bytes("cred-1"),
  type: "public-key",
  authenticatorAttachment: "platform",
  response: { clientDataJSON: bytes('{"type":"webauthn.create"}'), attestationObject: bytes("attestation"), getTransports: () => ["internal"] },
  getClientExtensionResults: () => ({}),
});

/** What it hands back from `navigator.credentials.get`. */
export const assertion = () => ({
  id: "Y3JlZC0x",
  rawId: bytes("cred-1"),
  type: "public-key",
  authenticatorAttachment: "platform",
  response: { clientDataJSON: bytes('{"type":"webauthn.get"}'), authenticatorData: bytes("authdata"), signature: bytes("signature"), userHandle: bytes("u1") },
  getClientExtensionResults: () => ({}),
});

/** The browser's refusal when the user cancels its prompt or lets it time out. */
export const notAllowed = () => new DOMException("The operation either timed out or was not allowed.", "NotAllowedError");

/** Installs the stub; `create` and `get` are what the browser does. Undo with `vi.unstubAllGlobals()` and `restoreCredentials()`. */
export function stubCredentials(behaviour: { create?: () => Promise<unknown>; get?: () => Promise<unknown> }) {
  vi.stubGlobal("PublicKeyCredential", function PublicKeyCredential() {});
  const create = vi.fn(behaviour.create ?? (() => Promise.reject(notAllowed())));
  const get = vi.fn(behaviour.get ?? (() => Promise.reject(notAllowed())));
  Object.defineProperty(navigator, "credentials", { value: { create, get }, configurable: true });
  return { create, get };
}

export function restoreCredentials() {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "credentials");
}

/** Registration options as the service sends them (SimpleWebAuthn's JSON). */
export const REGISTRATION_OPTIONS = JSON.stringify({
  rp: { name: "MFA Console", id: "localhost" },
  user: { id: "dTE", name: "alice@example.com", displayName: "Alice" },
  challenge: "Y2hhbGxlbmdl",
  pubKeyCredParams: [{ type: "public-key", alg: -7 }],
  timeout: 300000,
  attestation: "none",
  excludeCredentials: [],
  authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
});

/** Request options as the service sends them. */
export const REQUEST_OPTIONS = JSON.stringify({ challenge: "Y2hhbGxlbmdl", rpId: "localhost", timeout: 300000, userVerification: "preferred", allowCredentials: [{ id: "Y3JlZC0x", type: "public-key" }] });
