import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "#src/errors/codes.js";
import type { Logger } from "#src/logger.js";

/** Malformed or oversized bodies get a coded JSON answer, never an HTML page or a stack. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, req, res, _next) => {
    const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error("unhandled HTTP error", { error: String(error) });
    const message =
      error.type === "entity.too.large"
        ? "The request body is too large."
        : error.type === "entity.parse.failed"
          ? "The request body is not valid JSON."
          : status === 500
            ? "Internal server error"
            : "The request could not be processed.";
    const code = status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST;
    if (req.path.startsWith("/v2.0/")) {
      // The Identity door answers in its own shape.
      res.status(status).json(status === 500 ? { identityFault: { code: 500, message } } : { badRequest: { code: status, message } });
      return;
    }
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
