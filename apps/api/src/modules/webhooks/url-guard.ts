import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import type { UrlRefusal } from "./webhooks.errors.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (the system resolver by default; tests pass their own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

const MAX_URL = 2048;

/**
 * Whether an address may receive webhooks in production: only ordinary public unicast. Loopback, private,
 * link-local (the 169.254.169.254 metadata service), unique-local, carrier-grade NAT, unspecified, multicast,
 * documentation and other reserved ranges are refused, IPv4 and IPv6 alike; an IPv4-mapped IPv6 address is
 * judged as the IPv4 address it carries, and IPv6 forms that embed IPv4 (NAT64, 6to4, Teredo) are refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: UrlRefusal };

/** The rules on a URL's form: http(s) (https in production), no credentials, no fragment. */
export function checkUrlForm(text: string, production: boolean): UrlCheck {
  if (typeof text !== "string" || text.length > MAX_URL || text.includes("#")) return { ok: false, reason: "INVALID_URL" };
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: "INVALID_URL" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "INVALID_URL" };
  if (!url.hostname) return { ok: false, reason: "INVALID_URL" };
  if (production && url.protocol !== "https:") return { ok: false, reason: "HTTPS_REQUIRED" };
  if (url.username || url.password) return { ok: false, reason: "CREDENTIALS_IN_URL" };
  return { ok: true, url };
}

/** The host of a URL without the brackets of an IPv6 literal. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

export type AddressCheck = { ok: true; address: ResolvedAddress } | { ok: false; reason: UrlRefusal };

/**
 * The address to connect to for a URL. In production every address the name resolves to must be public (a name
 * that also resolves to a private address is refused whole), and the connection is then pinned to the address
 * checked here, so a second resolution cannot swap in another one.
 */
export async function resolveTarget(url: URL, production: boolean, resolve: Resolver): Promise<AddressCheck> {
  const host = bareHost(url);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      return { ok: false, reason: "UNRESOLVABLE" };
    }
  }
  const [first] = addresses;
  if (!first) return { ok: false, reason: "UNRESOLVABLE" };
  if (production && !addresses.every((a) => isPublicAddress(a.address))) return { ok: false, reason: "FORBIDDEN_ADDRESS" };
  return { ok: true, address: first };
}
