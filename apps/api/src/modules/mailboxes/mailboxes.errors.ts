import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const mailboxErrors = {
  userNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That user does not exist.", { field: "userId" }),
  notAMailbox: () => new AppError(ErrorCode.BAD_USER_INPUT, "Only mailboxes can be deleted here.", { field: "userId" }),
};
