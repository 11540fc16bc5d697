import { parse, serialize } from "cookie";
import type { Request, Response } from "express";
import { isPlainLocalhost } from "#src/modules/sessions/session-cookie.js";

const NAME = "mfa_remember";

/**
 * The remembered-browser cookie: HttpOnly, SameSite=Strict, Path=/, and Secure with the `__Host-` prefix everywhere
 * but plain-http localhost (development), as the session cookie does.
 */
export function setRememberCookie(req: Request, res: Response, token: string, days: number): void {
  const secure = !isPlainLocalhost(req);
  const maxAge = days * 86_400;
  res.append("set-cookie", serialize(secure ? `__Host-${NAME}` : NAME, token, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge }));
}

/** The remembered-browser token a request carries (cookies only: the bearer door has none). */
export function readRememberToken(req: Request): string | null {
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  return cookies[`__Host-${NAME}`] ?? cookies[NAME] ?? null;
}

/** Removes the cookie of a browser that was just forgotten. */
export function clearRememberCookie(req: Request, res: Response): void {
  const secure = !isPlainLocalhost(req);
  res.append("set-cookie", serialize(secure ? `__Host-${NAME}` : NAME, "", { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: 0 }));
}
