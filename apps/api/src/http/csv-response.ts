import { once } from "node:events";
import type { Response } from "express";
import type { AppError } from "#src/errors/app-error.js";
import { STATUS_OF } from "#src/http/identity/faults.js";

/** What the CSV downloads share: a refusal as GraphQL would answer it, query-string text, and back-pressure. */

export function refuse(res: Response, error: AppError): void {
  const status = STATUS_OF[error.code];
  if (status === 401) res.setHeader("www-authenticate", 'Bearer realm="graphql"');
  if (status === 429) res.setHeader("retry-after", String(Number(error.extensions.retryAfterSeconds ?? 1)));
  res.status(status).json({ errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }] });
}

/** A query-string value as text; null when absent, empty or repeated. */
export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** Waits until the response takes more, or the client has gone; false when it has gone. */
export async function drained(res: Response): Promise<boolean> {
  if (res.destroyed) return false;
  await Promise.race([once(res, "drain"), once(res, "close")]);
  return !res.destroyed;
}
