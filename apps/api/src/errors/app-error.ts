import { GraphQLError } from "graphql";
import type { ErrorCode } from "./codes.js";

/** An error meant for the client: a stable code, a human message, optional safe details. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
    this.code = code;
    this.name = "AppError";
  }
}
