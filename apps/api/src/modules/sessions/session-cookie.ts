import { parse, serialize } from "cookie";
import type { Request, Response } from "express";

const PLAIN_NAME = "mfa_session";
/** Over HTTPS the cookie is host-only, Path=/ and Secure, which the browser enforces by the `__Host-` prefix. */
const HOST_NAME = "__Host-mfa_session";

/** A plain-http request to this machine (development): no Secure cookie, no `__Host-` prefix, no HSTS. */
export const isPlainLocalhost = (req: Request) => !req.secure && /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(req.headers.host ?? "");

/** The name of a cookie as this request gets it: `__Host-<name>` when Secure, `<name>` on plain-http localhost. */
const cookieName = (req: Request, name: string) => (isPlainLocalhost(req) ? name : `__Host-${name}`);

/** HttpOnly, SameSite=Lax, Path=/, Secure (with the `__Host-` prefix) everywhere but plain-http localhost. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: number): void {
  const secure = !isPlainLocalhost(req);
  res.append("set-cookie", serialize(secure ? HOST_NAME : PLAIN_NAME, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: new Date(expiresAt) }));
}

export function clearSessionCookie(req: Request, res: Response): void {
  const secure = !isPlainLocalhost(req);
  res.append("set-cookie", serialize(secure ? HOST_NAME : PLAIN_NAME, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 }));
}

/** The session token of a request: `Authorization: Bearer`, `X-Auth-Token`, or the console's cookie. */
export function readSessionToken(req: Request): { token: string; via: "bearer" | "cookie" } | null {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith("bearer ")) return { token: header.slice(7).trim(), via: "bearer" };
  const xAuth = req.headers["x-auth-token"];
  if (typeof xAuth === "string" && xAuth) return { token: xAuth.trim(), via: "bearer" };
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  const fromCookie = cookies[HOST_NAME] ?? cookies[PLAIN_NAME];
  return fromCookie ? { token: fromCookie, via: "cookie" } : null;
}

const KNOWN_BROWSER = "mfa_known";

/** The token of a browser that signed in successfully before (see the password-step limiter). */
export function readKnownBrowser(req: Request): string | null {
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  return cookies[`__Host-${KNOWN_BROWSER}`] ?? cookies[KNOWN_BROWSER] ?? null;
}

export function setKnownBrowserCookie(req: Request, res: Response, token: string, expiresAt: number): void {
  const secure = !isPlainLocalhost(req);
  res.append("set-cookie", serialize(cookieName(req, KNOWN_BROWSER), token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: new Date(expiresAt) }));
}
