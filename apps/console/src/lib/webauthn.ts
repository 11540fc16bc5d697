import { i18n } from "../i18n/i18n";
import { browserSupportsWebAuthn, startAuthentication, startRegistration, WebAuthnAbortService } from "@simplewebauthn/browser";

/**
 * The browser's side of passkeys and security keys (WebAuthn), through SimpleWebAuthn: the service hands
 * options as JSON, the browser asks the authenticator, and its answer goes back as JSON. What can go wrong
 * in the browser is told here in words a person understands.
 */

/** Whether this browser can use passkeys and security keys at all. */
export const passkeysSupported = (): boolean => browserSupportsWebAuthn();

/** Makes a passkey for the options of `startWebAuthnRegistration`; the JSON answer for `finishWebAuthnRegistration`. */
export async function createPasskey(optionsJson: string): Promise<string> {
  return JSON.stringify(await startRegistration({ optionsJSON: JSON.parse(optionsJson) as never }));
}

/** Signs the options of `startWebAuthnLogin` / `startWebAuthnReauthentication` with a passkey; the JSON answer. */
export async function signWithPasskey(optionsJson: string): Promise<string> {
  return JSON.stringify(await startAuthentication({ optionsJSON: JSON.parse(optionsJson) as never }));
}

/** Ends a prompt the browser still shows (its request then fails with AbortError), e.g. when its dialog closes. */
export const cancelPasskeyPrompt = (): void => WebAuthnAbortService.cancelCeremony();

/** The browser's own refusals (DOMException names), each a sentence in the catalog (`passkeyErrors.<name>`). */
const BROWSER_REFUSALS = new Set(["NotAllowedError", "AbortError", "InvalidStateError", "SecurityError", "NotSupportedError", "ConstraintError"]);

/** The sentence for an error raised by the browser's credential API, or null when the error came from elsewhere. */
export function passkeyBrowserProblem(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  if (BROWSER_REFUSALS.has(error.name)) return i18n.t(`passkeyErrors.${error.name}`);
  if (error.message.includes("WebAuthn is not supported")) return i18n.t("passkeyErrors.unsupported");
  return null;
}
