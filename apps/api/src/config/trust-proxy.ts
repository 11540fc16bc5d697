import { isIP } from "node:net";

/** What Express's `trust proxy` accepts from us: a hop count, or named subnets / addresses / CIDRs. */
export type TrustProxy = number | string[];

const NAMED = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrCidr(value: string): boolean {
  const [address = "", bits, extra] = value.split("/");
  if (extra !== undefined || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/**
 * Parses TRUST_PROXY: the number of proxies in front of the service (`1`), or the proxies' addresses
 * (`loopback`, `10.0.0.0/8,192.0.2.7`). `true` is refused: it would believe any X-Forwarded-For, so a
 * client could choose the address the throttles count. Returns an error message, or the value.
 */
export function parseTrustProxy(raw: string): { ok: true; value: TrustProxy } | { ok: false; message: string } {
  const text = raw.trim();
  if (/^\d{1,2}$/.test(text)) return { ok: true, value: Number(text) };
  const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length > 0 && parts.every((p) => NAMED.has(p) || isAddressOrCidr(p))) return { ok: true, value: parts };
  return {
    ok: false,
    message:
      "must be the number of proxies in front of the service (e.g. 1) or their addresses (loopback, linklocal, uniquelocal, IPs or CIDRs, comma-separated); true is refused because it would trust any X-Forwarded-For",
  };
}
