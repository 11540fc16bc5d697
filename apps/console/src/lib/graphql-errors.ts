import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from "@apollo/client";

/** One problem to show the user: the server's message and, when it sent one, its error code. */
export interface ProblemLine {
  message: string;
  code?: string;
}

function codeOf(extensions: Record<string, unknown> | undefined): string | undefined {
  const code = extensions?.["code"];
  return typeof code === "string" ? code : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** GraphQL errors inside a non-2xx answer sent as plain `application/json`. */
function errorsInBody(bodyText: string): ProblemLine[] {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [];
  }
  if (!isRecord(body) || !Array.isArray(body["errors"])) return [];
  return body["errors"].filter(isRecord).map((e) => ({
    message: typeof e["message"] === "string" ? e["message"] : "Unknown error",
    code: codeOf(isRecord(e["extensions"]) ? e["extensions"] : undefined),
  }));
}

/**
 * Turns whatever an Apollo operation failed with into lines to display.
 * GraphQL errors keep their `extensions.code`, which is what the console
 * branches on; transport failures get a plain explanation.
 */
export function describeError(error: unknown): ProblemLine[] {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) {
    return error.errors.map((e) => ({ message: e.message, code: codeOf(e.extensions) }));
  }
  if (ServerError.is(error)) {
    const fromBody = errorsInBody(error.bodyText);
    if (fromBody.length > 0) return fromBody;
    return [{ message: `The service answered with HTTP ${error.statusCode}.`, code: `HTTP_${error.statusCode}` }];
  }
  if (ServerParseError.is(error)) {
    return [{ message: "The service sent an answer that is not valid JSON." }];
  }
  if (error instanceof Error) {
    return [{ message: `The service could not be reached (${error.message}).` }];
  }
  return [{ message: "Something went wrong." }];
}

/** The first GraphQL error of a failed operation, if it was one. */
function firstGraphQLError(error: unknown): { message: string; extensions?: Record<string, unknown> } | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0];
  if (ServerError.is(error)) {
    const line = errorsInBody(error.bodyText)[0];
    return line ? { message: line.message, extensions: line.code ? { code: line.code } : undefined } : undefined;
  }
  return undefined;
}

/** The `extensions.code` of a failed operation (the console branches on it, never on message text). */
export function errorCode(error: unknown): string | undefined {
  return codeOf(firstGraphQLError(error)?.extensions);
}

/** The server's own wording of a failed operation's first GraphQL error. */
export function serverMessage(error: unknown): string | undefined {
  return firstGraphQLError(error)?.message;
}

/** `extensions.retryAfterSeconds` of a RATE_LIMITED answer. */
export function retryAfterSeconds(error: unknown): number | undefined {
  const value = firstGraphQLError(error)?.extensions?.["retryAfterSeconds"];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.ceil(value) : undefined;
}

/** `extensions.reason` of a failed operation: a finer cause under one code (FORBIDDEN: ADMIN_MFA_NOT_SET_UP). */
export function errorReason(error: unknown): string | undefined {
  const value = firstGraphQLError(error)?.extensions?.["reason"];
  return typeof value === "string" ? value : undefined;
}

/**
 * Messages per input field of a failed operation: `extensions.field` of a check the service made
 * (with the error's message), or `extensions.fields` of an input that failed validation.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const first = firstGraphQLError(error);
  const result: Record<string, string> = {};
  const field = first?.extensions?.["field"];
  if (first && typeof field === "string") result[field] = first.message;
  const fields = first?.extensions?.["fields"];
  if (Array.isArray(fields)) {
    for (const entry of fields) {
      if (!isRecord(entry) || typeof entry["field"] !== "string") continue;
      const messages = Array.isArray(entry["messages"]) ? entry["messages"].filter((m): m is string => typeof m === "string") : [];
      result[entry["field"]] = messages[0] ?? "This value is not valid.";
    }
  }
  return result;
}
