import { badRequest } from "./faults.js";

/** The object under `key` of a JSON body, or 400. */
export function member(body: unknown, key: string): Record<string, unknown> {
  const value = body !== null && typeof body === "object" ? (body as Record<string, unknown>)[key] : undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw badRequest(`The body must hold a "${key}" object.`);
  return value as Record<string, unknown>;
}

/** A string field of at most `max` characters, or 400. */
export function text(object: Record<string, unknown>, key: string, max: number): string {
  const value = object[key];
  if (typeof value !== "string" || value.trim() === "" || value.length > max) throw badRequest(`"${key}" must be a string of 1 to ${max} characters.`);
  return value;
}

/** One of the allowed words, or 400. */
export function oneOf<T extends string>(object: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const value = object[key];
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) throw badRequest(`"${key}" must be one of ${allowed.join(", ")}.`);
  return value as T;
}
