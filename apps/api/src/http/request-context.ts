import type { Request, Response } from "express";
import type { AppContext } from "#src/context.js";
import { apiKeyOf } from "#src/modules/api-keys/key-gate.js";
import { readSessionToken } from "#src/modules/sessions/session-cookie.js";
import type { Services } from "#src/services.js";

/**
 * What GraphQL resolvers (and the routes beside /graphql) see of a request: the session of its bearer token or
 * console cookie, and why a presented token stopped working when its holder may be told. A request made with an API
 * key (admitted by `apiKeyGate`) acts as the key, never as a session.
 */
export async function requestContext(services: Services, req: Request, res: Response): Promise<AppContext> {
  const apiKey = apiKeyOf(res);
  const presented = apiKey ? null : readSessionToken(req);
  const active = presented ? await services.sessions.authenticate(presented.token) : null;
  const signedOutReason = presented && !active ? await services.sessions.signedOutReason(presented.token) : null;
  return {
    services,
    req,
    res,
    ip: req.ip ?? null,
    userAgent: req.headers["user-agent"]?.slice(0, 255) ?? null,
    auth: active && presented ? { ...active, via: presented.via } : null,
    signedOutReason,
    apiKey,
  };
}
