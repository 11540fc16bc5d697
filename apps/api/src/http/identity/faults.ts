import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { isDatabaseUnavailable } from "#src/errors/format-error.js";
import { isWriteConflict, writeConflictError } from "#src/errors/write-conflict.js";
import { isParentGone, parentGoneError } from "#src/errors/parent-gone.js";
import { SmsDeliveryError } from "#src/errors/sms-delivery-error.js";
import type { Logger } from "#src/logger.js";

/** The Identity v2.0 fault names by status. */
const FAULTS: Record<number, string> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "itemNotFound",
  405: "badMethod",
  413: "overLimit",
  415: "badMediaType",
  429: "overLimit",
  500: "identityFault",
  503: "serviceUnavailable",
};

/** Answers `{"<fault>":{"code":N,"message":"..."}}` with the given headers (a service error also gets `x-error-code`, see `sendAppError`). */
export function sendFault(res: Response, status: number, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).json({ [FAULTS[status] ?? "identityFault"]: { code: status, message } });
}

/** The HTTP status of each code at the REST door (the error-code table of the docs shows it). */
export const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  CONFLICT: 400,
  DOMAIN_NOT_EMPTY: 400,
  CURRENT_SESSION: 400,
  INVALID_PASSCODE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  LOGIN_EXPIRED: 401,
  FORBIDDEN: 403,
  ACCOUNT_LOCKED: 403,
  MFA_SETUP_REQUIRED: 403,
  MFA_SETUP_NOT_DEFERRABLE: 403,
  RECENT_AUTH_REQUIRED: 403,
  MFA_REQUIRED: 403,
  PASSCODE_REQUIRED: 403,
  SMS_COUNTRY_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  SMS_BUDGET_EXCEEDED: 429,
  SMS_DELIVERY_FAILED: 503,
  SERVICE_UNAVAILABLE: 503,
  WRITE_CONFLICT: 503,
  APP_PASSWORDS_NOT_ALLOWED: 403,
  APP_PASSWORD_LIMIT: 400,
  MAIL_AUTH_KEY_INVALID: 401,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  INTERNAL_SERVER_ERROR: 500,
};

/** The one place where a service's error code becomes an Identity status. */
function sendAppError(res: Response, error: AppError): void {
  const status = STATUS_OF[error.code];
  const headers: Record<string, string> = { "x-error-code": error.code };
  if (status === 429) headers["retry-after"] = String(Number(error.extensions.retryAfterSeconds ?? 1));
  // The Identity docs' words for a device code that does not verify.
  const message = error.code === ErrorCode.INVALID_PASSCODE ? "The PIN provided is either invalid or expired" : error.message;
  sendFault(res, status, message, headers);
}

export const badRequest = (message: string) => new AppError(ErrorCode.BAD_REQUEST, message);

/** A path of the door asked with a method it does not take. */
export function methodNotAllowed(allowed: string[]): RequestHandler {
  return (_req, res) => sendFault(res, 405, "Method not allowed.", { allow: allowed.join(", ") });
}

export const notFound: RequestHandler = (_req, res) => sendFault(res, 404, "Resource not found.");

/** Bodies must be JSON (415 otherwise); the parser's own refusals (413, 400) keep the Identity shape. */
export const requireJson: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
  if (hasBody && !req.is("application/json")) return sendFault(res, 415, "The request body must be application/json.");
  next();
};

export function identityFaults(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof AppError) return sendAppError(res, error);
    if (isWriteConflict(error)) return sendAppError(res, writeConflictError());
    if (isParentGone(error)) return sendAppError(res, parentGoneError());
    const parser = error as { type?: string; status?: number };
    if (parser.type === "entity.too.large") return sendFault(res, 413, "The request body is too large.", { "retry-after": "0" });
    if (parser.type === "entity.parse.failed") return sendFault(res, 400, "The request body is not valid JSON.");
    if (typeof parser.status === "number" && parser.status >= 400 && parser.status < 500) return sendFault(res, 400, "The request could not be processed.");
    if (error instanceof SmsDeliveryError) return sendFault(res, 503, "The text message could not be sent. Try again.");
    if (isDatabaseUnavailable(error)) return sendFault(res, 503, "The service is temporarily unavailable. Try again in a moment.");
    logger.error("identity request failed", { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    sendFault(res, 500, "Internal server error");
  };
}
