import { AppError } from "./app-error.js";
import { ErrorCode } from "./codes.js";

/** The answers of every paged list. */
export const pagingErrors = {
  badCursor: () => new AppError(ErrorCode.BAD_USER_INPUT, "The page cursor is not valid.", { field: "after" }),
  badPageSize: (max: number) => new AppError(ErrorCode.BAD_USER_INPUT, `Ask for 1 to ${max} items at a time.`, { field: "first" }),
};
