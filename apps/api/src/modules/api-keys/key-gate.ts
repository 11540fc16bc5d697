import type { RequestHandler, Response } from "express";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { readSessionToken } from "#src/modules/sessions/session-cookie.js";
import type { ApiKeyCaller } from "./api-key-caller.js";
import type { ApiKeyService } from "./api-keys.service.js";
import { looksLikeKeyCredential } from "./api-key-secret.js";

const unknownKey = () => new AppError(ErrorCode.UNAUTHENTICATED, "This API key is not valid: it is unknown, revoked or expired.");

/** The API key a request came with, once `apiKeyGate` admitted it. */
export const apiKeyOf = (res: Response): ApiKeyCaller | null => (res.locals.apiKey as ApiKeyCaller | undefined) ?? null;

/**
 * Admits a request that presents an API key (or a token issued for one) in `Authorization: Bearer` or
 * `X-Auth-Token`: a key that does not work stops the request with UNAUTHENTICATED (401), a key over its budget
 * with RATE_LIMITED (429, `Retry-After`). Other requests pass untouched. `answer` renders the refusal in the
 * door's own shape: GraphQL's `errors`, or the Identity fault (through the door's error handler).
 */
export function apiKeyGate(apiKeys: ApiKeyService, answer: "graphql" | "identity"): RequestHandler {
  return async (req, res, next) => {
    const presented = readSessionToken(req);
    if (!presented || presented.via !== "bearer" || !looksLikeKeyCredential(presented.token)) return next();
    try {
      const caller = await apiKeys.authenticate(presented.token, req.ip ?? null);
      if (!caller) throw unknownKey();
      res.locals.apiKey = caller;
      next();
    } catch (error) {
      if (answer === "identity" || !(error instanceof AppError)) return next(error);
      const limited = error.code === ErrorCode.RATE_LIMITED;
      if (limited) res.setHeader("retry-after", String(error.extensions.retryAfterSeconds ?? 1));
      res.status(limited ? 429 : 401).json({ errors: [{ message: error.message, extensions: { ...error.extensions } }] });
    }
  };
}
