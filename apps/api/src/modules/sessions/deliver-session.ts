import type { AppContext } from "#src/context.js";
import { setSessionCookie } from "./session-cookie.js";
import type { IssuedSession } from "./sessions.service.js";

/** Hands a new session to the caller: as an HttpOnly cookie (then no token in the body) or as a bearer token. */
export function deliverSession(ctx: AppContext, issued: IssuedSession, asCookie: boolean): string | null {
  if (!asCookie) return issued.token;
  setSessionCookie(ctx.req, ctx.res, issued.token, issued.session.expiresAt);
  return null;
}
