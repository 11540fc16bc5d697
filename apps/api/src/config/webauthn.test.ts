import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const dir = () => mkdtempSync(join(tmpdir(), "mfa-config-"));

describe("WebAuthn relying party configuration", () => {
  it("defaults to localhost and the console's own origin", () => {
    const config = loadConfig({ PORT: "4100", DATA_DIR: dir() });
    expect(config.webauthn).toEqual({ rpId: "localhost", rpName: "MFA Console", origins: ["http://localhost:4100"] });
  });

  it("takes an RP ID and origins within it", () => {
    const config = loadConfig({ WEBAUTHN_RP_ID: "example.com", WEBAUTHN_ORIGINS: "https://mfa.example.com, https://example.com:8443", DATA_DIR: dir() });
    expect(config.webauthn.origins).toEqual(["https://mfa.example.com", "https://example.com:8443"]);
  });

  it("stops start-up on an RP ID that is not a host name, an origin outside it, a path, or plain http off localhost", () => {
    const load = (env: Record<string, string>) => () => loadConfig({ ...env, DATA_DIR: dir() });
    expect(load({ WEBAUTHN_RP_ID: "https://example.com" })).toThrow(/WEBAUTHN_RP_ID/);
    expect(load({ WEBAUTHN_RP_ID: "example.com:443" })).toThrow(ConfigError);
    expect(load({ WEBAUTHN_RP_ID: "example.com", WEBAUTHN_ORIGINS: "https://example.com.evil.test" })).toThrow(/not within the RP ID/);
    expect(load({ WEBAUTHN_RP_ID: "example.com", WEBAUTHN_ORIGINS: "https://example.com/login" })).toThrow(/origin only/);
    expect(load({ WEBAUTHN_RP_ID: "example.com", WEBAUTHN_ORIGINS: "http://example.com" })).toThrow(/must be https/);
    expect(load({ WEBAUTHN_RP_ID: "example.com", WEBAUTHN_ORIGINS: "not a url" })).toThrow(/WEBAUTHN_ORIGINS/);
  });
});
