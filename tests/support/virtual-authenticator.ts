import type { CDPSession, Page } from "playwright-core";

/**
 * Chromium's virtual WebAuthn authenticator, driven through the Chrome DevTools Protocol's WebAuthn domain:
 * the browser runs the real ceremony (its own client data, origin and RP ID checks, counters and signatures),
 * only the hardware is simulated. It belongs to the page's tab and survives navigation.
 */

/** A platform passkey (this device's biometrics) or a roaming security key (USB, CTAP2, no resident key). */
export type AuthenticatorKind = "platform" | "securityKey";

const OPTIONS: Record<AuthenticatorKind, Record<string, unknown>> = {
  platform: { protocol: "ctap2", ctap2Version: "ctap2_1", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  securityKey: { protocol: "ctap2", ctap2Version: "ctap2_1", transport: "usb", hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
};

/** A credential as the protocol reports it (ids and keys base64). */
export interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
}

export class VirtualAuthenticator {
  private constructor(
    private readonly cdp: CDPSession,
    readonly id: string,
  ) {}

  static async attach(page: Page, kind: AuthenticatorKind): Promise<VirtualAuthenticator> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", { options: OPTIONS[kind] as never });
    return new VirtualAuthenticator(cdp, authenticatorId);
  }

  async credentials(): Promise<VirtualCredential[]> {
    const { credentials } = await this.cdp.send("WebAuthn.getCredentials", { authenticatorId: this.id });
    return credentials;
  }

  /** The one credential it holds. */
  async only(): Promise<VirtualCredential> {
    const all = await this.credentials();
    if (all.length !== 1 || !all[0]) throw new Error(`expected one credential, found ${all.length}`);
    return all[0];
  }

  /** Puts a credential in (a copy of another, e.g. with a lower counter or for another RP ID). */
  async add(credential: VirtualCredential): Promise<void> {
    await this.cdp.send("WebAuthn.addCredential", { authenticatorId: this.id, credential });
  }

  async remove(credentialId: string): Promise<void> {
    await this.cdp.send("WebAuthn.removeCredential", { authenticatorId: this.id, credentialId });
  }
}

/**
 * The browser's own answer to request options (the JSON `startWebAuthnLogin` returns), made on the page's current
 * origin with `navigator.credentials.get`, as JSON. `rpId` replaces the options' RP ID (the page must be within it).
 */
export async function browserAssertion(page: Page, optionsJson: string, rpId?: string): Promise<string> {
  return page.evaluate(
    async ({ optionsJson, rpId }) => {
      const json = JSON.parse(optionsJson) as PublicKeyCredentialRequestOptionsJSON;
      if (rpId) json.rpId = rpId;
      const credential = (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) })) as PublicKeyCredential;
      return JSON.stringify(credential.toJSON());
    },
    { optionsJson, rpId },
  );
}
