import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const rememberedBrowserErrors = {
  /** Not one of the caller's remembered browsers (another user's answers the same: no hint that it exists). */
  notFound: () => new AppError(ErrorCode.NOT_FOUND, "No such remembered browser.", { field: "id" }),
};
