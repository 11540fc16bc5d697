import { AppError } from "./app-error.js";
import { ErrorCode } from "./codes.js";

/**
 * ER_NO_REFERENCED_ROW and ER_NO_REFERENCED_ROW_2: a row was written that refers to a row (a mailbox, a domain, a
 * device) another request deleted at the same moment, so the database refused the write.
 */
const NO_REFERENCED_ROW = new Set([1216, 1452]);
/** SQLite's refusal names no side: on an INSERT it is the referred row that is missing (a DELETE's would be its children). */
const SQLITE_FOREIGN_KEY = "SQLITE_CONSTRAINT_FOREIGNKEY";

/** Whether the database refused a write because what it refers to was deleted meanwhile. */
export function isParentGone(error: unknown): boolean {
  let current: unknown = error;
  let query = "";
  for (let depth = 0; current && typeof current === "object" && depth < 3; depth++) {
    const { errno, code, query: sql } = current as { errno?: unknown; code?: unknown; query?: unknown };
    if (typeof sql === "string") query = sql;
    if (typeof errno === "number" && NO_REFERENCED_ROW.has(errno)) return true;
    if (code === SQLITE_FOREIGN_KEY && /^\s*INSERT\b/i.test(query)) return true;
    current = (current as { driverError?: unknown }).driverError;
  }
  return false;
}

/** The answer to such a write: what it referred to is gone, which is what NOT_FOUND says for an id. */
export const parentGoneError = (): AppError =>
  new AppError(ErrorCode.NOT_FOUND, "What this change refers to was removed at the same moment, so it was not saved.");
