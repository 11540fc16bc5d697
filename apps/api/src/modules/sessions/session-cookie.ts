import { parse, serialize } from "cookie";
import type { Request, Response } from "express";

export const SESSION_COOKIE = "mfa_session";

const isPlainLocalhost = (req: Request) => !req.secure && /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(req.headers.host ?? "");

/** HttpOnly, SameSite=Lax, Secure everywhere but plain-http localhost. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: number): void {
  res.append(
    "set-cookie",
    serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: !isPlainLocalhost(req),
      path: "/",
      expires: new Date(expiresAt),
    }),
  );
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append("set-cookie", serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: !isPlainLocalhost(req), path: "/", maxAge: 0 }));
}

/** The session token of a request: `Authorization: Bearer`, `X-Auth-Token`, or the console's cookie. */
export function readSessionToken(req: Request): { token: string; via: "bearer" | "cookie" } | null {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith("bearer ")) return { token: header.slice(7).trim(), via: "bearer" };
  const xAuth = req.headers["x-auth-token"];
  if (typeof xAuth === "string" && xAuth) return { token: xAuth.trim(), via: "bearer" };
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  const fromCookie = cookies[SESSION_COOKIE];
  return fromCookie ? { token: fromCookie, via: "cookie" } : null;
}
