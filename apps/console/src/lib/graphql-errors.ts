import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from "@apollo/client";

import { i18n } from "../i18n/i18n";

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
    message: typeof e["message"] === "string" ? e["message"] : i18n.t("errors.unknownError"),
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
    return [{ message: i18n.t("errors.http", { status: error.statusCode }), code: `HTTP_${error.statusCode}` }];
  }
  if (ServerParseError.is(error)) {
    return [{ message: i18n.t("errors.badJson") }];
  }
  if (error instanceof Error) {
    // The browser's own wording ("Failed to fetch", "Load failed") means nothing to people: the console says,
    // everywhere, that the request never reached the service (offline, DNS, the service down).
    return [{ message: i18n.t("errors.network") }];
  }
  return [{ message: i18n.t("errors.generic") }];
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

/** `extensions.attemptsLeft` of an INVALID_PASSCODE answer: wrong codes left before the account locks. */
export function attemptsLeft(error: unknown): number | undefined {
  const value = firstGraphQLError(error)?.extensions?.["attemptsLeft"];
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
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
      result[entry["field"]] = messages[0] ?? i18n.t("errors.invalidValue");
    }
  }
  return result;
}
