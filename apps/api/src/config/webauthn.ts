/** The WebAuthn relying party: the RP ID credentials are bound to and the origins assertions may come from. */
export interface WebAuthnConfig {
  readonly rpId: string;
  readonly rpName: string;
  readonly origins: readonly string[];
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Whether an origin's host is the RP ID or one of its subdomains (what WebAuthn allows). */
const withinRp = (host: string, rpId: string) => host === rpId || host.endsWith(`.${rpId}`);

/**
 * Checks the relying party at start-up: the RP ID is a bare host name, and each origin is a scheme, a host
 * within the RP ID and an optional port (https; plain http only on localhost, which browsers count as a
 * secure context, as the session cookie's rules do).
 * Returns the problems, each naming its variable; none means the settings are usable.
 */
export function webAuthnProblems(input: { rpId: string; origins: readonly string[] }): string[] {
  const problems: string[] = [];
  if (!HOST_NAME.test(input.rpId)) problems.push("WEBAUTHN_RP_ID: must be a host name (no scheme, port or path), e.g. mfa.example.com");
  if (input.origins.length === 0) problems.push("WEBAUTHN_ORIGINS: at least one origin, e.g. https://mfa.example.com");
  for (const origin of input.origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      problems.push(`WEBAUTHN_ORIGINS: ${origin} is not a URL`);
      continue;
    }
    if (url.origin !== origin) problems.push(`WEBAUTHN_ORIGINS: ${origin} must be an origin only (scheme, host, port), i.e. ${url.origin}`);
    else if (!withinRp(url.hostname, input.rpId)) problems.push(`WEBAUTHN_ORIGINS: ${origin} is not within the RP ID ${input.rpId}`);
    else if (url.protocol !== "https:" && !(url.protocol === "http:" && url.hostname === "localhost")) {
      problems.push(`WEBAUTHN_ORIGINS: ${origin} must be https (plain http only on localhost)`);
    }
  }
  return problems;
}

/** The origins list of WEBAUTHN_ORIGINS (comma-separated), or the local console's when unset. */
export function webAuthnOrigins(raw: string | undefined, port: number): string[] {
  if (raw === undefined) return [`http://localhost:${port}`];
  return raw
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
}
