import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { Logger } from "#src/logger.js";
import { SmsDeliveryError } from "./sms-delivery-error.js";
import { AppError } from "./app-error.js";
import { ErrorCode, errorCodes } from "./codes.js";
import { isWriteConflict, writeConflictError } from "./write-conflict.js";
import { isParentGone, parentGoneError } from "./parent-gone.js";

/**
 * Errors the database driver raises when it cannot be reached, and a Galera node's refusal while it is not part of
 * the cluster's primary component (joining, or cut off from the others).
 */
const UNAVAILABLE = /ECONNREFUSED|ETIMEDOUT|PROTOCOL_SEQUENCE_TIMEOUT|inactivity timeout|ECONNRESET|PROTOCOL_CONNECTION_LOST|Connection lost|connect ETIMEDOUT|Pool is closed|SQLITE_BUSY|Cannot enqueue|closed state|WSREP has not yet prepared node/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : String(error);
  return UNAVAILABLE.test(text);
}

/**
 * The last word on every error leaving the API: known errors keep their code and message,
 * anything unexpected becomes INTERNAL_SERVER_ERROR with no stack and no internals.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };

    if (original instanceof AppError) {
      const { stacktrace: _stack, ...extensions } = original.extensions;
      return { ...base, message: original.message, extensions };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors as { property: string; constraints?: Record<string, string> }[] | undefined;
      return {
        ...base,
        message: "Some fields are not valid.",
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: (fields ?? []).map((f) => ({ field: f.property, messages: Object.values(f.constraints ?? {}) })),
        },
      };
    }
    if (original instanceof SmsDeliveryError) {
      return { ...base, message: "The text message could not be sent. Try again, or use another method.", extensions: { code: ErrorCode.SMS_DELIVERY_FAILED, retryable: original.retryable } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && errorCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...base, extensions: { code } };
    }
    if (error instanceof GraphQLError && !error.originalError && !(original instanceof Error && original !== error)) {
      // Raised by GraphQL itself about the request (e.g. an operation type this schema does not serve).
      return { ...base, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (isWriteConflict(original)) {
      // A conflict that no retry covered: the transaction was rolled back, so the answer is "not done".
      logger.warn("write conflict", { error: String(original) });
      return { ...base, message: writeConflictError().message, extensions: { code: ErrorCode.WRITE_CONFLICT } };
    }
    if (isParentGone(original)) {
      // A mailbox or device deleted while this request wrote a row that refers to it: the write was refused.
      logger.warn("write refers to a deleted row", { error: String(original) });
      return { ...base, message: parentGoneError().message, extensions: { code: ErrorCode.NOT_FOUND } };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn("database unavailable", { error: String(original) });
      return { ...base, message: "The service is temporarily unavailable. Try again in a moment.", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    logger.error("unexpected error", { error: original instanceof Error ? (original.stack ?? original.message) : String(original) });
    return { ...base, message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
