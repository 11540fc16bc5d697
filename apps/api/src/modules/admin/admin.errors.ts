import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const adminErrors = {
  domainNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That domain does not exist.", { field: "domainId" }),
  userNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That user does not exist.", { field: "userId" }),
  adminNeedsMfa: () =>
    new AppError(ErrorCode.FORBIDDEN, "Set up multi-factor authentication for your own login before you require it for others.", {
      reason: "ADMIN_MFA_NOT_SET_UP",
    }),
  badCursor: () => new AppError(ErrorCode.BAD_USER_INPUT, "The page cursor is not valid.", { field: "after" }),
  badPageSize: (max: number) => new AppError(ErrorCode.BAD_USER_INPUT, `Ask for 1 to ${max} items at a time.`, { field: "first" }),
  notAMailbox: () => new AppError(ErrorCode.BAD_USER_INPUT, "Only mailboxes can be deleted here.", { field: "userId" }),
  domainHasChildren: () => new AppError(ErrorCode.CONFLICT, "Delete or move the child domains first."),
};
