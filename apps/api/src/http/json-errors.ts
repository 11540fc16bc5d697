import type { Duplex } from "node:stream";
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

/**
 * Requests Node refuses before the application sees them (oversized headers or URL, broken HTTP)
 * also get a coded JSON answer instead of an empty one.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const body = JSON.stringify({
    errors: [{ message: tooLarge ? "The request headers or URL are too large." : "The request could not be read.", extensions: { code: ErrorCode.BAD_REQUEST } }],
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
