import { AppError } from "./app-error.js";
import { ErrorCode } from "./codes.js";

/** ER_LOCK_DEADLOCK: InnoDB chose the transaction as a deadlock's victim, or Galera aborted it for a conflict. */
const ER_LOCK_DEADLOCK = 1213;
const CONFLICT_TEXT = /Deadlock found when trying to get lock|WSREP detected deadlock\/conflict/i;

/**
 * Whether the database rolled a transaction back because another one wrote the same rows: a deadlock on one server,
 * or on a Galera cluster a conflict with a commit made on another node (found at COMMIT, when the writes are
 * certified, or earlier when that node's writes reach this one). Nothing of the transaction was committed.
 */
export function isWriteConflict(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 3; depth++) {
    const { errno, message } = current as { errno?: unknown; message?: unknown };
    if (errno === ER_LOCK_DEADLOCK || (typeof message === "string" && CONFLICT_TEXT.test(message))) return true;
    current = (current as { driverError?: unknown }).driverError;
  }
  return false;
}

/** The answer when a change kept losing write conflicts: nothing was done, and sending it again may work. */
export const writeConflictError = (): AppError =>
  new AppError(ErrorCode.WRITE_CONFLICT, "Another change to the same data was saved at the same moment, so nothing was changed. Try again.");
