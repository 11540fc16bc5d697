import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const sessionErrors = {
  /** Not one of the caller's live sessions: another user's, ended already, or no session at all answer the same. */
  notFound: () => new AppError(ErrorCode.NOT_FOUND, "That session is not one of yours, or it has ended already.", { field: "sessionId" }),
  current: () => new AppError(ErrorCode.CURRENT_SESSION, "That is the session you are using: sign out instead.", { field: "sessionId" }),
};
